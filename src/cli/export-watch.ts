import path from 'node:path';
import type { ExportFilesOptions } from '../library/export.js';
import { writeBundle, writeBundleChanges } from '../export/write.js';
import { openExportSession } from '../watch/export-session.js';
import { watchPaths } from '../watch/watcher.js';
import type { Io } from './io.js';

export interface ExportWatchSettings {
  paths: readonly string[];
  out: string;
  options: ExportFilesOptions;
  /** Stops watching; the CLI aborts it on Ctrl+C, tests when they are done. */
  signal: AbortSignal;
  debounceMs?: number;
}

/**
 * `selfhelp export --watch`: export once (the whole folder swapped in atomically), then after each save
 * re-export only the files it touched and rewrite just the export files whose bytes changed (the
 * article, the index, the search index). Returns 0 when stopped.
 */
export async function watchExport(settings: ExportWatchSettings, io: Io): Promise<number> {
  const outDir = path.resolve(io.cwd, settings.out);
  const session = await openExportSession(settings.paths, { ...settings.options, cwd: io.cwd });
  let written = session.bundle();
  const stats = await writeBundle(written, outDir);
  io.stderr.write(`${written.index.articles.length} exported, ${written.index.rejected.length} rejected (${stats.written} files written, ${stats.unchanged} unchanged)\n`);
  let chain = Promise.resolve();
  const watcher = await watchPaths(
    settings.paths,
    (files) => {
      chain = chain
        .then(async () => {
          const changed = await session.refresh(files);
          if (changed.length === 0) return;
          const next = session.bundle();
          const update = await writeBundleChanges(written, next, outDir);
          written = next;
          io.stderr.write(`${new Date().toLocaleTimeString()} re-exported ${changed.join(', ')}: ${update.written} files written, ${update.removed} removed\n`);
        })
        .catch((error: unknown) => {
          // Keep watching: the next save may well fix whatever went wrong.
          io.stderr.write(`Could not re-export: ${(error as Error).message}\n`);
        });
    },
    { cwd: io.cwd, debounceMs: settings.debounceMs, onError: (error) => io.stderr.write(`Watch error: ${error.message}\n`) },
  );
  io.stderr.write(`Watching ${settings.paths.join(', ')} for changes (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    if (settings.signal.aborted) resolve();
    settings.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  watcher.close();
  await chain;
  return 0;
}
