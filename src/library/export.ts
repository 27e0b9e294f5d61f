import { availableParallelism } from 'node:os';
import { assembleExport, exportPiece, type ExportBundle, type ExportOptions, type ExportPiece } from '../export/bundle.js';
import { findMarkdownFiles, type FindOptions, type FoundFile } from './files.js';
import { loadFile } from './load.js';
import { exportInWorkers } from './pool.js';
import { MIN_FILES_PER_WORKER } from './validate.js';

export interface ExportFilesOptions extends FindOptions, ExportOptions {
  maxFileSizeBytes?: number;
  /** Worker threads; default: one per core for runs large enough to pay for starting them. */
  workers?: number;
}

/**
 * Find, read and export every article under the paths. Files are exported one by one (in worker threads
 * for large runs: each sends back its article's JSON, never its model) and then assembled; the bytes are
 * the same whatever the number of workers.
 */
export async function exportFiles(
  paths: readonly string[],
  options: ExportFilesOptions,
): Promise<{ bundle: ExportBundle; fileCount: number; found: FoundFile[]; pieces: ExportPiece[] }> {
  const found = await findMarkdownFiles(paths, options);
  const exportOptions: ExportOptions = { ...(options.cloud ? { cloud: options.cloud } : {}), ...(options.shapes ? { shapes: options.shapes } : {}) };
  const workers = Math.min(options.workers ?? Math.min(availableParallelism(), Math.floor(found.length / MIN_FILES_PER_WORKER)), found.length);
  let pieces: ExportPiece[];
  if (workers >= 2) pieces = await exportInWorkers(found, { ...exportOptions, maxFileSizeBytes: options.maxFileSizeBytes }, workers);
  else {
    pieces = [];
    for (const file of found) pieces.push(exportPiece(await loadFile(file, options.maxFileSizeBytes), exportOptions));
  }
  return { bundle: assembleExport(pieces, exportOptions), fileCount: found.length, found, pieces };
}
