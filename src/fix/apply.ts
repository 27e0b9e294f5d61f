import type { Diagnostic } from '../../schemas/diagnostic.js';

/**
 * Apply non-overlapping fixes to text (offsets into the text without BOM). Overlapping fixes are left
 * for the next pass, as ESLint does; callers loop until nothing changes.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const fixes = diagnostics
    .flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let result = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor || end < start || end > text.length) continue;
    result += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied += 1;
  }
  return { text: result + text.slice(cursor), applied };
}
