import Tinypool from 'tinypool';
import type { FoundFile } from './files.js';
import type { FileOutcome, JobSettings } from './job.js';

/**
 * Worker threads load compiled JavaScript. Running from TypeScript sources (the test runner), use the
 * build in dist/, which `npm install` makes.
 */
const workerFile = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/src/worker/validate-worker.js', import.meta.url)
  : new URL('../worker/validate-worker.js', import.meta.url);

/** Files per task: large enough that messaging costs little, small enough to keep both cores busy. */
const BATCH_SIZE = 64;

/** Validate files in a tinypool worker pool, calling back as each batch finishes. */
export async function runInWorkers(
  pending: ReadonlyArray<{ index: number; file: FoundFile }>,
  settings: JobSettings,
  threads: number,
  onDone: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  const pool = new Tinypool({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const batches: Array<Array<{ index: number; file: FoundFile }>> = [];
    for (let start = 0; start < pending.length; start += BATCH_SIZE) batches.push(pending.slice(start, start + BATCH_SIZE));
    await Promise.all(
      batches.map(async (batch) => {
        const outcomes = (await pool.run({ files: batch.map((entry) => entry.file), settings })) as FileOutcome[];
        outcomes.forEach((outcome, position) => onDone(batch[position]!.index, outcome));
      }),
    );
  } finally {
    await pool.destroy();
  }
}
