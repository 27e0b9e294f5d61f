import { structureListDepth } from '../../../src/rules/structure/list-depth.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(structureListDepth, {
  valid: [
    { name: 'flat list', source: article('# Title\n\n- Stop the VM\n- Resize the disk\n- Start the VM') },
    { name: 'two levels', source: article('# Title\n\n1. Open the portal\n   - Select **Disks**\n   - Select the OS disk\n2. Save') },
    { name: 'two separate lists', source: article('# Title\n\n- Check DNS\n  - Flush the cache\n\nThen:\n\n- Check the firewall\n  - Open port 443') },
    { name: 'indented code is not a list', source: article('# Title\n\n- Run the script\n  - In PowerShell:\n\n        - not a list item') },
  ],
  invalid: [
    {
      name: 'third level bullet',
      source: article('# Title\n\n- Check the network\n  - Open the virtual network\n    - Select **Subnets**'),
      errors: [{ messageId: 'tooDeep', line: 7, column: 5, endLine: 7, endColumn: 25 }],
    },
    {
      name: 'every item of the too-deep list, not the fourth level',
      source: article('# Title\n\n1. Open the portal\n   1. Go to the resource\n      1. Select **Settings**\n      2. Select **Networking**\n         - Allow port 3389'),
      errors: [
        { messageId: 'tooDeep', line: 7, column: 7, endLine: 7, endColumn: 29 },
        { messageId: 'tooDeep', line: 8, column: 7, endLine: 8, endColumn: 31 },
      ],
    },
    {
      name: 'list in a quote in a list',
      source: article('# Title\n\n- Before you start\n  > Check that:\n  > - the VM is running\n  >   - the agent is ready'),
      errors: [{ messageId: 'tooDeep', line: 8, column: 7 }],
    },
  ],
});
