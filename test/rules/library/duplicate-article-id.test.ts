import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../../src/lint/library.js';
import { summarize } from '../../../src/library/summary.js';
import { parseArticle } from '../../../src/process.js';
import { libraryDuplicateArticleId } from '../../../src/rules/library/duplicate-article-id.js';
import { testLibraryRule } from '../../helpers/rule-tester.js';

// `<properties articleId="` is 23 characters, so the id starts at column 24.
const withId = (id: string, title = 'Restart a virtual machine') => `<properties articleId="${id}" selfHelpType="generic" />\n\n# ${title}\n`;

testLibraryRule(libraryDuplicateArticleId, {
  valid: [
    { name: 'distinct ids', files: { 'vm/restart.md': withId('vm-restart'), 'vm/resize.md': withId('vm-resize') } },
    { name: 'articles without ids are left to metadata/required', files: { 'vm/a.md': '<properties selfHelpType="generic" />\n\n# A\n', 'vm/b.md': '<properties selfHelpType="generic" />\n\n# B\n' } },
  ],
  invalid: [
    {
      name: 'two files: both reported at the id',
      files: { 'vm/restart.md': withId('vm-restart'), 'network/restart-gateway.md': withId('vm-restart', 'Restart a gateway') },
      errors: [
        { source: 'network/restart-gateway.md', messageId: 'duplicate', line: 1, column: 24 },
        { source: 'vm/restart.md', messageId: 'duplicate', line: 1, column: 24 },
      ],
    },
    {
      name: 'GUIDs compared case-insensitively, three files',
      files: {
        'a.md': withId('6F1C2D3E-4B5A-4C6D-8E7F-9A0B1C2D3E4F'),
        'b.md': withId('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f'),
        'c.md': `<properties selfHelpType="generic"\n  articleId="6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f" />\n\n# C\n`,
      },
      errors: [
        { source: 'a.md', messageId: 'duplicate', line: 1, column: 24 },
        { source: 'b.md', messageId: 'duplicate', line: 1, column: 24 },
        { source: 'c.md', messageId: 'duplicate', line: 2, column: 14 },
      ],
    },
  ],
});

describe('library/duplicate-article-id related places', () => {
  it('names the other files in the message and as related places', () => {
    const summaries = Object.entries({ 'vm/restart.md': withId('vm-restart'), 'vm/reboot.md': `\n${withId('vm-restart')}` }).map(([path, text]) => summarize(parseArticle(text, { path }).article!));
    const found = checkLibrary(summaries, [libraryDuplicateArticleId]);
    expect(found.get('vm/restart.md')).toEqual([
      expect.objectContaining({
        message: 'Duplicate articleId `vm-restart`, also used by `vm/reboot.md`; give each article its own id',
        related: [{ message: 'Same articleId here', file: 'vm/reboot.md', line: 2, column: 24 }],
      }),
    ]);
  });
});
