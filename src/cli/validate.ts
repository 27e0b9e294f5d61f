import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { RuleSettingSchema, type RuleSetting } from '../../schemas/config.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CACHE_LOCATION } from '../library/cache.js';
import { validateLibrary } from '../library/validate.js';
import { progressBar } from './progress.js';
import { formatChunks, formatNames, toLintResults, type FormatName } from '../report/index.js';
import { UsageError, type Command } from './io.js';
import { interruptSignal } from './signal.js';
import { packageVersion } from './version.js';

export const validateCommand: Command = {
  usage:
    'Usage: selfhelp validate [PATHS…=articles] [--format stylish|json|sarif|github] [--output FILE] [--config FILE]\n' +
    '                         [--fix] [--max-warnings N] [--quiet] [--rule ID:off|warn|error]… [--follow-symlinks]\n' +
    '                         [--cache] [--cache-location DIR] [--workers N] [--watch]',
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    rule: { type: 'string', multiple: true },
    'follow-symlinks': { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    workers: { type: 'string' },
    watch: { type: 'boolean', short: 'w' },
  },
  async run({ values, positionals }, io) {
    const format = parseFormat(values.format, io.stdout.isTTY === true);
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const cliRules = await parseRuleFlags((values.rule as string[] | undefined) ?? []);
    const { config, configDir } = await loadConfig(io.cwd, values.config as string | undefined);
    if (values.watch === true) {
      // Fixing rewrites the files being watched, and a report file would be overwritten on each save.
      if (values.fix === true || values.output !== undefined) throw new UsageError('--watch cannot be combined with --fix or --output');
      const paths = positionals.length > 0 ? positionals : ['articles'];
      const watch = { paths, config, configDir, cliRules, format, quiet: values.quiet === true, followSymlinks: values['follow-symlinks'] === true };
      const { watchValidation } = await import('./validate-watch.js');
      return watchValidation({ ...watch, signal: interruptSignal() }, io);
    }
    const files = await validateLibrary(positionals.length > 0 ? positionals : ['articles'], {
      cwd: io.cwd,
      config,
      configDir,
      cliRules,
      fix: values.fix === true,
      followSymlinks: values['follow-symlinks'] === true,
      ...(values.cache === true || values['cache-location'] !== undefined
        ? { cacheLocation: (values['cache-location'] as string | undefined) ?? DEFAULT_CACHE_LOCATION }
        : {}),
      ...(values.workers !== undefined ? { workers: parseWorkers(values.workers) } : {}),
      version: await packageVersion(),
      onProgress: progressBar(io),
    });
    const quiet = values.quiet === true;
    const reports = files.map((file) => ({
      filePath: file.path,
      source: file.source,
      diagnostics: quiet ? file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : file.diagnostics,
    }));
    const results = toLintResults(reports);
    const { allRules } = await import('../rules/index.js');
    const rulesMeta = Object.fromEntries(allRules.map((rule) => [rule.meta.id, { description: rule.meta.description, severity: rule.meta.severity }]));
    const color = values.output === undefined && io.stdout.isTTY === true && !process.env.NO_COLOR;
    const chunks = formatChunks(format, results, { cwd: io.cwd, color, rulesMeta, version: await packageVersion() });
    if (typeof values.output === 'string') {
      const target = path.resolve(io.cwd, values.output);
      await mkdir(path.dirname(target), { recursive: true });
      writeChunks(target, chunks);
    } else {
      let last = '';
      for (const chunk of chunks) if (chunk !== '') io.stdout.write((last = chunk));
      if (last !== '' && !last.endsWith('\n')) io.stdout.write('\n');
    }
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    // The accounting line: every input file is either validated or rejected (and then has an error saying why).
    const rejected = files.filter((file) => file.rejected).length;
    io.stderr.write(`${files.length} files: ${files.length - rejected} validated, ${rejected} rejected; ${errors} errors, ${warnings} warnings\n`);
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr.write(`Too many warnings (${warnings}); the maximum is ${maxWarnings}\n`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  },
};

function parseFormat(value: unknown, isTTY: boolean): FormatName {
  if (value === undefined) return isTTY || !process.env.GITHUB_ACTIONS ? 'stylish' : 'github';
  if (typeof value === 'string' && (formatNames as string[]).includes(value)) return value as FormatName;
  throw new UsageError(`Unknown --format \`${String(value)}\`; use one of ${formatNames.join(', ')}`);
}

export function parseWorkers(value: unknown): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--workers takes a whole number ≥ 1, not \`${String(value)}\``);
  return number;
}

function parseMaxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`--max-warnings takes a whole number, not \`${String(value)}\``);
  return number;
}

/** `--rule links/aka-ms:off` → { 'links/aka-ms': 'off' }. */
export async function parseRuleFlags(flags: readonly string[]): Promise<Record<string, RuleSetting>> {
  if (flags.length === 0) return {};
  const known = new Set((await import('../rules/index.js')).allRules.map((rule) => rule.meta.id as string));
  const settings: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const colon = flag.lastIndexOf(':');
    const id = colon === -1 ? flag : flag.slice(0, colon);
    const level = RuleSettingSchema.safeParse(colon === -1 ? '' : flag.slice(colon + 1));
    if (!level.success) throw new UsageError(`--rule takes ID:off|warn|error, not \`${flag}\``);
    if (!known.has(id)) throw new UsageError(`Unknown rule \`${id}\` in --rule; run \`selfhelp rules\` to list them`);
    settings[id] = level.data;
  }
  return settings;
}

/** Write the report to a file in buffered pieces (see `formatChunks`), replacing what was there. */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const descriptor = openSync(file, 'w');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 1 << 16) {
        writeSync(descriptor, pending);
        pending = '';
      }
    }
    if (pending !== '') writeSync(descriptor, pending);
  } finally {
    closeSync(descriptor);
  }
}
