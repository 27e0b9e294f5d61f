import { describe, expect, it } from 'vitest';
import { propertiesDuplicate } from '../../../src/rules/properties/duplicate.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { runRule, testRule } from '../../helpers/rule-tester.js';

const body = '# Key vault access is denied\n\nCheck the access policies of the vault.\n';

testRule(propertiesDuplicate, {
  valid: [
    { name: 'every attribute once', source: multilineArticle({}, body) },
    { name: 'lower-case names, each once', source: `<properties pagetitle="Key vault access is denied" articleid="kv-access-denied" selfhelptype="generic" />\n\n${body}` },
  ],
  invalid: [
    {
      name: 'same name twice',
      source: multilineArticle({ articleId: 'kv-access-denied' }, body).replace('/>', '  articleId="kv-access-denied-2"\n/>'),
      errors: [{ messageId: 'duplicate', line: 16, column: 3, endLine: 16, endColumn: 12 }],
    },
    {
      name: 'same name in another case',
      source: multilineArticle({ articleid: '2b7c1f7e-95d4-4a51-9c55-7f4b1f0d8e21' }, body),
      errors: [{ messageId: 'duplicate', line: 16, column: 3 }],
    },
    {
      name: 'one-line block',
      source: `<properties pageTitle="Key vault access is denied" PageTitle="Key Vault access denied" />\n\n${body}`,
      errors: [{ messageId: 'duplicate', line: 1, column: 52, endColumn: 61 }],
    },
    {
      name: 'three spellings of one name',
      source: '<properties\n  selfHelpType="generic"\n  selfhelptype="generic"\n  SelfHelpType="generic"\n/>\n\n# Key vault access is denied\n',
      errors: [
        { messageId: 'duplicate', line: 3, column: 3 },
        { messageId: 'duplicate', line: 4, column: 3 },
      ],
    },
  ],
});

describe('properties/duplicate details', () => {
  it('names the first spelling and its line, and points back at it', () => {
    const source = '<properties\n  articleId="kv-access-denied"\n  pageTitle="Key vault access is denied"\n  articleid="kv-denied"\n/>\n\n# Key vault access is denied\n';
    const [finding] = runRule(propertiesDuplicate, source);
    expect(finding?.message).toBe('Attribute `articleid` repeats `articleId` from line 2; keep one of them (the first is used)');
    expect(finding?.related).toEqual([{ message: '`articleId` is first set here', line: 2, column: 3 }]);
  });
});
