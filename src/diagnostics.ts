import type { Diagnostic, Severity } from '../schemas/diagnostic.js';
import type { Position } from '../schemas/position.js';

/** Result of a pipeline stage: a value when one could be built, and what went wrong on the way. */
export interface Staged<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/** Build a diagnostic at a position (or at 1:1 when the problem has no place in the file). */
export function diagnosticAt(
  ruleId: string,
  severity: Severity,
  message: string,
  position?: Position,
): Diagnostic {
  if (!position) return { ruleId, severity, message, line: 1, column: 1 };
  return {
    ruleId,
    severity,
    message,
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
  };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((diagnostic) => diagnostic.severity === 'error');
