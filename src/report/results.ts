import { relative } from 'node:path';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { LintMessage, LintResult, LintTotals } from '../../schemas/report.js';

/** What the CLI knows about one file after a run: its place and every diagnostic left after inline disables. */
export interface FileReport {
  /** Absolute path. */
  filePath: string;
  /** Path relative to the working directory, forward slashes (as in diagnostics' `related[].file`). */
  source: string;
  diagnostics: Diagnostic[];
  /** The file text; kept as ESLint's `source` when the file has problems. */
  text?: string;
}

/** What a formatter may know about a rule; the CLI builds it from `meta` of the rules that ran. */
export interface RuleSummary {
  description: string;
  severity: 'error' | 'warning';
}

/** Everything a formatter needs beyond the results, as ESLint passes `{ cwd, rulesMeta }`. */
export interface FormatterContext {
  /** Absolute working directory: SARIF and GitHub paths are relative to it. */
  cwd: string;
  /** Emit ANSI colours (stylish only); the CLI sets it for a TTY. */
  color: boolean;
  /** Rule id → metadata, for SARIF `tool.driver.rules`. */
  rulesMeta: Readonly<Record<string, RuleSummary>>;
  /** selfhelp's version, for SARIF `tool.driver.version`. */
  version: string;
}

/** Pure: results in, text out. No I/O, no clock, no environment. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

/** Turns the run's reports into ESLint results, counting once so formatters only present the counts. */
export function toLintResults(reports: readonly FileReport[]): LintResult[] {
  return reports.map(toLintResult);
}

function toLintResult(report: FileReport): LintResult {
  const messages = report.diagnostics.map(toLintMessage).sort(byPosition);
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  const result: LintResult = {
    filePath: report.filePath,
    messages,
    suppressedMessages: [],
    errorCount: errors.length,
    fatalErrorCount: 0,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    fixableWarningCount: warnings.filter((message) => message.fix).length,
    usedDeprecatedRules: [],
  };
  if (report.text !== undefined && messages.length > 0) result.source = report.text;
  return result;
}

function toLintMessage(diagnostic: Diagnostic): LintMessage {
  const message: LintMessage = {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity === 'error' ? 2 : 1,
    message: diagnostic.message,
    line: diagnostic.line,
    column: diagnostic.column,
  };
  if (diagnostic.messageId !== undefined) message.messageId = diagnostic.messageId;
  if (diagnostic.endLine !== undefined) message.endLine = diagnostic.endLine;
  if (diagnostic.endColumn !== undefined) message.endColumn = diagnostic.endColumn;
  if (diagnostic.fix) message.fix = { range: [diagnostic.fix.range[0], diagnostic.fix.range[1]], text: diagnostic.fix.text };
  // Shared, not copied: nothing changes a diagnostic once reported, and a large run has many related places.
  if (diagnostic.related && diagnostic.related.length > 0) message.related = diagnostic.related;
  return message;
}

/** Stable: ties keep the order the rules reported in. */
const byPosition = (a: LintMessage, b: LintMessage): number => a.line - b.line || a.column - b.column;

/** Sums the per-file counts of a run. */
export function countTotals(results: readonly LintResult[]): LintTotals {
  const totals: LintTotals = {
    fileCount: results.length,
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: 0,
  };
  for (const result of results) {
    totals.errorCount += result.errorCount;
    totals.warningCount += result.warningCount;
    totals.fixableErrorCount += result.fixableErrorCount;
    totals.fixableWarningCount += result.fixableWarningCount;
    totals.fatalErrorCount += result.fatalErrorCount;
  }
  return totals;
}

/** `filePath` relative to `cwd` with forward slashes, as GitHub annotations and SARIF artifact URIs want it. */
export const relativePath = (filePath: string, cwd: string): string => toForwardSlashes(relative(cwd, filePath));

export const toForwardSlashes = (path: string): string => path.replace(/\\/g, '/');
