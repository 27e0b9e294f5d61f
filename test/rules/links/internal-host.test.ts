import { linksInternalHost } from '../../../src/rules/links/internal-host.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Pipeline runs are stuck\n\n${markdown}`;

testRule(linksInternalHost, {
  valid: [
    { name: 'public docs', source: article(body('[Pipeline runs](https://learn.microsoft.com/azure/devops/pipelines/)')) },
    { name: 'public Azure DevOps status page', source: article(body('[Service status](https://status.dev.azure.com/)')) },
    { name: 'a customer organisation', source: article(body('[Your project](https://dev.azure.com/contoso/web)')) },
    { name: 'a customer SharePoint', source: article(body('[Team site](https://contoso.sharepoint.com/sites/ops)')) },
    { name: 'public Kusto help cluster', source: article(body('[Samples](https://help.kusto.windows.net/Samples)')) },
    { name: 'local address', source: article(body('[Agent page](http://localhost:9000/)')) },
    { name: 'Teams meeting help page', source: article(body('[Teams help](https://teams.microsoft.com/help)')) },
  ],
  invalid: [
    {
      name: 'support wiki',
      source: article(body('Follow [the engagement process](https://supportability.visualstudio.com/AzureDevOps/_wiki/wikis/x/1).')),
      errors: [{ messageId: 'internal', line: 5, column: 8, endColumn: 101 }],
    },
    {
      name: 'Microsoft organisation on dev.azure.com',
      source: article(body('[Known bug](https://dev.azure.com/msazure/One/_workitems/edit/1234)')),
      errors: [{ messageId: 'internal', line: 5, column: 1 }],
    },
    {
      name: 'corporate dashboards, incident tool and Kusto',
      source: article(body('- [Dashboard](https://jarvis-east.dc.ad.msft.net/dashboard/x)\n- [Incident](https://portal.microsofticm.com/imp/v3/incidents/details/1)\n- [Query](https://contosometrics.kusto.windows.net/Db?query=x)')),
      errors: [
        { messageId: 'internal', line: 5, column: 3 },
        { messageId: 'internal', line: 6, column: 3 },
        { messageId: 'internal', line: 7, column: 3 },
      ],
    },
    {
      name: 'Microsoft OneDrive image and Teams channel in an anchor',
      source: article(body('<p><a href="https://microsoft-my.sharepoint.com/:i:/g/personal/x">Trace</a> or <a href="https://teams.microsoft.com/l/channel/19%3ax%40thread.skype/Ops">ask</a></p>')),
      errors: [
        { messageId: 'internal', line: 5, column: 13 },
        { messageId: 'internal', line: 5, column: 89 },
      ],
    },
    {
      name: 'intranet name',
      source: article(body('Look the code up on [the errors site](http://errors/).')),
      errors: [{ messageId: 'intranet', line: 5, column: 21 }],
    },
    {
      name: 'hosts added in options',
      source: article(body('[Runbook](https://tools.contoso.internal/runbooks/7)')),
      options: { hosts: ['contoso.internal'] },
      errors: [{ messageId: 'internal', line: 5, column: 1 }],
    },
  ],
});
