import type { ResourceLimits } from 'node:worker_threads';
import Tinypool from 'tinypool';
import type { ExportOptions, ExportPiece } from '../export/bundle.js';
import type { FoundFile } from './files.js';
import type { FileOutcome, JobSettings } from './job.js';

/**
 * Worker threads load compiled JavaScript. Running from TypeScript sources (the test runner), use the
 * build in dist/, which `npm install` makes.
 */
const workerFile = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/src/worker/library-worker.js', import.meta.url)
  : new URL('../worker/library-worker.js', import.meta.url);

/**
 * A worker holds one batch at a time, a few megabytes, but V8 lets an idle old generation grow far
 * past that before collecting it; a ceiling makes it collect sooner (peak RSS of a 16,000-file run:
 * 440 MB without, see the benchmark with). 256 MB still leaves room for the largest file allowed.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256 };

/**
 * Export workers allocate far more than they keep (HTML trees, JSON text): a young generation of 64 MB
 * instead of V8's default gave about a tenth less CPU at scale 8 (fewer scavenges), for about 90 MB
 * more RSS. Validation keeps the default: with 64 MB its peak RSS went over its 400 MB budget.
 */
const EXPORT_WORKER_LIMITS = { ...WORKER_LIMITS, maxYoungGenerationSizeMb: 64 };

/** Files per task: large enough that messaging costs little, small enough to keep both cores busy. */
const BATCH_SIZE = 64;

/**
 * Start validation workers now, before the files are known: each loads the parser and the rule catalogue
 * (about half a second) while the calling thread is still busy, instead of after it.
 */
export function startValidationWorkers(threads: number): Tinypool {
  return startPool(threads, WORKER_LIMITS);
}

/** Validate files in a tinypool worker pool (new, or one from `startValidationWorkers`), calling back as each batch finishes. */
export function runInWorkers(
  pending: ReadonlyArray<{ index: number; file: FoundFile }>,
  settings: JobSettings,
  workers: number | Tinypool,
  onDone: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  const pool = typeof workers === 'number' ? startPool(workers, WORKER_LIMITS) : workers;
  return mapInWorkers(pool, pending.map((entry) => entry.file), 'validateBatch', { settings }, (position, outcome: FileOutcome) =>
    onDone(pending[position]!.index, outcome),
  );
}

/** Read and export files in worker threads, calling back with each file's position in `files` and its piece. */
export function exportInWorkers(
  files: readonly FoundFile[],
  options: ExportOptions & { maxFileSizeBytes?: number },
  threads: number,
  onDone: (position: number, piece: ExportPiece) => void,
): Promise<void> {
  return mapInWorkers(startPool(threads, EXPORT_WORKER_LIMITS), files, 'exportBatch', { options }, onDone);
}

const startPool = (threads: number, resourceLimits: ResourceLimits): Tinypool =>
  new Tinypool({ filename: workerFile.href, minThreads: threads, maxThreads: threads, resourceLimits });

/** Run a worker export over batches of files, then stop the pool; `onDone` gets each file's position in `files` and its result. */
async function mapInWorkers<R>(
  pool: Tinypool,
  files: readonly FoundFile[],
  name: 'validateBatch' | 'exportBatch',
  shared: Record<string, unknown>,
  onDone: (position: number, result: R) => void,
): Promise<void> {
  try {
    const starts: number[] = [];
    for (let start = 0; start < files.length; start += BATCH_SIZE) starts.push(start);
    await Promise.all(
      starts.map(async (start) => {
        const results = (await pool.run({ ...shared, files: files.slice(start, start + BATCH_SIZE) }, { name })) as R[];
        results.forEach((result, offset) => onDone(start + offset, result));
      }),
    );
  } finally {
    await pool.destroy();
  }
}
