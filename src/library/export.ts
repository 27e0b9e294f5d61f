import { availableParallelism } from 'node:os';
import { ExportAssembler, exportPiece, type ExportBundle, type ExportOptions, type ExportPiece } from '../export/bundle.js';
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
  // Pieces are assembled in source order as soon as they and every piece before them are in.
  const order = found.map((_, position) => position).sort((a, b) => compareSources(found[a]!.source, found[b]!.source));
  const assembler = new ExportAssembler(exportOptions);
  const pieces = new Array<ExportPiece>(found.length);
  let next = 0;
  const onPiece = (position: number, piece: ExportPiece) => {
    pieces[position] = piece;
    while (next < order.length && pieces[order[next]!] !== undefined) assembler.add(pieces[order[next++]!]!);
  };
  if (workers >= 2) await exportInWorkers(found, { ...exportOptions, maxFileSizeBytes: options.maxFileSizeBytes }, workers, onPiece);
  else for (const [position, file] of found.entries()) onPiece(position, exportPiece(await loadFile(file, options.maxFileSizeBytes), exportOptions));
  return { bundle: assembler.finish(), fileCount: found.length, found, pieces };
}

const compareSources = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
