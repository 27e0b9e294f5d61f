import { describe, expect, it } from 'vitest';
import { metadataRequired } from '../../../src/rules/metadata/required.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { runRule, testRule } from '../../helpers/rule-tester.js';

const diagnostics = { selfHelpType: 'diagnostics', infoBubbleText: 'We found a problem with your virtual machine' };

testRule(metadataRequired, {
  valid: [
    { name: 'complete generic article', source: multilineArticle() },
    { name: 'authors without ms.author', source: multilineArticle({ 'ms.author': undefined }) },
    { name: 'diagnostics with its bubble text', source: multilineArticle(diagnostics) },
    {
      name: 'health insight without support topics',
      source: multilineArticle({
        selfHelpType: 'servicehealthinsights',
        supportTopicIds: undefined,
        productPesIds: undefined,
        infoBubbleText: 'Your virtual machine is restarting',
        diagnosticScenario: 'ResourceHealth',
      }),
    },
    { name: 'empty pageTitle is left to metadata/page-title', source: multilineArticle({ pageTitle: '' }) },
  ],
  invalid: [
    {
      name: 'no articleId',
      source: multilineArticle({ articleId: undefined }),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'empty support topics in a generic article',
      source: multilineArticle({ supportTopicIds: '' }),
      errors: [{ messageId: 'empty', line: 10, column: 20 }],
    },
    {
      name: 'both author attributes empty',
      source: multilineArticle({ authors: '', 'ms.author': ' ' }),
      errors: [{ messageId: 'empty', line: 7, column: 14 }],
    },
    {
      name: 'diagnostics without infoBubbleText',
      source: multilineArticle({ selfHelpType: 'diagnostics' }),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'scoping questions without schemaVersion and description',
      source: multilineArticle({ selfHelpType: 'problemScopingQuestions', description: undefined }),
      errors: [
        { messageId: 'missing', line: 1, column: 1 },
        { messageId: 'missing', line: 1, column: 1 },
      ],
    },
    {
      name: 'unknown type is held to the base set',
      source: multilineArticle({ selfHelpType: 'faq', ownershipId: undefined, supportTopicIds: '' }),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'no pageTitle',
      source: multilineArticle({ pageTitle: undefined }),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});

describe('metadata/required messages', () => {
  it('names the property and the type', () => {
    const [finding] = runRule(metadataRequired, multilineArticle({ selfHelpType: 'problemScopingQuestions', schemaVersion: '1', description: undefined }));
    expect(finding?.message).toBe('Missing `description`, which problemScopingQuestions articles need; add description="…" to the properties block');
  });
});
