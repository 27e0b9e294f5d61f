import { metadataSelfHelpType } from '../../../src/rules/metadata/self-help-type.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(metadataSelfHelpType, {
  valid: [
    { name: 'generic', source: multilineArticle() },
    { name: 'case variant of TSG_Content', source: multilineArticle({ selfHelpType: 'TSG_content' }) },
    { name: 'lower-case apollo', source: multilineArticle({ selfHelpType: 'apollo' }) },
  ],
  invalid: [
    {
      name: 'no selfHelpType attribute',
      source: multilineArticle({ selfHelpType: undefined }),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'empty value left from a template',
      source: multilineArticle({ selfHelpType: '' }),
      errors: [{ messageId: 'empty', line: 9, column: 17 }],
    },
    {
      name: 'typo',
      source: multilineArticle({ selfHelpType: 'genric' }),
      errors: [{ messageId: 'unknownSuggest', line: 9, column: 17, endLine: 9, endColumn: 23 }],
    },
    {
      name: "the health template's short name",
      source: multilineArticle({ selfHelpType: 'health' }),
      errors: [{ messageId: 'unknownSuggest', line: 9, column: 17 }],
    },
    {
      name: 'a type that does not exist',
      source: multilineArticle({ selfHelpType: 'faq' }),
      errors: [{ messageId: 'unknown', line: 9, column: 17 }],
    },
  ],
});
