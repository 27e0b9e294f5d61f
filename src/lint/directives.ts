import type { Diagnostic } from '../../schemas/diagnostic.js';
import { positionOf, type SourceFile } from '../source.js';
import type { Comment } from '../extract/comments.js';

/**
 * Inline suppression, as ESLint and markdownlint authors know it:
 * `<!-- selfhelp-disable-next-line rule-id -->`, `<!-- selfhelp-disable rule-id -->` … `<!-- selfhelp-enable rule-id -->`.
 * Without ids a directive covers every rule.
 */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  ruleIds: string[];
  comment: Comment;
  line: number;
  used: boolean;
}

const DIRECTIVE = /^selfhelp-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;

function parseDirectives(file: SourceFile, comments: readonly Comment[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const ruleIds = (match[2] ?? '').split(/[\s,]+/).filter((id) => id !== '' && id !== '--');
    directives.push({ kind: match[1] as Directive['kind'], ruleIds, comment, line: file.toPoint(comment.start).line, used: false });
  }
  return directives;
}

const covers = (directive: Directive, ruleId: string): boolean =>
  directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);

/**
 * Drop suppressed diagnostics and report each disable directive that suppressed nothing
 * (`file/unused-disable`), so stale suppressions do not pile up.
 */
export function applyDirectives(
  file: SourceFile,
  comments: readonly Comment[],
  diagnostics: readonly Diagnostic[],
  unusedSeverity: Diagnostic['severity'] | 'off' = 'warning',
): Diagnostic[] {
  const directives = parseDirectives(file, comments);
  if (directives.length === 0) return [...diagnostics];
  const kept = diagnostics.filter((diagnostic) => !isSuppressed(directives, diagnostic));
  if (unusedSeverity === 'off') return kept;
  for (const directive of directives) {
    if (directive.kind === 'enable' || directive.used) continue;
    const what = directive.ruleIds.length > 0 ? directive.ruleIds.map((id) => `\`${id}\``).join(', ') : 'any rule';
    const at = positionOf(file, directive.comment.start, directive.comment.end);
    kept.push({
      ruleId: 'file/unused-disable',
      severity: unusedSeverity,
      message: `Unused disable directive: nothing from ${what} is reported here; remove it`,
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column,
      fix: { range: [directive.comment.start, directive.comment.end], text: '' },
    });
  }
  return kept;
}

function isSuppressed(directives: Directive[], diagnostic: Diagnostic): boolean {
  // Errors about the file itself (encoding, internal bugs) cannot be silenced from inside it.
  if (diagnostic.ruleId.startsWith('internal/')) return false;
  for (const directive of directives) {
    if (directive.kind === 'disable-next-line' && directive.line + 1 === diagnostic.line && covers(directive, diagnostic.ruleId)) {
      directive.used = true;
      return true;
    }
  }
  let active: Directive | undefined;
  for (const directive of directives) {
    if (directive.line > diagnostic.line || directive.kind === 'disable-next-line' || !covers(directive, diagnostic.ruleId)) continue;
    active = directive.kind === 'disable' ? directive : undefined;
  }
  if (active) active.used = true;
  return active !== undefined;
}
