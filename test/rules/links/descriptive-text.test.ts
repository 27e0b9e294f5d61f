import { linksDescriptiveText } from '../../../src/rules/links/descriptive-text.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Backup job fails\n\n${markdown}`;

testRule(linksDescriptiveText, {
  valid: [
    { name: 'descriptive text', source: article(body('Read [Back up Azure VMs](https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction).')) },
    { name: 'phrase inside longer text', source: article(body('[Download the agent here](https://learn.microsoft.com/azure/backup/agent)')) },
    { name: 'bare URL', source: article(body('See https://learn.microsoft.com/azure/backup/ for more.')) },
    { name: 'linked image', source: article(body('[![Backup center](center.png)](https://portal.azure.com/)')) },
  ],
  invalid: [
    {
      name: 'here',
      source: article(body('The retention rules are described [here](https://learn.microsoft.com/azure/backup/retention).')),
      errors: [{ messageId: 'vague', line: 5, column: 35, endColumn: 93 }],
    },
    {
      name: 'case and punctuation do not matter',
      source: article(body('[Click Here.](https://learn.microsoft.com/azure/backup/)')),
      errors: [{ messageId: 'vague', line: 5, column: 1 }],
    },
    {
      name: 'reference link',
      source: article(body('Use [this link][policy] to change it.\n\n[policy]: https://learn.microsoft.com/azure/backup/policy')),
      errors: [{ messageId: 'vague', line: 5, column: 5 }],
    },
    {
      name: 'raw HTML anchor',
      source: article(body('<div>Snapshots expire. <a href="https://learn.microsoft.com/azure/backup/snapshots">Learn more</a></div>')),
      errors: [{ messageId: 'vague', line: 5, column: 33 }],
    },
    {
      name: 'inline HTML anchor whose text is markdown',
      source: article(body('Retention is explained <a href="https://learn.microsoft.com/azure/backup/retention">here</a>.')),
      errors: [{ messageId: 'vague', line: 5, column: 33 }],
    },
    {
      name: 'phrases from options',
      source: article(body('[Documentation](https://learn.microsoft.com/azure/backup/)')),
      options: { phrases: ['documentation'] },
      errors: [{ messageId: 'vague', line: 5, column: 1 }],
    },
  ],
});
