import path from 'node:path';
import { assembleExport, exportPiece, type ExportBundle, type ExportPiece } from '../export/bundle.js';
import { exportFiles, type ExportFilesOptions } from '../library/export.js';
import { loadFile } from '../library/load.js';
import { filesToCheck, stampOf } from './changed-files.js';

export interface ExportSession {
  /** The export as it stands after the last refresh. */
  bundle(): ExportBundle;
  /** Re-export the files the watcher named (or, for other events, whatever changed); returns the sources that changed. */
  refresh(hinted: readonly string[]): Promise<string[]>;
}

/**
 * An export kept in memory between saves, for `export --watch`: each file's piece (its JSON, index
 * entry and search document) is kept, a save re-exports only the files it touched, and the index and
 * search index are assembled again from the pieces.
 */
export async function openExportSession(paths: readonly string[], options: ExportFilesOptions): Promise<ExportSession> {
  const exportOptions = { ...(options.cloud ? { cloud: options.cloud } : {}), ...(options.shapes ? { shapes: options.shapes } : {}) };
  const first = await exportFiles(paths, options);
  const pieces = new Map<string, { piece: ExportPiece; stamp: string }>();
  for (const [index, file] of first.found.entries()) pieces.set(file.source, { piece: first.pieces[index]!, stamp: await stampOf(file.path) });
  let bundle = first.bundle;

  async function refresh(hinted: readonly string[]): Promise<string[]> {
    const { found, complete } = await filesToCheck(paths, hinted, options, false);
    const hints = new Set(hinted.map((file) => path.resolve(options.cwd ?? process.cwd(), file)));
    const changed: string[] = [];
    const present = new Set<string>();
    for (const file of found) {
      present.add(file.source);
      const stamp = await stampOf(file.path);
      const previous = pieces.get(file.source);
      if (previous && previous.stamp === stamp && !hints.has(file.path)) continue;
      const piece = exportPiece(await loadFile(file, options.maxFileSizeBytes), exportOptions);
      if (previous && JSON.stringify(previous.piece) === JSON.stringify(piece)) continue;
      pieces.set(file.source, { piece, stamp });
      changed.push(file.source);
    }
    const known = [...pieces.keys()];
    const gone = complete ? known : known.filter((source) => hints.has(path.resolve(options.cwd ?? process.cwd(), source)));
    for (const source of gone) {
      if (present.has(source)) continue;
      pieces.delete(source);
      changed.push(source);
    }
    if (changed.length > 0) bundle = assembleExport([...pieces.values()].map((entry) => entry.piece), exportOptions);
    return changed.sort();
  }

  return { bundle: () => bundle, refresh };
}
