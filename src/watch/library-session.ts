import path from 'node:path';
import type { Article } from '../../schemas/article.js';
import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FoundFile } from '../library/files.js';
import { FOR_RULES, type FileOutcome } from '../library/job.js';
import { RunWorkers, runInWorkers } from '../library/pool.js';
import { loadFile } from '../library/load.js';
import { summarize } from '../library/summary.js';
import { checkLibrary } from '../lint/library.js';
import type { AnyRule } from '../lint/resolve.js';
import { compareDiagnostics, validateResult } from '../lint/validate.js';
import { allRules } from '../rules/index.js';
import type { FileSummary } from '../rules/rule.js';
import { filesToCheck, stampOf } from './changed-files.js';

/**
 * A library kept in memory between edits, for `validate --watch` and `preview`.
 *
 * `validateLibrary` is the one-shot path; it drops each model as soon as a file is done and can only
 * start over. Watching needs the models (the preview renders them) and needs to re-validate one edited
 * file without re-reading two thousand. So this composes the same stages validateLibrary does
 * (loadFile → validateResult → summarize, then checkLibrary over every summary), per file, and keeps the
 * results; `test/preview/library-session.test.ts` checks both paths give the same diagnostics.
 */
export interface LibraryEntry {
  path: string;
  /** Path relative to the working directory, forward slashes: the key everywhere. */
  source: string;
  sha256?: string;
  article?: Article;
  /** Reading and per-file rule diagnostics merged with library-wide ones, sorted. */
  diagnostics: Diagnostic[];
}

export interface LibrarySessionOptions {
  cwd: string;
  config?: Config;
  configDir?: string;
  cliRules?: Record<string, RuleSetting>;
  followSymlinks?: boolean;
  rules?: readonly AnyRule[];
  /** Keep each article's model (the preview renders them); `validate --watch` keeps only diagnostics. */
  keepArticles?: boolean;
  /** Worker threads for reading many files at once when models are not kept; default: one per core for large libraries. */
  workers?: number;
}

interface Stored {
  entry: LibraryEntry;
  fileDiagnostics: Diagnostic[];
  /** This file's findings from the last run of the library rules. */
  libraryDiagnostics: Diagnostic[];
  summary?: FileSummary;
  /** The summary as JSON: when a save leaves it equal, no library finding can have moved. */
  summaryKey: string;
  /** mtime and size when read: a cheap "did it change" test when the watcher names no file. */
  stamp: string;
}

export interface LibrarySession {
  readonly paths: readonly string[];
  /** Every file found, sorted by source. */
  entries(): LibraryEntry[];
  get(source: string): LibraryEntry | undefined;
  /** Goes up by one with every refresh that changed something: a key for caches built over the entries. */
  generation(): number;
  /** Sources whose diagnostics the last refresh changed (edited files, and files whose library findings moved). */
  updated(): string[];
  /**
   * Find files again, read the new ones, the ones whose size or time changed and the `hinted` ones
   * (absolute paths a watcher reported), drop the ones gone; returns the sources that changed.
   */
  refresh(hinted?: readonly string[]): Promise<string[]>;
}

export async function openLibrarySession(paths: readonly string[], options: LibrarySessionOptions): Promise<LibrarySession> {
  const rules = options.rules ?? allRules;
  const config = options.config ?? {};
  const settings = { rules, config, configDir: options.configDir, cwd: options.cwd, cliRules: options.cliRules };
  const stored = new Map<string, Stored>();
  let generation = 0;

  async function readOne(found: FoundFile, stamp: string): Promise<Stored> {
    // The preview renders the models; `validate --watch` only lints them.
    const result = await loadFile(found, config.maxFileSizeBytes, options.keepArticles === false ? FOR_RULES : {});
    const fileDiagnostics = validateResult(result, settings);
    const summary = result.article ? summarize(result.article) : undefined;
    const article = options.keepArticles !== false ? result.article : undefined;
    return toStored({ path: result.path, source: result.source, sha256: result.sha256, diagnostics: fileDiagnostics, summary }, stamp, article);
  }

  /**
   * Read many files: in worker threads when only diagnostics are kept (the first read of a large
   * library for `validate --watch`; the same job as `validateLibrary`'s), else one by one here.
   */
  async function readAll(files: ReadonlyArray<{ file: FoundFile; stamp: string }>): Promise<Stored[]> {
    const pool = options.keepArticles !== false || options.rules ? undefined : new RunWorkers('validate', options.workers).take(files.length);
    if (!pool) {
      const read: Stored[] = [];
      for (const { file, stamp } of files) read.push(await readOne(file, stamp));
      return read;
    }
    const outcomes = new Array<FileOutcome>(files.length);
    const pending = files.map(({ file }, index) => ({ index, file }));
    const job = { cwd: options.cwd, config, ...(options.configDir ? { configDir: options.configDir } : {}), ...(options.cliRules ? { cliRules: options.cliRules } : {}) };
    await runInWorkers(pending, job, pool, (index, outcome) => {
      outcomes[index] = outcome;
    });
    return outcomes.map((outcome, index) => toStored(outcome, files[index]!.stamp));
  }

  /**
   * Library rules look across files, so a change to what they read (a summary) can move their findings
   * anywhere: rerun them all, and return the files whose findings moved. Most saves edit the body and
   * leave every summary as it was; then `refresh` skips this and the save costs one file's work.
   */
  function rerunLibraryRules(): string[] {
    const summaries = [...stored.values()].flatMap((item) => (item.summary ? [item.summary] : []));
    const extra = checkLibrary(summaries, rules, config, options.cliRules);
    const moved: string[] = [];
    for (const item of stored.values()) {
      const next = extra.get(item.entry.source) ?? [];
      if (item.libraryDiagnostics.length === 0 && next.length === 0) continue;
      if (JSON.stringify(next) === JSON.stringify(item.libraryDiagnostics)) continue;
      item.libraryDiagnostics = next;
      item.entry.diagnostics = mergeDiagnostics(item);
      moved.push(item.entry.source);
    }
    return moved;
  }

  const findOptions = { cwd: options.cwd, followSymlinks: options.followSymlinks, ignores: config.ignores, ignoreBase: options.configDir };

  async function refresh(hinted: readonly string[] = []): Promise<string[]> {
    const { found, complete } = await filesToCheck(paths, hinted, findOptions, stored.size === 0);
    const hints = new Set(hinted.map((file) => path.resolve(options.cwd, file)));
    const changed: string[] = [];
    let summariesChanged = false;
    const present = new Set<string>();
    const toRead: Array<{ file: FoundFile; stamp: string }> = [];
    for (const file of found) {
      present.add(file.source);
      const stamp = await stampOf(file.path);
      const previous = stored.get(file.source);
      if (!previous || previous.stamp !== stamp || hints.has(file.path)) toRead.push({ file, stamp });
    }
    const read = await readAll(toRead);
    for (const [position, { file, stamp }] of toRead.entries()) {
      const previous = stored.get(file.source);
      const next = read[position]!;
      if (previous && previous.entry.sha256 === next.entry.sha256 && next.entry.sha256 !== undefined) {
        previous.stamp = stamp;
        continue;
      }
      if (previous) {
        next.libraryDiagnostics = previous.libraryDiagnostics;
        next.entry.diagnostics = mergeDiagnostics(next);
      }
      summariesChanged ||= previous?.summaryKey !== next.summaryKey;
      if (!previous) sorted = undefined;
      stored.set(file.source, next);
      changed.push(file.source);
    }
    const gone = complete ? [...stored.keys()] : [...stored.values()].filter((item) => hints.has(item.entry.path)).map((item) => item.entry.source);
    for (const source of gone) {
      if (!present.has(source)) {
        stored.delete(source);
        sorted = undefined;
        changed.push(source);
        summariesChanged = true;
      }
    }
    const moved = summariesChanged ? rerunLibraryRules() : [];
    if (changed.length > 0) generation += 1;
    updated = [...new Set([...changed, ...moved])].filter((source) => stored.has(source)).sort();
    return changed.sort();
  }

  let sorted: Stored[] | undefined;
  let updated: string[] = [];
  /** Sorted once per set of files: re-sorting 16,000 entries on every save would cost more than the save. */
  const sortedItems = () => (sorted ??= [...stored.values()].sort((a, b) => compareSources(a.entry.source, b.entry.source)));

  await refresh();
  return {
    paths,
    // Entries are read through their sources, so a file read again shows up without re-sorting.
    entries: () => sortedItems().map((item) => stored.get(item.entry.source)!.entry),
    get: (source) => stored.get(source)?.entry,
    generation: () => generation,
    updated: () => updated,
    refresh,
  };
}

const compareSources = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const mergeDiagnostics = (item: Stored): Diagnostic[] =>
  item.libraryDiagnostics.length > 0 ? [...item.fileDiagnostics, ...item.libraryDiagnostics].sort(compareDiagnostics) : item.fileDiagnostics;

/** What the session keeps of one file's outcome. */
function toStored(outcome: Pick<FileOutcome, 'path' | 'source' | 'sha256' | 'diagnostics' | 'summary'>, stamp: string, article?: Article): Stored {
  const entry: LibraryEntry = { path: outcome.path, source: outcome.source, diagnostics: outcome.diagnostics };
  if (outcome.sha256) entry.sha256 = outcome.sha256;
  if (article) entry.article = article;
  const { summary } = outcome;
  return { entry, fileDiagnostics: outcome.diagnostics, libraryDiagnostics: [], ...(summary ? { summary } : {}), summaryKey: JSON.stringify(summary ?? null), stamp };
}
