/**
 * Pathological markdown is either read or refused with a clear error, at any size, without recursing.
 * How its time grows with its size (linear: twice the input, about twice the time) is measured by
 * `npm run bench:hostile`, not here: timing belongs in a benchmark, not in a unit test.
 */
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../src/export/bundle.js';
import { validateResult } from '../../src/lint/validate.js';
import { MAX_CONTAINER_DEPTH, MAX_TREE_DEPTH } from '../../src/parse/limits.js';
import { parseArticle } from '../../src/process.js';
import { allRules } from '../../src/rules/index.js';
import { article } from '../helpers/article.js';

/** The whole reading pipeline on one article body, as `validate` and `export` run it. */
const read = (body: string) => parseArticle(article(`# Pathological\n\n${body}\n`), { path: 'articles/x/pathological.md' });

const cases: Array<{ name: string; make: (n: number) => string; n: number; rejected: boolean }> = [
  { name: 'nested block quotes `>>>>…`', make: (n) => `${'>'.repeat(n)} deep`, n: 100_000, rejected: true },
  { name: 'nested list levels `- - - …`', make: (n) => `${'- '.repeat(n)}deep`, n: 50_000, rejected: true },
  { name: 'nested list levels by indentation', make: (n) => Array.from({ length: n }, (_, level) => `${'  '.repeat(level % 200)}- level`).join('\n'), n: 2_000, rejected: true },
  { name: 'a line of `*` emphasis markers', make: (n) => 'x '.concat('*'.repeat(n)), n: 100_000, rejected: false },
  { name: 'alternating `*a*a*a…` markers', make: (n) => '*a'.repeat(n), n: 50_000, rejected: true },
  { name: 'unpaired closers `a* a* …`', make: (n) => 'a* '.repeat(n), n: 30_000, rejected: true },
  { name: 'unpaired `]`', make: (n) => `x${']'.repeat(n)}`, n: 100_000, rejected: true },
  { name: 'nested link labels `[[[…]]]`', make: (n) => `${'['.repeat(n)}${']'.repeat(n)}`, n: 50_000, rejected: true },
  { name: 'unclosed and stray tokens', make: (n) => `${'<!--$Open-->'.repeat(n)}\n\n${'<!--/$Other-->'.repeat(n)}`, n: 10_000, rejected: false },
  { name: 'tokens nested in tokens', make: (n) => `${'<!--$Outer-->text '.repeat(n)}${'<!--/$Outer-->'.repeat(n)}`, n: 2_000, rejected: false },
  { name: 'links in one paragraph', make: (n) => '[link](https://learn.microsoft.com/azure/x) '.repeat(n), n: 1_000, rejected: false },
  { name: 'links, one per line', make: (n) => '[link](https://learn.microsoft.com/azure/x)\n'.repeat(n), n: 1_000, rejected: false },
];

describe('pathological markdown is read or refused, never crashes', () => {
  it.each(cases)('$name', ({ make, n, rejected }) => {
    for (const size of [n, n * 2]) {
      const result = read(make(size));
      expect(result.article === undefined, JSON.stringify(result.diagnostics.slice(0, 2))).toBe(rejected);
      if (rejected) expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['structure/too-deep']);
      else expect(() => validateResult(result, { rules: allRules, rethrow: true })).not.toThrow();
    }
  });

  it('reads 10,000 nested quotes and 10,000 list levels as a clear error, without recursing', () => {
    for (const body of [`${'>'.repeat(10_000)} deep`, `${'* '.repeat(10_000)}deep`, `${'1. '.repeat(10_000)}deep`]) {
      const result = read(body);
      expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'structure/too-deep', messageId: 'containers', line: 5 })]);
    }
  });
});

describe('nesting just under the limits goes through every stage', () => {
  it('parses, validates with every rule and exports without overflowing the stack', () => {
    const quotes = Array.from({ length: MAX_CONTAINER_DEPTH - 8 }, (_, depth) => `${'>'.repeat(depth + 1)} level ${depth}`).join('\n');
    const marker = (index: number) => (index % 2 === 0 ? '*' : '_');
    const depth = Math.floor(MAX_TREE_DEPTH / 2) - 10;
    const emphasis = `${Array.from({ length: depth }, (_, index) => `${marker(index)}a`).join(' ')} x ${Array.from({ length: depth }, (_, index) => `a${marker(depth - 1 - index)}`).join(' ')}`;
    const payload = `---\n${'{"a":'.repeat(60)}1${'}'.repeat(60)}\n---`;
    const result = read(`${quotes}\n\n${emphasis}\n\n${payload}`);
    expect(result.article, JSON.stringify(result.diagnostics.slice(0, 3))).toBeDefined();
    expect(() => validateResult(result, { rules: allRules, rethrow: true })).not.toThrow();
    const bundle = exportLibrary([result]);
    expect(bundle.index.articles).toHaveLength(1);
  });
});
