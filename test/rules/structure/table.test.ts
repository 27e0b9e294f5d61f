import { structureTable } from '../../../src/rules/structure/table.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const table = '| Port | Used for |\n| --- | --- |\n| 443 | HTTPS |\n| 3389 | Remote desktop |';

testRule(structureTable, {
  valid: [
    { name: 'list instead of a table', source: article('# Ports\n\n- 443: HTTPS\n- 3389: Remote desktop') },
    { name: 'pipes in a code block', source: article(`# Ports\n\n\`\`\`\n${table}\n\`\`\``) },
    { name: 'pipes in a sentence', source: article('# Ports\n\nUse `a | b` to pipe output | then filter it.') },
    { name: 'Apollo renders tables', source: article(`# Ports\n\n## Open the ports\n\n${table}`, { selfHelpType: 'Apollo' }) },
  ],
  invalid: [
    {
      name: 'table in a generic article',
      source: article(`# Ports\n\nOpen these ports:\n\n${table}`),
      errors: [{ messageId: 'table', line: 7, column: 1, endLine: 7, endColumn: 20 }],
    },
    {
      name: 'table in a list item, TSG_Content',
      source: article('# Ports\n\n1. Check the rules:\n\n   | Rule | Action |\n   | - | - |\n   | 100 | Allow |', { selfHelpType: 'TSG_Content' }),
      errors: [{ messageId: 'table', line: 7, column: 4 }],
    },
  ],
});
