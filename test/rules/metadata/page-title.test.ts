import { metadataPageTitle } from '../../../src/rules/metadata/page-title.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(metadataPageTitle, {
  valid: [
    { name: 'short title', source: multilineArticle() },
    { name: 'question', source: multilineArticle({ pageTitle: 'Why does my virtual machine restart?' }) },
    { name: 'abbreviations and versions', source: multilineArticle({ pageTitle: 'Connect with a client, e.g. SSMS 18.9 or Azure Data Studio' }) },
    { name: 'ellipsis', source: multilineArticle({ pageTitle: 'Deployment stuck at Creating...' }) },
    {
      name: 'health messages are written as sentences',
      source: multilineArticle({ selfHelpType: 'servicehealthinsights', pageTitle: 'Your cache is unavailable. We are working to restore it.' }),
    },
    { name: 'missing title is left to metadata/required', source: multilineArticle({ pageTitle: undefined }) },
  ],
  invalid: [
    {
      name: 'trailing period',
      source: multilineArticle({ pageTitle: 'Virtual machine does not start.' }),
      errors: [{ messageId: 'trailingPeriod', line: 2, column: 44, endLine: 2, endColumn: 45 }],
    },
    {
      name: 'trailing period before an encoded line break',
      source: multilineArticle({ pageTitle: 'Virtual machine does not start.&#xD;' }),
      errors: [{ messageId: 'trailingPeriod', line: 2, column: 44 }],
    },
    {
      name: 'two sentences',
      source: multilineArticle({ pageTitle: 'Virtual machine does not start. Check the boot diagnostics' }),
      errors: [{ messageId: 'sentences', line: 2, column: 14, endLine: 2, endColumn: 72 }],
    },
    {
      name: 'exclamation between sentences',
      source: multilineArticle({ pageTitle: 'Sign-in blocked! Reset the password' }),
      errors: [{ messageId: 'sentences', line: 2, column: 14 }],
    },
    {
      name: 'empty title',
      source: multilineArticle({ pageTitle: '' }),
      errors: [{ messageId: 'empty', line: 2, column: 14, endLine: 2, endColumn: 14 }],
    },
  ],
});
