import type { FoundFile } from '../library/files.js';
import { validateFoundFile, type FileOutcome, type JobSettings } from '../library/job.js';
import { allRules } from '../rules/index.js';

/** A batch of files validated in a worker thread (tinypool calls the default export). */
export default async function validateBatch(task: { files: FoundFile[]; settings: JobSettings }): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of task.files) outcomes.push(await validateFoundFile(file, task.settings, allRules));
  return outcomes;
}
