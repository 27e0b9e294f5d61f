import { linksEmpty } from '../../../src/rules/links/empty.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Cannot sign in to the portal\n\n${markdown}`;

testRule(linksEmpty, {
  valid: [
    { name: 'text and target', source: article(body('[Azure status](https://status.azure.com/)')) },
    { name: 'linked image without text', source: article(body('[![Status page](status.png)](https://status.azure.com/)')) },
    { name: 'autolink', source: article(body('<https://status.azure.com/>')) },
    { name: 'fragment link', source: article(body('[Next step](#check-the-browser)')) },
    { name: 'anchor whose text follows as markdown', source: article(body('Open <a href="https://portal.azure.com/">the portal</a> again.')) },
  ],
  invalid: [
    {
      name: 'empty target',
      source: article(body('[Open the portal]()')),
      errors: [{ messageId: 'emptyTarget', line: 5, column: 1, endColumn: 20 }],
    },
    {
      name: 'hash only',
      source: article(body('See [pricing](#).')),
      errors: [{ messageId: 'hashOnly', line: 5, column: 5 }],
    },
    {
      name: 'template placeholder left in a list',
      source: article(body('* [Display text of the last article](http://)')),
      errors: [{ messageId: 'hostless', line: 5, column: 3 }],
    },
    {
      name: 'three slashes',
      source: article(body('[Sign-in logs](https:///signin-logs)')),
      errors: [{ messageId: 'hostless', line: 5, column: 1 }],
    },
    {
      name: 'scheme pasted twice',
      source: article(body('[Browser support](http://https://learn.microsoft.com/azure/azure-portal/)')),
      errors: [{ messageId: 'doubledScheme', line: 5, column: 1 }],
    },
    {
      name: 'no text',
      source: article(body('Check [](https://status.azure.com/) first.')),
      errors: [{ messageId: 'emptyText', line: 5, column: 7, endColumn: 36 }],
    },
    {
      name: 'no text and no target',
      source: article(body('[]()')),
      errors: [
        { messageId: 'emptyTarget', line: 5, column: 1 },
        { messageId: 'emptyText', line: 5, column: 1 },
      ],
    },
    {
      name: 'reference link with no text',
      source: article(body('Read [][docs].\n\n[docs]: https://learn.microsoft.com/azure/azure-portal/')),
      errors: [{ messageId: 'emptyText', line: 5, column: 6 }],
    },
    {
      name: 'HTML anchor with empty href and one with no text',
      source: article(body('<div>\n<a href="">Contact support</a>\n<a href="https://status.azure.com/"></a>\n</div>')),
      errors: [
        { messageId: 'emptyTarget', line: 6, column: 10, endColumn: 10 },
        { messageId: 'emptyText', line: 7, column: 10 },
      ],
    },
  ],
});
