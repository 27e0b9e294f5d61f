import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { checkLibrary } from '../lint/library.js';
import type { AnyRule } from '../lint/resolve.js';
import { compareDiagnostics } from '../lint/validate.js';
import { cacheKey, loadCache, saveCache, type CacheEntry } from './cache.js';
import { findMarkdownFiles, type FoundFile } from './files.js';
import type { FileOutcome, JobSettings } from './job.js';
import { DEFAULT_MAX_FILE_SIZE_BYTES, readArticleBytes } from './read.js';
import { RunWorkers, runInWorkers } from './pool.js';

export interface ValidateLibraryOptions {
  cwd: string;
  config?: Config;
  configDir?: string;
  cliRules?: Record<string, RuleSetting>;
  followSymlinks?: boolean;
  /** Rewrite files with the fixes of fixable rules (the cache is not read then). */
  fix?: boolean;
  /** Custom rules run in this thread only; the built-in catalogue can run in workers. */
  rules?: readonly AnyRule[];
  /** Worker threads; default: one per core for runs large enough to pay for starting them. */
  workers?: number;
  /** Content-hash cache folder, relative to cwd; omit to run without a cache. */
  cacheLocation?: string;
  /** Tool version, part of the cache key. */
  version?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ValidatedFile {
  path: string;
  source: string;
  diagnostics: Diagnostic[];
  /** True when --fix rewrote the file. */
  fixed?: boolean;
  /** True when the file could not be read as an article (its diagnostics say why); rules did not run on it. */
  rejected?: boolean;
}

/**
 * Validate every file under the paths, then run library-wide rules on per-file summaries. Full models
 * are dropped as soon as a file is done, so memory holds summaries, not trees. Results are the same
 * whatever the number of workers or the cache state.
 */
export async function validateLibrary(paths: readonly string[], options: ValidateLibraryOptions): Promise<ValidatedFile[]> {
  const config = options.config ?? {};
  const settings: JobSettings = { cwd: options.cwd, config, configDir: options.configDir, cliRules: options.cliRules, fix: options.fix };
  const cacheLocation = options.cacheLocation ? path.resolve(options.cwd, options.cacheLocation) : undefined;
  const readsCache = cacheLocation !== undefined && !options.fix;
  const workers = new RunWorkers('validate', options.workers);
  try {
    // Custom rules are functions and cannot cross into a worker. Without a cache to read every file found
    // is pending, so workers may start during the walk, and then load while this thread loads the rule
    // catalogue (imported here on demand).
    const found = await findMarkdownFiles(paths, {
      cwd: options.cwd,
      followSymlinks: options.followSymlinks,
      ignores: config.ignores,
      ignoreBase: options.configDir,
      ...(readsCache || options.rules ? {} : { onCount: workers.onCount }),
    });
    if (!readsCache && !options.rules) workers.startFor(found.length);
    const rules = options.rules ?? (await import('../rules/index.js')).allRules;
    const key = cacheKey({ version: options.version, rules: rules.map((rule) => rule.meta.id), config, cliRules: options.cliRules, configDir: options.configDir });
    const cache = readsCache ? await loadCache(cacheLocation, key) : new Map<string, CacheEntry>();

    const outcomes = new Array<FileOutcome | undefined>(found.length);
    const pending: Array<{ index: number; file: FoundFile }> = [];
    let done = 0;
    const progress = () => options.onProgress?.(done, found.length);
    for (const [index, file] of found.entries()) {
      const hit = fromCache(file, cache, config.maxFileSizeBytes);
      if (hit) {
        outcomes[index] = hit;
        done += 1;
      } else pending.push({ index, file });
    }
    progress();
    const onDone = (index: number, outcome: FileOutcome) => {
      outcomes[index] = outcome;
      done += 1;
      progress();
    };
    const pool = options.rules ? undefined : workers.take(pending.length);
    if (pool) await runInWorkers(pending, settings, pool, onDone);
    else {
      const { validateFoundFile } = await import('./job.js');
      for (const { index, file } of pending) onDone(index, await validateFoundFile(file, settings, rules));
    }

    const finished = outcomes as FileOutcome[];
    // A run where every file was a hit (and none left) has nothing new to write.
    const unchanged = pending.length === 0 && cache.size === found.length;
    if (cacheLocation && !unchanged) await saveCache(cacheLocation, key, finished).catch(() => undefined);
    return withLibraryFindings(finished, rules, config, options.cliRules);
  } finally {
    await workers.dispose();
  }
}

/** A cached outcome when the file's bytes hash as they did (read as `readArticleBytes` reads). */
function fromCache(file: FoundFile, cache: Map<string, CacheEntry>, maxFileSizeBytes?: number): FileOutcome | undefined {
  const entry = cache.get(file.source);
  if (!entry || file.problem) return undefined;
  // Any reading problem (the file became a FIFO, grew past the limit) is a miss: validation reports it.
  const read = readArticleBytes(file.path, maxFileSizeBytes ?? DEFAULT_MAX_FILE_SIZE_BYTES);
  if ('problem' in read || createHash('sha256').update(read.bytes).digest('hex') !== entry.sha256) return undefined;
  return { path: file.path, source: file.source, sha256: entry.sha256, diagnostics: entry.diagnostics, ...(entry.summary ? { summary: entry.summary } : {}) };
}

function withLibraryFindings(outcomes: readonly FileOutcome[], rules: readonly AnyRule[], config: Config, cliRules?: Record<string, RuleSetting>): ValidatedFile[] {
  const summaries = outcomes.flatMap((outcome) => (outcome.summary ? [outcome.summary] : []));
  const libraryDiagnostics = checkLibrary(summaries, rules, config, cliRules);
  return outcomes.map((outcome) => {
    const extra = libraryDiagnostics.get(outcome.source) ?? [];
    const diagnostics = extra.length > 0 ? [...outcome.diagnostics, ...extra].sort(compareDiagnostics) : outcome.diagnostics;
    return { path: outcome.path, source: outcome.source, diagnostics, ...(outcome.fixed ? { fixed: true } : {}), ...(outcome.summary ? {} : { rejected: true }) };
  });
}
