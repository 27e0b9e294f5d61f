import { tokensIssueDescription } from '../../../src/rules/tokens/issue-description.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const diagnostics = { selfHelpType: 'diagnostics' };
const region = (text: string) => article(`# Disk is full\n\n<!--issueDescription-->\n${text}\n<!--/issueDescription-->\n\n## **Recommended Steps**\n\n1. Free space`, diagnostics);

testRule(tokensIssueDescription, {
  valid: [
    { name: 'plain text with a token', source: region('The disk <!--$Disk-->[Disk]<!--/$Disk--> is 98% full.') },
    { name: 'bold around one token', source: region('The disk **<!--$Disk-->[Disk]<!--/$Disk-->** is 98% full.') },
    {
      name: 'formatting outside the region',
      source: article('# Disk is full\n\n<!--issueDescription-->\nThe disk is full.\n<!--/issueDescription-->\n\n**Free space** with [Disk cleanup](https://learn.microsoft.com/windows)', diagnostics),
    },
    { name: 'markers in code are text', source: article('# Title\n\nWrap it in `<!--issueDescription-->` and `<!--/issueDescription-->`.', diagnostics) },
  ],
  invalid: [
    {
      name: 'link',
      source: region('The disk is full; see [disk usage](https://learn.microsoft.com/azure/disks).'),
      errors: [{ messageId: 'link', line: 6, column: 23, endLine: 6, endColumn: 76 }],
    },
    {
      name: 'bold and italic',
      source: region('The disk is **almost** full, _act now_.'),
      errors: [
        { messageId: 'emphasis', line: 6, column: 13, endColumn: 23 },
        { messageId: 'emphasis', line: 6, column: 30, endColumn: 39 },
      ],
    },
    {
      name: 'HTML bold and anchor',
      source: region('The disk is <b>full</b>, see <a href="https://learn.microsoft.com/azure">docs</a>.'),
      errors: [
        { messageId: 'emphasis', line: 6, column: 13, endColumn: 16 },
        { messageId: 'link', line: 6, column: 30 },
      ],
    },
    {
      name: 'bold token when not allowed',
      source: region('The disk **<!--$Disk-->[Disk]<!--/$Disk-->** is full.'),
      options: { allowEmphasizedTokens: false },
      errors: [{ messageId: 'emphasis', line: 6, column: 10 }],
    },
    {
      name: 'never closed',
      source: article('# Disk is full\n\n<!--issueDescription-->\nThe disk is full.\n\n## **Recommended Steps**', diagnostics),
      errors: [{ messageId: 'unclosed', line: 5, column: 1, endColumn: 24 }],
    },
    {
      name: 'opening written as a closing',
      source: article('# Disk is full\n\n<!--/issueDescription-->\nThe disk is **full**.\n<!--/issueDescription-->', diagnostics),
      errors: [
        { messageId: 'stray', line: 5, column: 1, endColumn: 25 },
        { messageId: 'emphasis', line: 6, column: 13 },
      ],
    },
    {
      name: 'closing written as an opening',
      source: article('# Disk is full\n\n<!--issueDescription-->\nThe disk is full.\n<!--issueDescription-->\n\nSee **this**.', diagnostics),
      errors: [{ messageId: 'reopened', line: 7, column: 1 }],
    },
  ],
});
