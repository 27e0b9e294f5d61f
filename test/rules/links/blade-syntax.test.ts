import { linksBladeSyntax } from '../../../src/rules/links/blade-syntax.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Virtual machine is unreachable\n\n${markdown}`;

testRule(linksBladeSyntax, {
  valid: [
    { name: 'blade with a parameter', source: article(body('[Check effective routes](data-blade:Microsoft_Azure_Network.EffectiveRoutesBlade.id.$resourceId)')) },
    { name: 'blade without parameters', source: article(body('[Service health](data-blade:Microsoft_Azure_Health.HealthHistoryBlade)')) },
    {
      name: 'fallback address after the blade',
      source: article(body('[Boot log](data-blade:Microsoft_Azure_Compute.BootLogBlade.id.$resourceId;data-blade-uri:{$domain}/#@contoso.com/resource/{$resourceIdDecoded}/boot)')),
    },
    { name: 'button variant', source: article(body('[Restart](button-data-blade:Microsoft_Azure_Compute.RestartVmBlade.id.$resourceId)')) },
    { name: 'portal URL with a menu item', source: article(body('[Users](https://portal.azure.com/#blade/Microsoft_AAD_IAM/UsersManagementMenuBlade/AllUsers)')) },
    { name: 'portal home is not a blade link', source: article(body('[Azure portal](https://portal.azure.com/#home)')) },
    { name: 'data URL is another rule’s concern', source: article(body('[Inline](data:text/plain,hello)')) },
  ],
  invalid: [
    {
      name: 'no blade name',
      source: article(body('Open [Networking](data-blade:Microsoft_Azure_Network) and check the rules.')),
      errors: [{ messageId: 'malformed', line: 5, column: 6, endColumn: 54 }],
    },
    {
      name: 'value without a parameter name',
      source: article(body('1. Use [Connection troubleshoot](data-blade:Microsoft_Azure_Network.id.$resourceId).')),
      errors: [{ messageId: 'malformed', line: 5, column: 8 }],
    },
    {
      name: 'empty part',
      source: article(body('[Routes](data-blade:Microsoft_Azure_Network..EffectiveRoutesBlade)')),
      errors: [{ messageId: 'malformed', line: 5, column: 1 }],
    },
    {
      name: 'white space inside angle brackets',
      source: article(body('[Routes](<data-blade:Microsoft_Azure_Network.Effective Routes>)')),
      errors: [{ messageId: 'malformed', line: 5, column: 1 }],
    },
    {
      name: 'misspelled scheme',
      source: article(body('[Routes](datablade:Microsoft_Azure_Network.EffectiveRoutesBlade)')),
      errors: [{ messageId: 'misspelledScheme', line: 5, column: 1 }],
    },
    {
      name: 'portal URL with an empty segment',
      source: article(body('[Subscriptions](https://portal.azure.com/#blade/Microsoft_Azure_Billing//SubscriptionsBlade)')),
      errors: [{ messageId: 'malformed', line: 5, column: 1 }],
    },
    {
      name: 'raw HTML anchor',
      source: article(body('<a href="data-blade:Microsoft_Azure_Support">Open a support request</a>')),
      errors: [{ messageId: 'malformed', line: 5, column: 10 }],
    },
  ],
});
