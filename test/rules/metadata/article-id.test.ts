import { metadataArticleId } from '../../../src/rules/metadata/article-id.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(metadataArticleId, {
  valid: [
    { name: 'GUID', source: multilineArticle() },
    { name: 'upper-case GUID', source: multilineArticle({ articleId: '9C4B7D2E-1F3A-4E5B-8C6D-7E8F9A0B1C2D' }) },
    { name: 'readable id in a generic article', source: multilineArticle({ articleId: 'vm-start-failure' }) },
    { name: 'GUID with a cloud suffix', source: multilineArticle({ selfHelpType: 'advisorRecommendationMetadata', articleId: '9c4b7d2e-1f3a-4e5b-8c6d-7e8f9a0b1c2d_Public' }) },
    { name: 'empty id is left to metadata/required', source: multilineArticle({ articleId: '' }) },
  ],
  invalid: [
    {
      name: 'letter beyond f',
      source: multilineArticle({ articleId: '9c4b7d2e-1f3a-4e5b-8c6d-7e8f9a0b1c2g' }),
      errors: [{ messageId: 'brokenGuid', line: 14, column: 14, endLine: 14, endColumn: 50 }],
    },
    {
      name: 'truncated GUID',
      source: multilineArticle({ articleId: '1f3a-4e5b-8c6d-7e8f9a0b1c2d' }),
      errors: [{ messageId: 'brokenGuid', line: 14, column: 14 }],
    },
    {
      name: 'placeholder from the diagnostics sample',
      source: multilineArticle({ articleId: 'newGuid' }),
      errors: [{ messageId: 'placeholder', line: 14, column: 14 }],
    },
    {
      name: 'placeholder from the troubleshooter template',
      source: multilineArticle({ selfHelpType: 'TSG_Description', articleId: '&lt;Unique GUID identifying the Content step&gt;' }),
      errors: [{ messageId: 'placeholder', line: 14, column: 14 }],
    },
    {
      name: 'readable id in an Apollo solution',
      source: multilineArticle({ selfHelpType: 'Apollo', articleId: 'vm-start-failure' }),
      errors: [{ messageId: 'notGuid', line: 14, column: 14 }],
    },
    {
      name: 'a support topic number pasted as the id',
      source: multilineArticle({ articleId: '32639188' }),
      errors: [{ messageId: 'suspicious', line: 14, column: 14 }],
    },
    {
      name: 'an id with spaces',
      source: multilineArticle({ articleId: 'billing issue not listed' }),
      errors: [{ messageId: 'suspicious', line: 14, column: 14 }],
    },
  ],
});
