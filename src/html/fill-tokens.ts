/**
 * Fill replacement tokens for one customer. The export marks each token as
 * `<span data-token="Name">default</span>`; this puts the value in place of the default, escaped as
 * text, so a value holding markup (`<img onerror=…>`) is shown, never run. The span stays, so a page can
 * be filled again with other values. Browser-safe: no Node imports, no HTML parser (the HTML is ours,
 * every `<` in text is escaped, so the tag scanner sees only real tags).
 */
import { scanTags } from './tags.js';

export type TokenValues = Readonly<Record<string, string | number | boolean>>;

/** Escape text for HTML content or a quoted attribute. */
export const escapeHtml = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** Fill the tokens of an HTML string, or of every `html` and `content` string of an article or solution. */
export function fillTokens(html: string, values: TokenValues): string;
export function fillTokens<T extends object>(model: T, values: TokenValues): T;
export function fillTokens(target: string | object, values: TokenValues): string | object {
  return typeof target === 'string' ? fillHtml(target, values) : (fillFields(target, values) as object);
}

function fillFields(value: unknown, values: TokenValues): unknown {
  if (Array.isArray(value)) return value.map((item) => fillFields(item, values));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      typeof inner === 'string' && (key === 'html' || key === 'content') ? fillHtml(inner, values) : fillFields(inner, values),
    ]),
  );
}

interface OpenSpan {
  token: string | undefined;
  contentStart: number;
}

function fillHtml(html: string, values: TokenValues): string {
  if (!html.includes('data-token')) return html;
  const open: OpenSpan[] = [];
  let ranges: Array<{ start: number; end: number; text: string }> = [];
  for (const tag of scanTags(html)) {
    if (tag.name !== 'span') continue;
    if (!tag.closing) {
      const token = tag.attributes.find((attribute) => attribute.name === 'data-token')?.value;
      open.push({ token: token === undefined ? undefined : decodeBasic(token), contentStart: tag.end });
      continue;
    }
    const span = open.pop();
    if (span?.token === undefined || !Object.hasOwn(values, span.token)) continue;
    // An outer token replaces everything inside it, inner tokens included.
    ranges = ranges.filter((range) => range.start < span.contentStart);
    ranges.push({ start: span.contentStart, end: tag.start, text: escapeHtml(String(values[span.token])) });
  }
  let result = '';
  let cursor = 0;
  for (const range of ranges) {
    result += html.slice(cursor, range.start) + range.text;
    cursor = range.end;
  }
  return result + html.slice(cursor);
}

/** Attribute values as hast-util-to-html writes them: `&amp;`, `&quot;` and numeric references. */
function decodeBasic(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(amp|quot|#x[0-9a-f]+|#[0-9]+);/gi, (match, body: string) => {
    if (body === 'amp') return '&';
    if (body === 'quot') return '"';
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}
