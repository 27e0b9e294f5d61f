import { github } from './github.js';
import { json, jsonChunks } from './json.js';
import type { Formatter, FormatterContext } from './results.js';
import type { LintResult } from '../../schemas/report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github';

/** Every `--format` value and its formatter; the keys are the CLI's accepted names. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github };

export const formatNames = Object.keys(formatters) as FormatName[];

/** The formatter's text as pieces to write in turn; the JSON report comes one result at a time. */
export function formatChunks(format: FormatName, results: readonly LintResult[], context: FormatterContext): Iterable<string> {
  return format === 'json' ? jsonChunks(results) : [formatters[format](results, context)];
}

export { countTotals, relativePath, toLintResults } from './results.js';
export type { FileReport, Formatter, FormatterContext, RuleSummary } from './results.js';
