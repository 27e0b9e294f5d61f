import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { exportLibrary, safeFileStem } from '../../src/export/bundle.js';
import { loadLibrary } from '../../src/library/load.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';
import { repoRoot } from '../helpers/fixtures.js';
import { compileSchema } from '../helpers/json-schema.js';

const capture = () => {
  let out = '';
  let err = '';
  return {
    io: (cwd: string) => ({ stdout: { write: (chunk: string) => (out += chunk) }, stderr: { write: (chunk: string) => (err += chunk) }, cwd }),
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
};

describe('exportLibrary on the sample articles', async () => {
  const results = await loadLibrary(['articles'], { cwd: repoRoot });
  const bundle = exportLibrary(results);

  it('accounts for every input file exactly once', () => {
    const sources = [...bundle.index.articles.map((entry) => entry.source), ...bundle.index.rejected.map((entry) => entry.source)];
    expect(sources.sort()).toEqual(results.map((result) => result.source).sort());
    expect(bundle.index.rejected).toEqual([]);
  });

  it('writes files that validate against the generated JSON Schemas', () => {
    const validateIndex = compileSchema(JSON.parse(bundle.files.get('schema/index.schema.json')!));
    const validateArticle = compileSchema(JSON.parse(bundle.files.get('schema/article.schema.json')!));
    expect(validateIndex(JSON.parse(bundle.files.get('index.json')!)), JSON.stringify(validateIndex.errors)).toBe(true);
    for (const entry of bundle.index.articles) {
      const valid = validateArticle(JSON.parse(bundle.files.get(entry.file)!));
      expect(valid, `${entry.file}: ${JSON.stringify(validateArticle.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('does not depend on the order of its input', () => {
    const reversed = exportLibrary([...results].reverse());
    expect([...reversed.files.entries()]).toEqual([...bundle.files.entries()]);
  });
});

describe('export file names', () => {
  it('come only from sanitised ids', () => {
    expect(safeFileStem('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileStem('..')).toBe('article');
    expect(safeFileStem('a/b\\c:d')).toBe('a_b_c_d');
  });

  it('stay distinct for duplicate articleIds and never leave articles/', () => {
    const one = parseArticle(article('# One\n', { articleId: '../../x' }), { path: 'a/one.md' });
    const two = parseArticle(article('# Two\n', { articleId: '../../x' }), { path: 'b/two.md' });
    const bundle = exportLibrary([one, two]);
    const names = bundle.index.articles.map((entry) => entry.file);
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name).toMatch(/^articles\/[A-Za-z0-9][A-Za-z0-9._-]*\.json$/);
    expect(bundle.index.articles.map((entry) => entry.id)).toEqual(['../../x', '../../x']);
  });

  it('derive a stable id from the path when there is no articleId', () => {
    const first = parseArticle(article('# T\n', { articleId: undefined }), { path: 'articles/vm/boot.md' });
    const again = parseArticle(article('# Other\n', { articleId: undefined }), { path: 'articles/vm/boot.md' });
    expect(first.article?.id).toMatch(/^path-articles-vm-boot-[0-9a-f]{8}$/);
    expect(again.article?.id).toBe(first.article?.id);
  });
});

describe('selfhelp export (CLI)', () => {
  it('exports the samples with exit 0 and reports counts', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'selfhelp-'));
    const run = capture();
    const code = await runCli(['export', 'articles', '--out', path.join(out, 'content')], run.io(repoRoot));
    expect(code).toBe(0);
    const index = JSON.parse(await readFile(path.join(out, 'content', 'index.json'), 'utf8'));
    expect(index.articles.length).toBeGreaterThanOrEqual(14);
    expect((await readdir(path.join(out, 'content', 'schema'))).sort()).toEqual([
      'article.schema.json',
      'help-api.schema.json',
      'index.schema.json',
      'search-index.schema.json',
    ]);
    expect(run.err).toMatch(/\d+ files: \d+ exported, 0 rejected/);
  });

  it('exits 1 and lists a rejected file with its reason, exporting the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-'));
    await mkdir(path.join(dir, 'in'));
    await writeFile(path.join(dir, 'in', 'good.md'), article('# Good\n'));
    await writeFile(path.join(dir, 'in', 'bad.md'), '# No properties here\n');
    const run = capture();
    const code = await runCli(['export', 'in', '--out', 'out'], run.io(dir));
    expect(code).toBe(1);
    const index = JSON.parse(await readFile(path.join(dir, 'out', 'index.json'), 'utf8'));
    expect(index.articles.map((entry: { source: string }) => entry.source)).toEqual(['in/good.md']);
    expect(index.rejected).toEqual([{ source: 'in/bad.md', diagnostics: [expect.objectContaining({ ruleId: 'properties/missing' })] }]);
    expect(run.err).toContain('in/bad.md:1:1: error');
  });

  it('exits 2 on usage errors', async () => {
    const run = capture();
    expect(await runCli(['export', 'articles'], run.io(repoRoot))).toBe(2);
    expect(run.err).toContain('--out');
    expect(await runCli(['frobnicate'], run.io(repoRoot))).toBe(2);
  });

  it('parse prints one article as JSON', async () => {
    const run = capture();
    expect(await runCli(['parse', 'test/fixtures/seed-like.md'], run.io(repoRoot))).toBe(0);
    expect(JSON.parse(run.out).article.symptoms).toHaveLength(2);
  });
});
