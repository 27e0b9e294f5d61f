import { linksUnsafeScheme } from '../../../src/rules/links/unsafe-scheme.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Script errors in the portal\n\n${markdown}`;

testRule(linksUnsafeScheme, {
  valid: [
    { name: 'https link', source: article(body('[Browser settings](https://learn.microsoft.com/azure/azure-portal/)')) },
    { name: 'mail link', source: article(body('[Write to us](mailto:azcommunity@example.com)')) },
    { name: 'portal blade link starts with data but is not data:', source: article(body('[Health](data-blade:Microsoft_Azure_Health.HealthBlade)')) },
    { name: 'scheme named in code', source: article(body('Links that start with `javascript:` are removed.')) },
  ],
  invalid: [
    {
      name: 'javascript link',
      source: article(body('[Run the check](javascript:runCheck(1))')),
      errors: [{ messageId: 'unsafe', line: 5, column: 1, endColumn: 40 }],
    },
    {
      name: 'mixed case',
      source: article(body('Press [Reload](JavaScript:location.reload()) now.')),
      errors: [{ messageId: 'unsafe', line: 5, column: 7 }],
    },
    {
      name: 'character reference inside the scheme',
      source: article(body('[Reload](java&#x73;cript:void(0))')),
      errors: [{ messageId: 'unsafe', line: 5, column: 1 }],
    },
    {
      name: 'vbscript, data and file links',
      source: article(body('- [Report](vbscript:MsgBox)\n- [Banner](data:text/html;base64,PGI+aGk8L2I+)\n- [Setup log](file:///C:/Logs/setup.log)')),
      errors: [
        { messageId: 'unsafe', line: 5, column: 3 },
        { messageId: 'unsafe', line: 6, column: 3 },
        { messageId: 'unsafe', line: 7, column: 3 },
      ],
    },
    {
      name: 'anchor hidden with a tab reference and a named colon',
      source: article(body('<a href="jav&#x09;ascript&colon;alert(1)">Details</a>')),
      errors: [{ messageId: 'unsafe', line: 5, column: 10 }],
    },
  ],
});
