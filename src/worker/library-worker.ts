import { exportPiece, type ExportOptions, type ExportPiece } from '../export/bundle.js';
import type { FoundFile } from '../library/files.js';
import { validateFoundFile, type FileOutcome, type JobSettings } from '../library/job.js';
import { loadFile } from '../library/load.js';
import { allRules } from '../rules/index.js';

/** A batch of files validated in a worker thread (tinypool calls it by name). */
export async function validateBatch(task: { files: FoundFile[]; settings: JobSettings }): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of task.files) outcomes.push(await validateFoundFile(file, task.settings, allRules));
  return outcomes;
}

/** A batch of files read and exported in a worker thread: only the pieces' strings come back, not models. */
export async function exportBatch(task: { files: FoundFile[]; options: ExportOptions & { maxFileSizeBytes?: number } }): Promise<ExportPiece[]> {
  const pieces: ExportPiece[] = [];
  for (const file of task.files) pieces.push(exportPiece(await loadFile(file, task.options.maxFileSizeBytes), task.options));
  return pieces;
}
