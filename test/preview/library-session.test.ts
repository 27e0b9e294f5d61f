import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateLibrary } from '../../src/library/validate.js';
import { openLibrarySession } from '../../src/watch/library-session.js';
import { makeLibrary, rejectedSource, seedSource } from './library.js';

describe('library session (watch and preview)', () => {
  let library: ReturnType<typeof makeLibrary>;
  beforeEach(() => {
    library = makeLibrary();
  });
  afterEach(() => library.cleanup());

  it('finds the same diagnostics as validateLibrary, file by file', async () => {
    const session = await openLibrarySession(['articles'], { cwd: library.dir });
    const expected = await validateLibrary(['articles'], { cwd: library.dir, workers: 1 });
    expect(session.entries().map((entry) => [entry.source, entry.diagnostics])).toEqual(expected.map((file) => [file.source, file.diagnostics]));
    expect(session.get(seedSource)?.article?.symptoms).toHaveLength(2);
    expect(session.get(rejectedSource)?.article).toBeUndefined();
  });

  it('reads the library in worker threads when it keeps only diagnostics, with the same results', async () => {
    const session = await openLibrarySession(['articles'], { cwd: library.dir, keepArticles: false, workers: 2 });
    const expected = await validateLibrary(['articles'], { cwd: library.dir, workers: 1 });
    expect(session.entries().map((entry) => [entry.source, entry.diagnostics])).toEqual(expected.map((file) => [file.source, file.diagnostics]));
    expect(session.entries().every((entry) => entry.article === undefined)).toBe(true);
    expect(session.entries().flatMap((entry) => entry.diagnostics).length).toBeGreaterThan(0);
  });

  it('re-reads only what changed, and agrees with a fresh run afterwards', async () => {
    const session = await openLibrarySession(['articles'], { cwd: library.dir });
    expect(await session.refresh()).toEqual([]);
    const before = session.get('articles/microsoft.web/appservice-slot-swap-warmup-timeout.md');
    // Give the seed article the articleId of another file: library rules must now flag both.
    const seed = library.file(seedSource);
    const otherId = before!.article!.metadata.articleId!;
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('displayOrder=""', `displayOrder="" articleId="${otherId}"`));
    rmSync(library.file(rejectedSource));
    writeFileSync(library.file('articles/drafts/added.md'), '<properties pageTitle="Added" />\n\n# Added\n');
    // The watcher names every file it saw change; only those are looked at (no rescan of the library).
    const hinted = [seed, library.file(rejectedSource), library.file('articles/drafts/added.md')];
    expect(await session.refresh(hinted)).toEqual(['articles/drafts/added.md', rejectedSource, seedSource]);
    // Not re-read, yet its library-wide findings are new.
    expect(session.get('articles/microsoft.web/appservice-slot-swap-warmup-timeout.md')).toBe(before);
    expect(before!.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('library/duplicate-article-id');
    const fresh = await validateLibrary(['articles'], { cwd: library.dir, workers: 1 });
    expect(session.entries().map((entry) => [entry.source, entry.diagnostics])).toEqual(fresh.map((file) => [file.source, file.diagnostics]));
  });

  it('rescans the whole library when the watcher names no file', async () => {
    const session = await openLibrarySession(['articles'], { cwd: library.dir });
    writeFileSync(library.file('articles/drafts/unnamed.md'), '<properties pageTitle="Unnamed" />\n\n# Unnamed\n');
    expect(await session.refresh()).toEqual(['articles/drafts/unnamed.md']);
    rmSync(library.file('articles/drafts/unnamed.md'));
  });

  it('ignores a touch that leaves the bytes as they were', async () => {
    const session = await openLibrarySession(['articles'], { cwd: library.dir });
    const seed = library.file(seedSource);
    writeFileSync(seed, readFileSync(seed));
    expect(await session.refresh([seed])).toEqual([]);
  });

  it('keeps library findings through a body edit, and moves them on the files a summary edit touches', async () => {
    const session = await openLibrarySession(['articles'], { cwd: library.dir });
    const otherSource = 'articles/microsoft.web/appservice-slot-swap-warmup-timeout.md';
    const otherId = session.get(otherSource)!.article!.metadata.articleId!;
    const seed = library.file(seedSource);
    const original = readFileSync(seed, 'utf8');
    writeFileSync(seed, original.replace('displayOrder=""', `displayOrder="" articleId="${otherId}"`));
    await session.refresh([seed]);
    expect(session.updated()).toEqual([seedSource, otherSource]);

    // A body edit: the summary is unchanged, so only the edited file is reported again, findings kept.
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\nSee [the guide](http://example.com/guide).\n`);
    await session.refresh([seed]);
    expect(session.updated()).toEqual([seedSource]);
    const ruleIds = session.get(seedSource)!.diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(ruleIds).toContain('library/duplicate-article-id');
    expect(ruleIds).toContain('links/insecure');
    const fresh = await validateLibrary(['articles'], { cwd: library.dir, workers: 1 });
    expect(session.entries().map((entry) => [entry.source, entry.diagnostics])).toEqual(fresh.map((file) => [file.source, file.diagnostics]));

    // Taking the id back clears the other file's finding too, though that file was not read again.
    writeFileSync(seed, original);
    await session.refresh([seed]);
    expect(session.updated()).toEqual([seedSource, otherSource]);
    expect(session.get(otherSource)!.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('library/duplicate-article-id');
  });
});
