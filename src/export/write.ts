import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_INDEX_FILE, type ExportBundle } from './bundle.js';

export interface WriteOptions {
  /** Rebuild every file instead of reusing unchanged ones from the previous export. */
  clean?: boolean;
}

export interface WriteStats {
  /** Files whose content is new or changed. */
  written: number;
  /** Files identical to the previous export's, hard-linked (or copied) across. */
  unchanged: number;
  /** Files of the previous export that the new one no longer has (sources gone, ids changed). */
  removed: number;
}

/** How many files are read, compared and written at once: enough to hide I/O latency, few enough for any fd limit. */
const CONCURRENCY = 32;

/**
 * Write the bundle to a temporary folder beside `outDir`, then swap it in, so a run killed half-way
 * leaves the previous export as it was. Incremental: a file whose bytes equal the previous export's is
 * hard-linked from it instead of written (the previous folder is never modified, so atomicity holds),
 * and files the bundle no longer has are simply not carried over.
 */
export async function writeBundle(bundle: ExportBundle, outDir: string, options: WriteOptions = {}): Promise<WriteStats> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  const temporary = path.join(parent, `.${name}.tmp-${process.pid}`);
  const previous = path.join(parent, `.${name}.old-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(parent, name, target);
  await removeStaleFolders(parent, name);
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  const before = options.clean ? new Set<string>() : await listFiles(target);
  const targets = [...bundle.files].map(([relative, content]) => {
    const file = path.resolve(temporary, relative);
    // Names come from sanitised ids; this guard makes escaping the folder impossible, not just unlikely.
    if (!file.startsWith(temporary + path.sep)) throw new Error(`Refusing to write outside the export folder: ${relative}`);
    return { relative, content, file };
  });
  await mkdir(temporary, { recursive: true });
  // Folders first, once each (a handful, for thousands of files).
  for (const folder of new Set(targets.map(({ file }) => path.dirname(file)))) await mkdir(folder, { recursive: true });
  const jobs = targets.map(({ relative, content, file }) => async () => {
    const old = path.join(target, relative);
    if (before.has(relative) && (await sameContent(old, content))) {
      await link(old, file).catch(() => copyFile(old, file));
      stats.unchanged += 1;
    } else {
      await writeFile(file, content);
      stats.written += 1;
    }
  });
  try {
    await runLimited(jobs, CONCURRENCY);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  for (const relative of before) if (!bundle.files.has(relative)) stats.removed += 1;
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(temporary, target);
  await rm(previous, { recursive: true, force: true });
  return stats;
}

async function sameContent(file: string, content: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes !== undefined && bytes.equals(Buffer.from(content));
}

/** Every file under a folder, as forward-slash paths relative to it; empty when there is no folder. */
async function listFiles(folder: string): Promise<Set<string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // `parentPath` is Node ≥ 20.12; `path` is its older name.
    const directory = (entry as { parentPath?: string }).parentPath ?? (entry as { path?: string }).path ?? folder;
    files.add(path.relative(folder, path.join(directory, entry.name)).split(path.sep).join('/'));
  }
  return files;
}

/**
 * A run killed between its two renames leaves no target but a complete `.old-<pid>` folder: put it
 * back before doing anything else, so "the previous export" is always found where it belongs.
 */
async function recoverInterruptedSwap(parent: string, name: string, target: string): Promise<void> {
  const siblings = await readdir(parent).catch(() => [] as string[]);
  const exists = siblings.includes(name);
  const old = siblings.filter((entry) => entry.startsWith(`.${name}.old-`)).sort();
  if (!exists && old.length > 0 && !isRunning(pidOf(old[0]!))) await rename(path.join(parent, old[0]!), target);
}

/** Temporary folders of runs that were killed (their process is gone); a running export's are left alone. */
async function removeStaleFolders(parent: string, name: string): Promise<void> {
  const siblings = await readdir(parent).catch(() => [] as string[]);
  for (const entry of siblings) {
    const stale = (entry.startsWith(`.${name}.tmp-`) || entry.startsWith(`.${name}.old-`)) && !isRunning(pidOf(entry));
    if (stale) await rm(path.join(parent, entry), { recursive: true, force: true });
  }
}

const pidOf = (entry: string): number => Number(entry.slice(entry.lastIndexOf('-') + 1));

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Run jobs, `limit` at a time; after a failure no new job starts, and it settles only when all running ones have. */
async function runLimited(jobs: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < jobs.length) {
      try {
        await jobs[next++]!();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * Bring an export folder written from `previous` up to `next` file by file: each changed file is
 * written to a temporary name and renamed over the old one (readers see the old or the new file, never
 * half of one), and files `next` no longer has are removed. For `export --watch`, where one save
 * changes a few files of thousands and swapping the whole folder would cost more than the save.
 */
export async function writeBundleChanges(previous: ExportBundle, next: ExportBundle, outDir: string): Promise<WriteStats> {
  const target = path.resolve(outDir);
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  // Articles before the index that names them, so the index never points at a file not yet written.
  const order = [...next.files.keys()].sort((a, b) => Number(isIndex(a)) - Number(isIndex(b)));
  for (const relative of order) {
    const content = next.files.get(relative)!;
    if (previous.files.get(relative) === content) {
      stats.unchanged += 1;
      continue;
    }
    const file = path.resolve(target, relative);
    if (!file.startsWith(target + path.sep)) throw new Error(`Refusing to write outside the export folder: ${relative}`);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.tmp-${process.pid}`;
    await writeFile(temporary, content);
    await rename(temporary, file);
    stats.written += 1;
  }
  for (const relative of previous.files.keys()) {
    if (next.files.has(relative)) continue;
    await rm(path.resolve(target, relative), { force: true });
    stats.removed += 1;
  }
  return stats;
}

const isIndex = (relative: string): boolean => relative === 'index.json' || relative === SEARCH_INDEX_FILE;
