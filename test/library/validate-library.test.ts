import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheFile } from '../../src/library/cache.js';
import { validateLibrary, type ValidatedFile } from '../../src/library/validate.js';
import { repoRoot } from '../helpers/fixtures.js';
import { article } from '../helpers/article.js';

/** A library with clean samples plus files that raise per-file and library-wide findings. */
function makeLibrary(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-lib-'));
  cpSync(path.join(repoRoot, 'articles'), path.join(dir, 'articles'), { recursive: true });
  const broken = article('# Disk fills up\n\nSee [the guide](https://aka.ms/disk) and [here](http://learn.microsoft.com/en-us/azure/disk).\n', {
    articleId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  });
  writeFileSync(path.join(dir, 'articles', 'broken.md'), broken);
  writeFileSync(path.join(dir, 'articles', 'twin.md'), broken.replace('Disk fills up', 'Disk twin'));
  writeFileSync(path.join(dir, 'articles', 'no-properties.md'), '# Lost\n');
  return dir;
}

const summary = (files: readonly ValidatedFile[]) => files.map((file) => [file.source, file.diagnostics]);

describe('validateLibrary gives the same results whatever the workers and cache', () => {
  let dir: string;
  let single: ValidatedFile[];
  beforeAll(async () => {
    dir = makeLibrary();
    single = await validateLibrary(['articles'], { cwd: dir, workers: 1 });
  });

  it('finds per-file and library-wide problems (the comparison is not vacuous)', () => {
    const rules = single.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['links/aka-ms', 'links/locale', 'links/insecure', 'library/duplicate-article-id', 'properties/missing']));
  });

  it('two worker threads give identical diagnostics', async () => {
    const pooled = await validateLibrary(['articles'], { cwd: dir, workers: 2 });
    expect(summary(pooled)).toEqual(summary(single));
  });

  it('a cold and a warm cache give identical diagnostics, and a warm run reads no file twice', async () => {
    const cacheLocation = '.cache/selfhelp';
    const cold = await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' });
    const warm = await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' });
    expect(summary(cold)).toEqual(summary(single));
    expect(summary(warm)).toEqual(summary(single));
    const stored = readFileSync(cacheFile(path.join(dir, cacheLocation)), 'utf8');
    expect(stored.split('\n')[0]).toMatch(/"checksum":"[0-9a-f]{64}"/);
  });

  it('re-validates a changed file and ignores a corrupt or stale cache', async () => {
    const cacheLocation = '.cache/changed';
    await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' });
    const file = path.join(dir, 'articles', 'broken.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('https://aka.ms/disk', 'https://learn.microsoft.com/azure/disk'));
    const changed = await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' });
    const rulesOf = (files: ValidatedFile[]) => files.find((entry) => entry.source === 'articles/broken.md')!.diagnostics.map((d) => d.ruleId);
    expect(rulesOf(changed)).not.toContain('links/aka-ms');
    writeFileSync(file, original);

    // Flip the cached diagnostics without fixing the checksum: the cache must not be trusted.
    const location = cacheFile(path.join(dir, cacheLocation));
    await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' });
    writeFileSync(location, readFileSync(location, 'utf8').replaceAll('links/aka-ms', 'links/forged'));
    expect(summary(await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' }))).toEqual(summary(single));
    writeFileSync(location, '{ not json');
    expect(summary(await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't' }))).toEqual(summary(single));
    // Another configuration must not reuse entries made under this one.
    const quiet = await validateLibrary(['articles'], { cwd: dir, cacheLocation, version: 't', config: { rules: { 'links/aka-ms': 'off' } } });
    expect(quiet.flatMap((entry) => entry.diagnostics).some((d) => d.ruleId === 'links/aka-ms')).toBe(false);
  });
});
