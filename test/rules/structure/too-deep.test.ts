import { describe, expect, it } from 'vitest';
import { validateResult } from '../../../src/lint/validate.js';
import { MAX_CONTAINER_DEPTH, MAX_JSON_DEPTH } from '../../../src/parse/limits.js';
import { parseArticle } from '../../../src/process.js';
import { structureTooDeep } from '../../../src/rules/structure/too-deep.js';
import { article } from '../../helpers/article.js';

const run = (text: string) => {
  const result = parseArticle(text, { path: 'articles/vm/deep.md' });
  return { result, diagnostics: validateResult(result, { rules: [structureTooDeep] }) };
};

describe('structure/too-deep (reported while reading)', () => {
  it('reports quotes nested past the limit at their line and rejects the file', () => {
    const { result, diagnostics } = run(article(`# Deep\n\nIntro.\n\n${'>'.repeat(10_000)} too deep\n`));
    expect(result.article).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'structure/too-deep', messageId: 'containers', severity: 'error', line: 7, column: 1 })]);
    expect(diagnostics[0]!.message).toBe(`Lists and quotes are nested 10000 deep here, over the limit of ${MAX_CONTAINER_DEPTH}; flatten them`);
  });

  it('reports a JSON payload nested past the limit where it crosses it', () => {
    const payload = `{"a":${'['.repeat(MAX_JSON_DEPTH + 10)}${']'.repeat(MAX_JSON_DEPTH + 10)}}`;
    const { diagnostics } = run(article(`# Deep\n\n---\n${payload}\n---\n`));
    expect(diagnostics).toEqual([expect.objectContaining({ messageId: 'payload', line: 6, column: MAX_JSON_DEPTH + 5 })]);
  });

  it('reports a paragraph of unpaired markers at the paragraph', () => {
    const { diagnostics } = run(article(`# Deep\n\nFine.\n\nx${' ]'.repeat(20_000)}\n`));
    expect(diagnostics).toEqual([expect.objectContaining({ messageId: 'markup', line: 7, column: 1 })]);
  });

  it('reports inline markup nested past the tree limit', () => {
    // `*a _a *a … x … a_ a* a_ a*`: emphasis inside emphasis, 300 deep, cheap to pair up.
    const marker = (index: number) => (index % 2 === 0 ? '*' : '_');
    const opening = Array.from({ length: 300 }, (_, index) => `${marker(index)}a`).join(' ');
    const closing = Array.from({ length: 300 }, (_, index) => `a${marker(299 - index)}`).join(' ');
    const { diagnostics } = run(article(`# Deep\n\n${opening} x ${closing}\n`));
    expect(diagnostics).toEqual([expect.objectContaining({ messageId: 'tree', line: 5 })]);
  });

  it('accepts ordinary nesting, emphasis and links', () => {
    const body = `# Fine\n\n> > Quoted twice, with **bold**, _emphasis_ and [a link](https://learn.microsoft.com/).\n\n- one\n  - two\n    - three\n\n---\n{"formElements":[{"id":"a","options":[{"value":"b"}]}]}\n---\n`;
    const { result, diagnostics } = run(article(body));
    expect(result.article).toBeDefined();
    expect(diagnostics).toEqual([]);
  });
});
