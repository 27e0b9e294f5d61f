import type { Diagnostic } from '../../schemas/diagnostic.js';

/** `file:line:column: severity message (rule)` — the shape editors and terminals link. */
export const formatDiagnosticLine = (source: string, diagnostic: Diagnostic): string =>
  `${source}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.message} (${diagnostic.ruleId})`;
