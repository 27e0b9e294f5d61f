import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openExportFolder, writeBundle } from '../../src/export/write.js';
import { exportFiles, exportToFolder } from '../../src/library/export.js';
import { article } from '../helpers/article.js';
import { repoRoot } from '../helpers/fixtures.js';
import { readTree } from '../export/tree.js';

/** The sample articles, two files sharing an articleId (names must be decided across files) and a rejected one. */
function makeLibrary(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-export-'));
  cpSync(path.join(repoRoot, 'articles'), path.join(dir, 'articles'), { recursive: true });
  const twin = article('# Disk fills up\n\nSee [the guide](https://learn.microsoft.com/azure/disk).\n', { articleId: 'disk-fills-up' });
  writeFileSync(path.join(dir, 'articles', 'a-twin.md'), twin);
  writeFileSync(path.join(dir, 'articles', 'b-twin.md'), twin.replace('Disk fills up', 'Disk fills up again'));
  writeFileSync(path.join(dir, 'articles', 'no-properties.md'), '# Lost\n');
  return dir;
}

// One library for every test: they read `articles/` and write only to folders of their own beside it.
let dir: string;
beforeAll(() => {
  dir = makeLibrary();
});

describe('exportFiles gives the same bytes whatever the number of workers', () => {
  it('one thread and two worker threads write identical files, names decided across files', async () => {
    const single = await exportFiles(['articles'], { cwd: dir, workers: 1, shapes: ['help-api'] });
    const pooled = await exportFiles(['articles'], { cwd: dir, workers: 2, shapes: ['help-api'] });
    expect(pooled.fileCount).toBe(single.fileCount);
    expect([...pooled.bundle.files.keys()].sort()).toEqual([...single.bundle.files.keys()].sort());
    for (const [name, content] of single.bundle.files) expect(pooled.bundle.files.get(name), name).toBe(content);

    // Not vacuous: articles, a help-api solution, the shared id's second file renamed, the rejected file listed.
    const twins = single.bundle.index.articles.filter((entry) => entry.id === 'disk-fills-up').map((entry) => entry.file);
    expect(twins).toEqual([expect.stringMatching(/^articles\/disk-fills-up\.json$/), expect.stringMatching(/^articles\/disk-fills-up--[0-9a-f]{10}\.json$/)]);
    expect(single.bundle.index.articles.every((entry) => entry.helpApiFile !== undefined)).toBe(true);
    expect(single.bundle.index.rejected.map((entry) => entry.source)).toEqual(['articles/no-properties.md']);
  });

  it('a cloud build leaves out the same articles either way', async () => {
    const single = await exportFiles(['articles'], { cwd: dir, workers: 1, cloud: 'mooncake' });
    const pooled = await exportFiles(['articles'], { cwd: dir, workers: 2, cloud: 'mooncake' });
    expect(pooled.bundle.files.get('index.json')).toBe(single.bundle.files.get('index.json'));
    expect(single.bundle.index.articles.length).toBeLessThan(single.fileCount - 1);
  });
});

describe('exportToFolder writes articles as they are assembled', () => {
  it('writes the same folder as a whole bundle written at the end, holding no files itself', async () => {
    const whole = await exportFiles(['articles'], { cwd: dir, workers: 1, shapes: ['help-api'] });
    await writeBundle(whole.bundle, path.join(dir, 'whole'));
    const streamed = await exportToFolder(['articles'], path.join(dir, 'streamed'), { cwd: dir, workers: 2, shapes: ['help-api'] });
    expect(streamed.bundle.files.size).toBe(0);
    expect(streamed.stats).toEqual({ written: whole.bundle.files.size, unchanged: 0, removed: 0 });
    expect(await readTree(path.join(dir, 'streamed'))).toEqual(await readTree(path.join(dir, 'whole')));
    // Again over itself: every file is kept, none rewritten.
    const again = await exportToFolder(['articles'], path.join(dir, 'streamed'), { cwd: dir, workers: 1, shapes: ['help-api'] });
    expect(again.stats).toEqual({ written: 0, unchanged: whole.bundle.files.size, removed: 0 });
  });

  it('a write that fails half-way leaves the previous export and no temporary folder', async () => {
    await exportToFolder(['articles'], path.join(dir, 'kept'), { cwd: dir });
    const before = await readTree(path.join(dir, 'kept'));
    const folder = await openExportFolder(path.join(dir, 'kept'));
    folder.add('articles/one.json', '{}');
    folder.add('clash', 'a file');
    // A file and a folder of the same name: whichever is made second fails.
    folder.add('clash/two.json', '{}');
    await expect(folder.finish()).rejects.toThrow(/EEXIST|ENOTDIR|EISDIR/);
    expect(await readTree(path.join(dir, 'kept'))).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('.kept.'))).toEqual([]);
  });

  it('abort removes what was written so far and keeps the previous export', async () => {
    const before = await readTree(path.join(dir, 'kept'));
    const folder = await openExportFolder(path.join(dir, 'kept'));
    folder.add('articles/half.json', '{}');
    await folder.abort();
    expect(await readTree(path.join(dir, 'kept'))).toEqual(before);
    expect(existsSync(path.join(dir, `.kept.tmp-${process.pid}`))).toBe(false);
  });
});
