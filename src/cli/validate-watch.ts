import type { Config, RuleSetting } from '../../schemas/config.js';
import { formatters, toLintResults, type FormatName } from '../report/index.js';
import { allRules } from '../rules/index.js';
import { openLibrarySession, type LibrarySession } from '../watch/library-session.js';
import { watchPaths } from '../watch/watcher.js';
import type { Io } from './io.js';
import { packageVersion } from './version.js';

export interface WatchSettings {
  paths: readonly string[];
  config: Config;
  configDir: string;
  cliRules: Record<string, RuleSetting>;
  format: FormatName;
  quiet: boolean;
  followSymlinks: boolean;
  /** Stops watching; the CLI aborts it on Ctrl+C, tests when they are done. */
  signal: AbortSignal;
  debounceMs?: number;
}

/**
 * `selfhelp validate --watch`: validate once, then after each save re-validate only the files that
 * changed (library-wide rules rerun over every file's summary only when a save changed a summary) and
 * print the report of the files whose diagnostics changed, with the library's totals. Returns the last
 * run's exit code.
 */
export async function watchValidation(settings: WatchSettings, io: Io): Promise<number> {
  const session = await openLibrarySession(settings.paths, {
    cwd: io.cwd,
    config: settings.config,
    configDir: settings.configDir,
    cliRules: settings.cliRules,
    followSymlinks: settings.followSymlinks,
    keepArticles: false,
  });
  const version = await packageVersion();
  let exitCode = await print(session, settings, io, version);
  let chain = Promise.resolve();
  const watcher = await watchPaths(
    session.paths,
    (files) => {
      chain = chain.then(async () => {
        const changed = await session.refresh(files);
        if (changed.length === 0) return;
        io.stdout.write(`\n${new Date().toLocaleTimeString()} re-validated ${changed.join(', ')}\n`);
        exitCode = await print(session, settings, io, version, session.updated());
      }).catch((error: unknown) => {
        // Keep watching: the next save may well fix whatever went wrong.
        io.stderr.write(`Could not re-validate: ${(error as Error).message}\n`);
      });
    },
    { cwd: io.cwd, debounceMs: settings.debounceMs, onError: (error) => io.stderr.write(`Watch error: ${error.message}\n`) },
  );
  io.stdout.write(`Watching ${session.entries().length} files for changes (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    if (settings.signal.aborted) resolve();
    settings.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  watcher.close();
  await chain;
  return exitCode;
}

/**
 * Print the report for `only` (the files whose diagnostics the save changed) or, the first time, for
 * every file, then the totals of the whole library: reprinting 16,000 files after each save would bury
 * the one that changed and cost more than validating it.
 */
async function print(session: LibrarySession, settings: WatchSettings, io: Io, version: string, only?: readonly string[]): Promise<number> {
  const entries = session.entries();
  const shown = only ? only.flatMap((source) => session.get(source) ?? []) : entries;
  const results = toLintResults(
    shown.map((entry) => ({
      filePath: entry.path,
      source: entry.source,
      diagnostics: settings.quiet ? entry.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : entry.diagnostics,
    })),
  );
  const rulesMeta = Object.fromEntries(allRules.map((rule) => [rule.meta.id, { description: rule.meta.description, severity: rule.meta.severity }]));
  const color = io.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = formatters[settings.format](results, { cwd: io.cwd, color, rulesMeta, version });
  if (text !== '') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const counted = (severity: string) =>
    entries.reduce((sum, entry) => sum + entry.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length, 0);
  const errors = counted('error');
  const warnings = settings.quiet ? 0 : counted('warning');
  io.stdout.write(`${entries.length} files: ${errors} errors, ${warnings} warnings\n`);
  return errors > 0 ? 1 : 0;
}
