import { availableParallelism } from 'node:os';
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
 * A worker holds two batches at most, a few megabytes, but V8 lets an idle old generation grow far
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

/** Below this many files a worker pool costs more to start than it saves. */
export const MIN_FILES_PER_WORKER = 150;

/** Workers for a run of `files` files: one per core when it is large enough, or the count asked for (never more than the files). */
const workerCount = (files: number, requested?: number): number =>
  Math.min(requested ?? Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER)), files);

/**
 * A run's worker pool, started as soon as its size is known. By default that is during the file walk:
 * once it has found enough files for every core, more files no longer change the count, so the workers
 * load the parser (about half a second) while this thread still walks and loads its own modules.
 */
export class RunWorkers {
  #pool: Tinypool | undefined;
  readonly #limits: ResourceLimits;
  readonly #cores = availableParallelism();

  constructor(
    kind: 'validate' | 'export',
    private readonly requested?: number,
  ) {
    this.#limits = kind === 'export' ? EXPORT_WORKER_LIMITS : WORKER_LIMITS;
  }

  /** For `findMarkdownFiles`' `onCount`, when every file found will be worked on. */
  readonly onCount = (count: number): void => {
    if (this.requested === undefined && this.#cores >= 2 && count === this.#cores * MIN_FILES_PER_WORKER) this.#pool = startPool(this.#cores, this.#limits);
  };

  /** Start the pool for `files` files now, unless one is running or the run is too small for one. */
  startFor(files: number): void {
    const threads = workerCount(files, this.requested);
    if (!this.#pool && threads >= 2) this.#pool = startPool(threads, this.#limits);
  }

  /** The pool for `files` files, to hand to `runInWorkers` or `exportInWorkers` (which stop it), or none. */
  take(files: number): Tinypool | undefined {
    this.startFor(files);
    const pool = this.#pool;
    this.#pool = undefined;
    return pool;
  }

  /** Stop a pool that was started but never taken (the run failed before it). */
  async dispose(): Promise<void> {
    await this.#pool?.destroy();
    this.#pool = undefined;
  }
}

/** Validate files in a worker pool, calling back as each batch finishes; the pool is stopped at the end. */
export function runInWorkers(
  pending: ReadonlyArray<{ index: number; file: FoundFile }>,
  settings: JobSettings,
  pool: Tinypool,
  onDone: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  return mapInWorkers(pool, pending.map((entry) => entry.file), 'validateBatch', { settings }, (position, outcome: FileOutcome) =>
    onDone(pending[position]!.index, outcome),
  );
}

/** Read and export files in a worker pool, calling back with each file's position in `files` and its piece; the pool is stopped at the end. */
export function exportInWorkers(
  files: readonly FoundFile[],
  options: ExportOptions & { maxFileSizeBytes?: number },
  pool: Tinypool,
  onDone: (position: number, piece: ExportPiece) => void,
): Promise<void> {
  return mapInWorkers(pool, files, 'exportBatch', { options }, onDone);
}

/**
 * Two batches in flight per worker: when one ends, the next is already in the worker's queue, so the
 * worker does not wait for this thread (busy writing an export, say) to hand it more.
 */
const startPool = (threads: number, resourceLimits: ResourceLimits): Tinypool =>
  new Tinypool({ filename: workerFile.href, minThreads: threads, maxThreads: threads, resourceLimits, concurrentTasksPerWorker: 2 });

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
