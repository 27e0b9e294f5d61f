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
  const rows = result.messages.map((message) => toCells(message, paint));
  const width = (index: number) => Math.max(...rows.map((row) => row[index]!.plain.length));
  const lineWidth = width(0);
  const columnWidth = width(1);
  const severityWidth = width(2);
  const messageWidth = width(3);
  const lines = rows.map(([line, column, severity, message, ruleId]) => {
    // Only the digits are dimmed; the padding that aligns them stays plain, as in ESLint.
    const position = `${' '.repeat(lineWidth - line!.plain.length)}${paint.dim(`${line!.plain}:${column!.plain}`)}${' '.repeat(columnWidth - column!.plain.length)}`;
    const cells = [position, pad(severity!, severityWidth), pad(message!, messageWidth), ruleId!.painted];
    return `  ${cells.join('  ')}`.trimEnd();
  });
  return `${paint.underline(result.filePath)}\n${lines.join('\n')}\n\n`;
}

interface Cell {
  plain: string;
  painted: string;
}
const cell = (plain: string, paint: Paint = (text) => text): Cell => ({ plain, painted: paint(plain) });
const pad = (value: Cell, width: number): string => value.painted + ' '.repeat(width - value.plain.length);

function toCells(message: LintMessage, paint: Palette): Cell[] {
  return [
    cell(String(message.line)),
    cell(String(message.column)),
    message.severity === 2 ? cell('error', paint.red) : cell('warning', paint.yellow),
    // ESLint drops one trailing period so every row reads alike.
    cell(message.message.replace(/([^ ])\.$/u, '$1')),
    cell(message.ruleId, paint.dim),
  ];
}

function formatSummary(results: readonly LintResult[], paint: Palette): string {
  const totals = countTotals(results);
  const problems = totals.errorCount + totals.warningCount;
  if (problems === 0) return '';
  const tone = totals.errorCount > 0 ? paint.red : paint.yellow;
  const style = (text: string) => paint.bold(tone(text));
  let summary = style(
    `\u2716 ${plural(problems, 'problem')} (${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')})`,
  );
  summary += '\n';
  if (totals.fixableErrorCount > 0 || totals.fixableWarningCount > 0) {
    const fixable = `${plural(totals.fixableErrorCount, 'error')} and ${plural(totals.fixableWarningCount, 'warning')}`;
    summary += `${style(`  ${fixable} potentially fixable with the --fix option.`)}\n`;
  }
  return summary;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
