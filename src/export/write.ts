import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportBundle } from './bundle.js';
import { SEARCH_INDEX_FILE } from './layout.js';

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

/**
 * Write the bundle to a temporary folder beside `outDir`, then swap it in, so a run killed half-way
 * leaves the previous export as it was (see openExportFolder).
 */
export async function writeBundle(bundle: ExportBundle, outDir: string, options: WriteOptions = {}): Promise<WriteStats> {
  const { stats } = await writeExportFolder(outDir, options, (add) => {
    for (const [relative, content] of bundle.files) add(relative, content);
  });
  return stats;
}

/**
 * Open an export folder, let `fill` add its files (as they become ready), then swap it in; if `fill`
 * or a write fails, the temporary folder is removed and the previous export stays.
 */
export async function writeExportFolder<T>(
  outDir: string,
  options: WriteOptions,
  fill: (add: ExportFolder['add']) => T | Promise<T>,
): Promise<{ filled: T; stats: WriteStats }> {
  const folder = await openExportFolder(outDir, options);
  try {
    const filled = await fill(folder.add);
    return { filled, stats: await folder.finish() };
  } catch (error) {
    await folder.abort();
    throw error;
  }
}

/** An export folder being written: files go in as they are ready, `finish` swaps the folder in. */
export interface ExportFolder {
  /** Write one file into the folder now (a failure is kept for `finish`); throws for a path outside the folder. */
  add(relative: string, content: string): void;
  /** Swap the new folder in place of the previous export (or report the first failed write). */
  finish(): Promise<WriteStats>;
  /** Give up: remove the temporary folder; the previous export stays. */
  abort(): Promise<void>;
}

/**
 * Open a temporary folder beside `outDir` to write an export into, so a large export can write each
 * article as soon as it is assembled instead of holding them all. Atomic: the folder is swapped in only
 * by `finish`, so a run killed half-way leaves the previous export as it was. Incremental: a file whose
 * bytes equal the previous export's is hard-linked from it instead of written (the previous folder is
 * never modified, so atomicity holds), and files not added are simply not carried over.
 */
export async function openExportFolder(outDir: string, options: WriteOptions = {}): Promise<ExportFolder> {
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
  await mkdir(temporary, { recursive: true });
  const added = new Set<string>();
  // Folders are made once each (a handful, for thousands of files).
  const folders = new Set<string>();
  let failure: { error: unknown } | undefined;

  // Synchronous on purpose: files are written as the exporter's workers send them, and this thread
  // is otherwise idle. Through fs/promises each file cost this thread a file handle, promises and a
  // thread-pool round trip (2.4 s of its time for 16,000 files, taken from the busy workers' cores).
  function writeOne(relative: string, content: string, file: string): void {
    const folder = path.dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    const old = path.join(target, relative);
    if (before.has(relative) && sameContent(old, content)) {
      try {
        linkSync(old, file);
      } catch {
        copyFileSync(old, file);
      }
      stats.unchanged += 1;
    } else {
      writeFileSync(file, content);
      stats.written += 1;
    }
  }

  return {
    add(relative, content) {
      const file = path.resolve(temporary, relative);
      // Names come from sanitised ids; this guard makes escaping the folder impossible, not just unlikely.
      if (!file.startsWith(temporary + path.sep)) throw new Error(`Refusing to write outside the export folder: ${relative}`);
      added.add(relative);
      // After a failure nothing more is written; `finish` reports it.
      if (failure) return;
      try {
        writeOne(relative, content, file);
      } catch (error) {
        failure = { error };
      }
    },
    async finish() {
      if (failure) {
        await rm(temporary, { recursive: true, force: true });
        throw failure.error;
      }
      for (const relative of before) if (!added.has(relative)) stats.removed += 1;
      await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(temporary, target);
      await rm(previous, { recursive: true, force: true });
      return stats;
    },
    async abort() {
      await rm(temporary, { recursive: true, force: true });
    },
  };
}

function sameContent(file: string, content: string): boolean {
  try {
    return readFileSync(file).equals(Buffer.from(content));
  } catch {
    return false;
  }
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
