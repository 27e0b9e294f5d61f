import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchExport } from '../../src/cli/export-watch.js';
import { exportFiles } from '../../src/library/export.js';
import { makeLibrary, seedSource, waitFor } from './library.js';

describe('selfhelp export --watch', () => {
  let library: ReturnType<typeof makeLibrary>;
  beforeEach(() => {
    library = makeLibrary();
  });
  afterEach(() => library.cleanup());

  it('exports once, then rewrites only the files a save changes, ending equal to a fresh export', async () => {
    let stderr = '';
    const io = { cwd: library.dir, stdout: { write: () => true }, stderr: { write: (chunk: string) => (stderr += chunk) } };
    const controller = new AbortController();
    const options = { cwd: library.dir, workers: 1 };
    const running = watchExport({ paths: ['articles'], out: 'out', options, signal: controller.signal, debounceMs: 30 }, io);
    await waitFor(() => stderr.includes('Watching'));
    const out = path.join(library.dir, 'out');
    const index = () => JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { articles: Array<{ source: string; file: string; title: string }> };
    const seedEntry = index().articles.find((entry) => entry.source === seedSource)!;
    const untouched = index().articles.find((entry) => entry.source !== seedSource)!;
    const untouchedBefore = readFileSync(path.join(out, untouched.file), 'utf8');

    // Edit the title of one article, and add a new one.
    const seed = library.file(seedSource);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(/^# .*$/m, '# A renamed symptom'));
    await waitFor(() => stderr.includes('re-exported'));
    expect(stderr).toMatch(new RegExp(`re-exported ${seedSource}: 3 files written, 0 removed`));
    expect(index().articles.find((entry) => entry.source === seedSource)!.title).toBe('A renamed symptom');
    expect(JSON.parse(readFileSync(path.join(out, seedEntry.file), 'utf8')).title).toBe('A renamed symptom');
    expect(readFileSync(path.join(out, untouched.file), 'utf8')).toBe(untouchedBefore);

    // Delete it: its file goes, the index forgets it.
    stderr = '';
    rmSync(seed);
    await waitFor(() => stderr.includes('re-exported'));
    expect(existsSync(path.join(out, seedEntry.file))).toBe(false);
    controller.abort();
    expect(await running).toBe(0);

    // The folder equals what a one-shot export of the library writes now.
    const fresh = await exportFiles(['articles'], { cwd: library.dir, workers: 1 });
    for (const [name, content] of fresh.bundle.files) expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(content);
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(written).toHaveLength(fresh.bundle.files.size);
  });
});
