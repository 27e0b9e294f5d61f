import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { writeBundle } from '../../src/export/write.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';
import { capture } from './cli.js';
import { inodes, readTree } from './tree.js';

const body = (title: string) => `# ${title}\n\n## **Recommended Steps**\n\nRestart the ${title.toLowerCase()} and try again.\n`;

async function library() {
  const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-incremental-'));
  await mkdir(path.join(dir, 'in'));
  const put = (name: string, title: string) => writeFile(path.join(dir, 'in', `${name}.md`), article(body(title), { articleId: name }));
  await put('gateway', 'Gateway');
  await put('firewall', 'Firewall');
  await put('peering', 'Peering');
  return { dir, put, out: path.join(dir, 'out') };
}

const exportIn = async (dir: string, ...options: string[]) => {
  const run = capture();
  const code = await runCli(['export', 'in', '--out', 'out', ...options], run.io(dir));
  return { code, err: run.err };
};

describe('incremental export', () => {
  it('rewrites only changed articles, adds new ones and removes those whose sources are gone', async () => {
    const { dir, put, out } = await library();
    const first = await exportIn(dir);
    expect(first.err).toContain('(9 files written, 0 unchanged, 0 removed)');
    const before = await inodes(out);

    await put('firewall', 'Firewall rules');
    await rm(path.join(dir, 'in', 'peering.md'));
    await put('routing', 'Routing');
    const second = await exportIn(dir);

    const after = await inodes(out);
    const tree = await readTree(out);
    // index, search index and the two changed articles are new; the gateway article and 4 schemas are kept.
    expect(second.err).toContain('(4 files written, 5 unchanged, 1 removed)');
    expect(after.get('articles/gateway.json')).toBe(before.get('articles/gateway.json'));
    expect(after.get('schema/article.schema.json')).toBe(before.get('schema/article.schema.json'));
    expect(after.get('articles/firewall.json')).not.toBe(before.get('articles/firewall.json'));
    expect(tree.get('articles/firewall.json')).toContain('Firewall rules');
    expect(tree.has('articles/peering.json')).toBe(false);
    expect(tree.has('articles/routing.json')).toBe(true);
    expect(JSON.parse(tree.get('index.json')!).articles.map((entry: { id: string }) => entry.id)).toEqual(['firewall', 'gateway', 'routing']);
    expect((await readdir(dir)).sort()).toEqual(['in', 'out']);
  });

  it('--clean writes every file again', async () => {
    const { dir, out } = await library();
    await exportIn(dir);
    const before = await inodes(out);
    const { err } = await exportIn(dir, '--clean');
    expect(err).toContain('(9 files written, 0 unchanged, 0 removed)');
    const after = await inodes(out);
    for (const [file, inode] of before) expect(after.get(file), file).not.toBe(inode);
  });

  it('gives the same bytes as a clean export', async () => {
    const { dir, put, out } = await library();
    await exportIn(dir);
    await put('gateway', 'Gateway timeout');
    await exportIn(dir);
    const incremental = await readTree(out);
    await exportIn(dir, '--clean');
    expect(await readTree(out)).toEqual(incremental);
  });
});

describe('interrupted runs', () => {
  it('put back a previous export left half-swapped by a killed run', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'selfhelp-swap-'));
    const out = path.join(parent, 'content');
    const one = exportLibrary([parseArticle(article(body('Gateway'), { articleId: 'one' }), { path: 'in/one.md' })]);
    await writeBundle(one, out);
    // A run killed between "move the old export aside" and "move the new one in", by a process now gone.
    await rename(out, path.join(parent, '.content.old-999999999'));
    await mkdir(path.join(parent, '.content.tmp-999999999'));
    const two = exportLibrary([parseArticle(article(body('Firewall'), { articleId: 'two' }), { path: 'in/two.md' })]);
    const stats = await writeBundle(two, out);
    expect(stats.removed).toBe(1);
    expect(stats.unchanged).toBe(4);
    expect(existsSync(path.join(out, 'articles', 'two.json'))).toBe(true);
    expect((await readdir(parent)).sort()).toEqual(['content']);
  });

  it('refuse to write outside the export folder', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'selfhelp-escape-')), 'content');
    const bundle = { index: exportLibrary([]).index, files: new Map([['../escaped.json', '{}']]) };
    await expect(writeBundle(bundle, out)).rejects.toThrow('Refusing to write outside the export folder');
    expect(existsSync(path.join(path.dirname(out), 'escaped.json'))).toBe(false);
    expect(await readdir(path.dirname(out))).toEqual([]);
  });
});
