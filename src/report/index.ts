import { github } from './github.js';
import { json } from './json.js';
import type { Formatter } from './results.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github';

/** Every `--format` value and its formatter; the keys are the CLI's accepted names. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github };

export const formatNames = Object.keys(formatters) as FormatName[];

export { countTotals, relativePath, toLintResults } from './results.js';
export type { FileReport, Formatter, FormatterContext, RuleSummary } from './results.js';
