import { propertiesCase } from '../../../src/rules/properties/case.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = '# Function app does not start\n\nCheck the application settings.\n';

testRule(propertiesCase, {
  valid: [
    { name: "the templates' spelling", source: multilineArticle({}, body) },
    { name: 'unknown names are left to properties/unknown', source: multilineArticle({ reviewer: 'jdoe' }, body) },
  ],
  invalid: [
    {
      name: 'lower-cased names',
      source: '<properties\n  pagetitle="Function app does not start"\n  articleid="func-start"\n  selfHelpType="generic"\n/>\n\n' + body,
      errors: [
        { messageId: 'case', line: 2, column: 3, endLine: 2, endColumn: 12 },
        { messageId: 'case', line: 3, column: 3, endLine: 3, endColumn: 12 },
      ],
      output: '<properties\n  pageTitle="Function app does not start"\n  articleId="func-start"\n  selfHelpType="generic"\n/>\n\n' + body,
    },
    {
      name: 'one-line block with mixed spellings',
      source: `<properties pageTitle="Function app does not start" SelfHelpType="generic" ownershipID="AppService_Functions" />\n\n${body}`,
      errors: [
        { messageId: 'case', line: 1, column: 53, endColumn: 65 },
        { messageId: 'case', line: 1, column: 76, endColumn: 87 },
      ],
      output: `<properties pageTitle="Function app does not start" selfHelpType="generic" ownershipId="AppService_Functions" />\n\n${body}`,
    },
  ],
});
