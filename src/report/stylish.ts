/**
 * ESLint's default `stylish` look (eslint/eslint: lib/cli-engine/formatters/stylish.js), so authors who know ESLint
 * read it at a glance: per file an underlined path and aligned `line:column  severity  message  rule-id` rows,
 * then one summary. Colour codes are written only when the caller asks (a TTY), never decided here.
 */
import type { LintMessage, LintResult } from '../../schemas/report.js';
import { countTotals, type Formatter } from './results.js';

type Paint = (text: string) => string;
interface Palette {
  red: Paint;
  yellow: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
}

// SGR open/close pairs; closing with the specific code (not 0) lets styles nest, as chalk does.
const sgr = (open: number, close: number): Paint => (text) => `\u001B[${open}m${text}\u001B[${close}m`;
const colours: Palette = { red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };
const plain: Paint = (text) => text;
const noColours: Palette = { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };

export const stylish: Formatter = (results, context) => {
  const paint = context.color ? colours : noColours;
  const files = results.filter((result) => result.messages.length > 0).map((result) => formatFile(result, paint));
  const summary = formatSummary(results, paint);
  return summary === '' ? '' : `\n${files.join('')}${summary}`;
};

function formatFile(result: LintResult, paint: Palette): string {
  const rows = result.messages.map(toRow);
  const widest = (key: 'line' | 'column' | 'severity' | 'message') => Math.max(...rows.map((row) => row[key].length));
  const width = { line: widest('line'), column: widest('column'), severity: widest('severity'), message: widest('message') };
  const lines = rows.map((row) => {
    // Only `line:column` is dimmed; the padding that aligns it stays plain, as in ESLint.
    const position =
      spaces(width.line - row.line.length) + paint.dim(`${row.line}:${row.column}`) + spaces(width.column - row.column.length);
    const tone = row.severity === 'error' ? paint.red : paint.yellow;
    const severity = tone(row.severity) + spaces(width.severity - row.severity.length);
    const message = row.message + spaces(width.message - row.message.length);
    return `  ${[position, severity, message, paint.dim(row.ruleId)].join('  ')}`;
  });
  return `${paint.underline(result.filePath)}\n${lines.join('\n')}\n\n`;
}

interface Row {
  line: string;
  column: string;
  severity: string;
  message: string;
  ruleId: string;
}

const toRow = (message: LintMessage): Row => ({
  line: String(message.line),
  column: String(message.column),
  severity: message.severity === 2 ? 'error' : 'warning',
  // ESLint drops one trailing period so every row reads alike.
  message: message.message.replace(/([^ ])\.$/u, '$1'),
  ruleId: message.ruleId,
});

const spaces = (count: number): string => ' '.repeat(count);

function formatSummary(results: readonly LintResult[], paint: Palette): string {
  const totals = countTotals(results);
  const problems = totals.errorCount + totals.warningCount;
  if (problems === 0) return '';
  const tone = totals.errorCount > 0 ? paint.red : paint.yellow;
  const style = (text: string) => paint.bold(tone(text));
  const counts = `${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')}`;
  let summary = `${style(`\u2716 ${plural(problems, 'problem')} (${counts})`)}\n`;
  if (totals.fixableErrorCount > 0 || totals.fixableWarningCount > 0) {
    const fixable = `${plural(totals.fixableErrorCount, 'error')} and ${plural(totals.fixableWarningCount, 'warning')}`;
    summary += `${style(`  ${fixable} potentially fixable with the --fix option.`)}\n`;
  }
  return summary;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
