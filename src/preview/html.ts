/**
 * A tiny HTML builder that escapes by default. Article text, file names, diagnostics and payload strings
 * are author input; the only markup that passes through unescaped is what is wrapped in `SafeHtml`:
 * our own templates and the sanitised `html` fields of the export.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** Mark a string as already safe: only for sanitised export HTML and strings this module built. */
export const trusted = (value: string): SafeHtml => new SafeHtml(value);

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays compose. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let index = 0; index < values.length; index += 1) out += render(values[index]) + strings[index + 1]!;
  return new SafeHtml(out);
}

/** Author messages mark values with backticks; show those as code, escape the rest. */
export function inlineCode(message: string): SafeHtml {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return html`${message}`;
  return html`${parts.map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

/** A URL path segment per part, so sources with spaces or `#` survive the round trip. */
export const encodePath = (source: string): string => source.split('/').map(encodeURIComponent).join('/');
