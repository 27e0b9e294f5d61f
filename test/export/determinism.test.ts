import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { exportLibrary, type ExportOptions } from '../../src/export/bundle.js';
import { loadLibrary } from '../../src/library/load.js';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';
import { capture } from './cli.js';
import { readTree } from './tree.js';

/** A fixed shuffle (no Math.random: a failure must be reproducible). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  let seed = 7;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    seed = (seed * 48271) % 2147483647;
    const other = seed % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

describe('deterministic export', async () => {
  const results = await loadLibrary(['articles', fixturePath('seed-like.md')], { cwd: repoRoot });
  const variants: ExportOptions[] = [{}, { cloud: 'mooncake', shapes: ['help-api'] }, { cloud: 'fairfax', shapes: ['help-api'] }];

  it.each(variants)('gives the same bytes for every file whatever the input order (%o)', (options) => {
    const first = exportLibrary(results, options);
    const again = exportLibrary(shuffled(results), options);
    const reversed = exportLibrary([...results].reverse(), options);
    expect([...again.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [file, content] of first.files) {
      expect(again.files.get(file), file).toBe(content);
      expect(reversed.files.get(file), file).toBe(content);
    }
  });

  it('writes no dates or machine facts into any file', () => {
    const bundle = exportLibrary(results, { shapes: ['help-api'] });
    for (const [file, content] of bundle.files) {
      expect(content, file).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(content, file).not.toContain(tmpdir());
      expect(content, file).not.toContain(repoRoot);
    }
  });

  it('writes byte-identical folders from inputs created in a different order', async () => {
    const sources = (await readdir(path.join(repoRoot, 'articles'), { recursive: true })).filter((file) => file.endsWith('.md')).sort();
    const copies = [sources, [...sources].reverse()];
    const trees: Array<Map<string, string>> = [];
    for (const order of copies) {
      const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-determinism-'));
      for (const file of order) {
        await mkdir(path.dirname(path.join(dir, 'in', file)), { recursive: true });
        await writeFile(path.join(dir, 'in', file), await readFile(path.join(repoRoot, 'articles', file)));
      }
      expect(await runCli(['export', 'in', '--out', 'out', '--shape', 'help-api'], capture().io(dir))).toBe(0);
      trees.push(await readTree(path.join(dir, 'out')));
    }
    expect([...trees[1]!.keys()]).toEqual([...trees[0]!.keys()]);
    for (const [file, content] of trees[0]!) expect(trees[1]!.get(file), file).toBe(content);
  });
});
