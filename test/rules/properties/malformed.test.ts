import { propertiesMalformed } from '../../../src/rules/properties/malformed.js';
import { article } from '../../helpers/article.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = '# Storage account is not reachable\n\nCheck the firewall rules of the account.\n';

testRule(propertiesMalformed, {
  valid: [
    { name: 'one-line block', source: article(body) },
    { name: 'one attribute per line', source: multilineArticle() },
    {
      name: 'single quotes, entities and an explicit end tag',
      source: `<properties pageTitle='Blob &amp; file shares' description="Use a &quot;private&quot; endpoint" selfHelpType="generic"></properties>\n\n${body}`,
    },
    { name: 'greater-than sign inside a value', source: article(body, { pageTitle: 'Latency > 100 ms on reads' }) },
  ],
  invalid: [
    {
      name: 'one-line block without its end',
      source: `<properties pageTitle="Storage account is not reachable" selfHelpType="generic"\n\n${body}`,
      errors: [{ messageId: 'unclosedBlock', messageIncludes: 'end it with `/>`', line: 1, column: 1, endLine: 1, endColumn: 80 }],
    },
    {
      name: 'multi-line block whose closing line was deleted',
      source: '<properties\n  pageTitle="Storage account is not reachable"\n  selfHelpType="generic"\n  articleId="storage-unreachable"\n\n# Storage account is not reachable\n',
      errors: [{ messageId: 'unclosedBlock', line: 1, column: 1, endLine: 4, endColumn: 34 }],
    },
    {
      name: 'a value without its closing quote swallows the next attribute',
      source: multilineArticle({ description: 'Steps for a virtual machine that does not start' }).replace(
        'does not start"\n  service',
        'does not start\n  service',
      ),
      errors: [{ messageId: 'unclosedQuote', messageIncludes: 'value of `description`', line: 3, column: 15 }],
    },
    {
      name: 'the last value without its closing quote',
      source: '<properties\n  pageTitle="Storage account is not reachable"\n  ownershipId="Storage_Accounts\n/>\n\n# Storage account is not reachable\n\nSee the "Networking" page.\n',
      errors: [{ messageId: 'unclosedQuote', messageIncludes: 'value of `ownershipId`', line: 3, column: 15, endLine: 3, endColumn: 32 }],
    },
    {
      name: 'quotes that do not match',
      source: `<properties pageTitle="Storage account is not reachable' selfHelpType="generic" />\n\n${body}`,
      errors: [{ messageId: 'unclosedQuote', messageIncludes: '`pageTitle`', line: 1, column: 23 }],
    },
    {
      name: 'unquoted value',
      source: `<properties pageTitle="Storage account is not reachable" selfHelpType=generic articleId="storage-unreachable" />\n\n${body}`,
      errors: [{ messageId: 'missingQuote', messageIncludes: 'selfHelpType="value"', line: 1, column: 71, endColumn: 78 }],
    },
    {
      name: 'attribute without `=`',
      source: `<properties pageTitle="Storage account is not reachable" selfHelpType "generic" />\n\n${body}`,
      errors: [{ messageId: 'missingValue', messageIncludes: '`selfHelpType`', line: 1, column: 58 }],
    },
    {
      name: 'stray character between attributes',
      source: `<properties pageTitle="Storage account is not reachable" ; selfHelpType="generic" />\n\n${body}`,
      errors: [{ messageId: 'strayText', messageIncludes: '`;`', line: 1, column: 58 }],
    },
    {
      name: 'no space between two attributes',
      source: `<properties pageTitle="Storage account is not reachable"selfHelpType="generic" />\n\n${body}`,
      errors: [{ messageId: 'noSpace', messageIncludes: '`selfHelpType`', line: 1, column: 57, endColumn: 69 }],
    },
    {
      name: 'block closed with `>` alone',
      source: `<properties pageTitle="Storage account is not reachable" selfHelpType="generic">\n\n${body}`,
      errors: [{ messageId: 'closedWithGt', messageIncludes: 'ends with `>`', line: 1, column: 80 }],
    },
    {
      name: 'opening tag with nothing after it',
      source: `<properties\n\n${body}`,
      errors: [{ messageId: 'emptyUnclosedBlock', line: 1, column: 1, endColumn: 12 }],
    },
  ],
});
