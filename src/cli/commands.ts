import path from 'node:path';
import type { z } from 'zod';
import { ExportShapeSchema } from '../../schemas/export.js';
import { CloudEnvironmentSchema } from '../../schemas/properties.js';
import { loadConfig } from '../config/load.js';
import { toSource } from '../library/files.js';
import { ruleDocsUrl } from '../rules/rule.js';
import { formatDiagnosticLine } from './messages.js';
import { parseWorkers, validateCommand } from './validate.js';
import { interruptSignal } from './signal.js';
import { previewCommand } from './preview.js';
import { newCommand } from './new.js';
import { UsageError, type Command } from './io.js';

const parse: Command = {
  usage: 'Usage: selfhelp parse FILE',
  options: {},
  async run({ positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('parse takes exactly one FILE');
    const file = path.resolve(io.cwd, positionals[0]!);
    const source = toSource(file, io.cwd);
    const { config } = await loadConfig(io.cwd);
    const [{ loadFile }, { stringify }] = await Promise.all([import('../library/load.js'), import('../export/bundle.js')]);
    // The same guarded read as every other command: FIFOs, devices and oversized files are reported.
    const result = await loadFile({ path: file, source }, config.maxFileSizeBytes);
    for (const diagnostic of result.diagnostics) io.stderr.write(`${formatDiagnosticLine(source, diagnostic)}\n`);
    if (!('article' in result) || !result.article) return 1;
    io.stdout.write(stringify({ article: result.article, diagnostics: result.diagnostics }));
    return 0;
  },
};

const exportCommand: Command = {
  usage:
    'Usage: selfhelp export [PATHS…=articles] --out DIR [--cloud public|fairfax|mooncake|usnat|ussec|blackforest] [--shape help-api] [--clean] [--follow-symlinks] [--workers N] [--watch]',
  options: {
    workers: { type: 'string' },
    out: { type: 'string', short: 'o' },
    cloud: { type: 'string' },
    shape: { type: 'string', multiple: true },
    clean: { type: 'boolean' },
    'follow-symlinks': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const out = values.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('export needs --out DIR');
    const cloud = parseChoice(values.cloud, CloudEnvironmentSchema, '--cloud');
    const shapes = ((values.shape as string[] | undefined) ?? []).map((shape) => parseChoice(shape, ExportShapeSchema, '--shape')!);
    const paths = positionals.length > 0 ? positionals : ['articles'];
    const { config, configDir } = await loadConfig(io.cwd);
    const options = {
      cwd: io.cwd,
      followSymlinks: values['follow-symlinks'] === true,
      maxFileSizeBytes: config.maxFileSizeBytes,
      ignores: config.ignores,
      ignoreBase: configDir,
      ...(cloud ? { cloud } : {}),
      shapes,
      ...(values.workers === undefined ? {} : { workers: parseWorkers(values.workers) }),
    };
    if (values.watch === true) {
      const { watchExport } = await import('./export-watch.js');
      return watchExport({ paths, out, options, signal: interruptSignal() }, io);
    }
    const { exportToFolder } = await import('../library/export.js');
    const { bundle, fileCount, stats } = await exportToFolder(paths, path.resolve(io.cwd, out), { ...options, clean: values.clean === true });
    for (const rejected of bundle.index.rejected) {
      for (const diagnostic of rejected.diagnostics) io.stderr.write(`${formatDiagnosticLine(rejected.source, diagnostic)}\n`);
    }
    const exported = bundle.index.articles.length;
    const rejected = bundle.index.rejected.length;
    const skipped = fileCount - exported - rejected;
    const inCloud = cloud ? `, ${skipped} not in ${cloud}` : '';
    io.stderr.write(
      `${fileCount} files: ${exported} exported, ${rejected} rejected${inCloud} → ${toSource(path.resolve(io.cwd, out), io.cwd) || '.'}` +
        ` (${stats.written} files written, ${stats.unchanged} unchanged, ${stats.removed} removed)\n`,
    );
    return rejected > 0 ? 1 : 0;
  },
};

/** An option value that must be one of a zod enum's values. */
function parseChoice<T extends string>(value: unknown, schema: z.ZodEnum<{ [K in T]: K }>, option: string): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(typeof value === 'string' ? value.toLowerCase() : value);
  if (!parsed.success) throw new UsageError(`Unknown ${option} \`${String(value)}\`; use one of ${schema.options.map((name) => `\`${name}\``).join(', ')}`);
  return parsed.data as T;
}

const rulesCommand: Command = {
  usage: 'Usage: selfhelp rules [--format json]',
  options: { format: { type: 'string' } },
  async run({ values }, io) {
    const [{ allRules }, { stringify }] = await Promise.all([import('../rules/index.js'), import('../export/bundle.js')]);
    const rows = allRules.map((rule) => ({
      id: rule.meta.id,
      group: rule.meta.id.slice(0, rule.meta.id.indexOf('/')),
      severity: rule.meta.recommended === false ? 'off' : rule.meta.severity,
      fixable: rule.meta.fixable,
      description: rule.meta.description,
      docs: ruleDocsUrl(rule.meta.id),
    }));
    if (values.format === 'json') {
      io.stdout.write(stringify(rows));
      return 0;
    }
    const width = Math.max(...rows.map((row) => row.id.length));
    for (const row of rows) {
      io.stdout.write(`${row.id.padEnd(width)}  ${row.severity.padEnd(7)}  ${row.fixable ? 'fixable' : '       '}  ${row.description}\n`);
    }
    io.stdout.write(`\n${rows.length} rules. Docs: docs/rules/<group>/<name>.md\n`);
    return 0;
  },
};

export const commands: Record<string, Command> = { parse, validate: validateCommand, rules: rulesCommand, export: exportCommand, preview: previewCommand, new: newCommand };
