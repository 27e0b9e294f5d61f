import type { ExportBundle, ExportOptions, ExportPiece } from '../export/bundle.js';
import { writeExportFolder, type WriteOptions, type WriteStats } from '../export/write.js';
import { findMarkdownFiles, type FindOptions, type FoundFile } from './files.js';
import { exportInWorkers, RunWorkers } from './pool.js';

export interface ExportFilesOptions extends FindOptions, ExportOptions {
  maxFileSizeBytes?: number;
  /** Worker threads; default: one per core for runs large enough to pay for starting them. */
  workers?: number;
  /** Receives each export file as soon as it is named (see ExportAssembler); the bundle then holds none. */
  onFile?: (relative: string, content: string) => void;
}

/**
 * Find, read and export every article under the paths. Files are exported one by one (in worker threads
 * for large runs: each sends back its article's JSON, never its model) and then assembled; the bytes are
 * the same whatever the number of workers. `pieces` are each found file's piece, or none when the files
 * went to `onFile` (then nothing is held).
 */
export async function exportFiles(
  paths: readonly string[],
  options: ExportFilesOptions,
): Promise<{ bundle: ExportBundle; fileCount: number; found: FoundFile[]; pieces: ExportPiece[] }> {
  const workers = new RunWorkers('export', options.workers);
  try {
    // Workers may start during the walk and load while this thread loads the exporter (imported on demand).
    const found = await findMarkdownFiles(paths, { ...options, onCount: workers.onCount });
    workers.startFor(found.length);
    const { ExportAssembler, exportPiece } = await import('../export/bundle.js');
    const exportOptions: ExportOptions = { ...(options.cloud ? { cloud: options.cloud } : {}), ...(options.shapes ? { shapes: options.shapes } : {}) };
    // Pieces are assembled in source order as soon as they and every piece before them are in.
    const order = found.map((_, position) => position).sort((a, b) => compareSources(found[a]!.source, found[b]!.source));
    const assembler = new ExportAssembler(exportOptions, options.onFile);
    // Streaming to onFile, a piece is dropped once assembled; otherwise all are kept for the caller.
    const pieces: ExportPiece[] = options.onFile ? [] : new Array<ExportPiece>(found.length);
    const waiting = new Map<number, ExportPiece>();
    let next = 0;
    const onPiece = (position: number, piece: ExportPiece) => {
      waiting.set(position, piece);
      for (let ready = waiting.get(order[next]!); ready !== undefined; ready = waiting.get(order[next]!)) {
        waiting.delete(order[next]!);
        if (!options.onFile) pieces[order[next]!] = ready;
        assembler.add(ready);
        next += 1;
      }
    };
    const pool = workers.take(found.length);
    if (pool) await exportInWorkers(found, { ...exportOptions, maxFileSizeBytes: options.maxFileSizeBytes }, pool, onPiece);
    else {
      const { loadFile } = await import('./load.js');
      for (const [position, file] of found.entries()) onPiece(position, exportPiece(await loadFile(file, options.maxFileSizeBytes), exportOptions));
    }
    return { bundle: assembler.finish(), fileCount: found.length, found, pieces };
  } finally {
    await workers.dispose();
  }
}

/**
 * Export the articles under the paths into a folder, writing each article as soon as it is assembled
 * (a library's export is never held whole in memory), and swap the folder in at the end: on failure the
 * previous export is left as it was.
 */
export async function exportToFolder(
  paths: readonly string[],
  outDir: string,
  options: Omit<ExportFilesOptions, 'onFile'> & WriteOptions,
): Promise<{ bundle: ExportBundle; fileCount: number; stats: WriteStats }> {
  const { filled, stats } = await writeExportFolder(outDir, options, (add) => exportFiles(paths, { ...options, onFile: add }));
  return { bundle: filled.bundle, fileCount: filled.fileCount, stats };
}

const compareSources = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
