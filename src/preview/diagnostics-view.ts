import type { Diagnostic, Fix } from '../../schemas/diagnostic.js';
import { html, inlineCode, type SafeHtml } from './html.js';

interface LineRange {
  start: { line: number };
  end: { line: number };
}

export interface Placer {
  /** The diagnostics starting inside the range that no earlier call took. */
  take(range: LineRange | undefined): Diagnostic[];
  /** What no range took (a problem on a blank line, or in a part the page does not show). */
  rest(): Diagnostic[];
}

/**
 * Hand each diagnostic to the first rendered piece whose lines hold it. Pages render inner pieces
 * (a cause, a block) before the section around them, so a finding lands next to the narrowest piece.
 */
export function createPlacer(diagnostics: readonly Diagnostic[]): Placer {
  const left = new Set(diagnostics);
  return {
    take(range) {
      if (!range) return [];
      const taken = [...left].filter((item) => item.line >= range.start.line && item.line <= range.end.line);
      for (const item of taken) left.delete(item);
      return taken;
    },
    rest: () => [...left],
  };
}

/** Rule docs live at docs/rules/<group>/<name>.md; the preview serves them under the same path. */
export const ruleDocHref = (ruleId: string): string | undefined =>
  /^[a-z]+\/[a-z0-9-]+$/.test(ruleId) ? `/docs/rules/${ruleId}.md` : undefined;

const clip = (value: string): string => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** The fix in words, from the file text it would change. */
export function describeFix(fix: Fix, text: string | undefined): string {
  const before = text?.slice(fix.range[0], fix.range[1]) ?? '';
  if (before === '') return `Insert \`${clip(fix.text)}\``;
  if (fix.text === '') return `Delete \`${clip(before)}\``;
  return `Replace \`${clip(before)}\` with \`${clip(fix.text)}\``;
}

const severityLabel = (diagnostic: Diagnostic): string => (diagnostic.severity === 'error' ? 'Error' : 'Warning');

export function renderDiagnostic(diagnostic: Diagnostic, text: string | undefined): SafeHtml {
  const href = ruleDocHref(diagnostic.ruleId);
  const rule = href ? html`<a class="rule" href="${href}">${diagnostic.ruleId}</a>` : html`<span class="rule">${diagnostic.ruleId}</span>`;
  const fix = diagnostic.fix ? html`<span class="fix"><span class="fix-label">Fix:</span> ${inlineCode(describeFix(diagnostic.fix, text))}</span>` : '';
  return html`<li class="diagnostic ${diagnostic.severity}" data-rule="${diagnostic.ruleId}">
    <span class="severity">${severityLabel(diagnostic)}</span>
    <a class="where" href="#L${diagnostic.line}" title="Show line ${diagnostic.line} in the source">${diagnostic.line}:${diagnostic.column}</a>
    <span class="message">${inlineCode(diagnostic.message)}</span> ${rule} ${fix}</li>`;
}

/** A list of findings for one piece of the page; nothing when there are none. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, label = 'Problems here'): SafeHtml | '' {
  if (diagnostics.length === 0) return '';
  return html`<ul class="diagnostics" aria-label="${label}">${diagnostics.map((item) => renderDiagnostic(item, text))}</ul>`;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((item) => item.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function describeCounts(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countSeverities(diagnostics);
  if (errors + warnings === 0) return 'No problems';
  return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}
