import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../../src/lint/library.js';
import { collectReferences } from '../../../src/library/references.js';
import { summarize } from '../../../src/library/summary.js';
import { parseArticle } from '../../../src/process.js';
import { libraryBrokenReference } from '../../../src/rules/library/broken-reference.js';
import { testLibraryRule } from '../../helpers/rule-tester.js';

const solution = (id: string) => `<properties articleId="${id}" selfHelpType="generic" />\n\n# Fix connection errors\n`;
// Line 1 properties, 2 blank, 3 H1, 4 `---`, 5 `{`, 6 `"commonProblems": [`, 7 the problem.
const menu = (solutionId: string, newline = '\n') =>
  [
    '<properties articleId="sql-menu" selfHelpType="diagnoseandsolve" />',
    '',
    '# Common SQL problems',
    '---',
    '{',
    '  "commonProblems": [',
    `    { "title": "Cannot connect", "commonSolutionArticleId": "${solutionId}" }`,
    '  ]',
    '}',
    '---',
    '',
  ].join(newline);

testLibraryRule(libraryBrokenReference, {
  valid: [
    { name: 'reference to an article of the run', files: { 'sql/menu.md': menu('sql-connect'), 'sql/connect.md': solution('sql-connect') } },
    { name: 'ids compared case-insensitively', files: { 'sql/menu.md': menu('SQL-Connect'), 'sql/connect.md': solution('sql-connect') } },
    { name: 'blade link to an article of the run', files: { 'a.md': `${solution('a')}\nSee [the fix](data-blade:Microsoft_Azure_Support.SelfHelpBlade.articleId.b).\n`, 'b.md': solution('b') } },
    { name: 'blade links without an article id', files: { 'a.md': `${solution('a')}\n[Redeploy](data-blade:Microsoft_Azure_Compute.RedeployBlade.id.$resourceId)\n` } },
  ],
  invalid: [
    {
      name: 'common solution missing from the run: at the id',
      files: { 'sql/menu.md': menu('sql-connectivity'), 'sql/connect.md': solution('sql-connect') },
      errors: [{ source: 'sql/menu.md', messageId: 'missing', line: 7, column: 61 }],
    },
    {
      name: 'CRLF file',
      files: { 'sql/menu.md': menu('sql-connectivity', '\r\n') },
      errors: [{ source: 'sql/menu.md', messageId: 'missing', line: 7, column: 61 }],
    },
    {
      name: 'blade link to a missing article: at the link',
      files: { 'a.md': `${solution('a')}\nSee [the fix](data-blade:Microsoft_Azure_Support.SelfHelpBlade.articleId.c).\n` },
      errors: [{ source: 'a.md', messageId: 'missing', line: 5, column: 5 }],
    },
  ],
});

describe('library/broken-reference', () => {
  it('skips ids listed under `ignore`', () => {
    const summary = summarize(parseArticle(menu('sql-connectivity'), { path: 'sql/menu.md' }).article!);
    const config = { rules: { 'library/broken-reference': ['warn', { ignore: ['SQL-connectivity'] }] } } as never;
    expect([...checkLibrary([summary], [libraryBrokenReference], config).values()].flat()).toEqual([]);
    expect(checkLibrary([summary], [libraryBrokenReference]).get('sql/menu.md')?.[0]?.message).toBe(
      'No article has articleId `sql-connectivity`; fix the id or add the article it should open',
    );
  });

  it('collects payload references with file positions, escapes decoded', () => {
    const text = menu('sql-\\u0063onnect');
    const references = collectReferences(parseArticle(text, { path: 'sql/menu.md' }).article!);
    expect(references).toHaveLength(1);
    const [reference] = references;
    expect(reference?.id).toBe('sql-connect');
    expect(reference?.position.start).toEqual({ line: 7, column: 61, offset: text.indexOf('"sql-\\u0063') });
    expect(reference?.position.end.offset).toBe(text.indexOf('" }') + 1);
  });

  it('reads article ids from portal #blade links', () => {
    const text = `${solution('a')}\n[Open](https://portal.azure.com/#blade/Microsoft_Azure_Support/SelfHelpBlade/articleId/sql-connect)\n`;
    expect(collectReferences(parseArticle(text).article!).map((reference) => reference.id)).toEqual(['sql-connect']);
  });
});
