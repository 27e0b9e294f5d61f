/**
 * The tokens of JSON as written: strings, numbers and literals, scanned from an offset, with
 * author-facing messages for what is wrong in them. Used by the scanner in `json-positions.ts`.
 */

/** JSON whitespace: space, tab, line feed, carriage return (no other spaces). */
export const isWhitespace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

export type Scanned = number | { offset: number; end: number; message: string };

const HEX = /^[0-9a-fA-F]{4}$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Scan a string starting at its opening quote; returns the offset past the closing quote. */
export function scanString(text: string, start: number, options: { allowControlCharacters?: boolean }): Scanned {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code === 0x5c) {
      const next = text[index + 1] ?? '';
      if (next === 'u') {
        const digits = text.slice(index + 2, index + 6);
        if (!HEX.test(digits)) return { offset: index, end: index + 2 + digits.length, message: `Invalid escape \`\\u${digits}\`; \`\\u\` needs four hex digits` };
        index += 6;
        continue;
      }
      if (!ESCAPES.has(next)) {
        return { offset: index, end: index + 2, message: `Invalid escape \`\\${next}\` in a string; write \`\\\\\` for a backslash` };
      }
      index += 2;
      continue;
    }
    if (code < 0x20 && !options.allowControlCharacters) return { offset: index, end: index + 1, message: controlMessage(code) };
    index += 1;
  }
  return { offset: start, end: start + 1, message: 'This string is never closed; add the closing `"`' };
}

function controlMessage(code: number): string {
  if (code === 0x09) return 'Raw tab inside a string; write it as `\\t`';
  if (code === 0x0a || code === 0x0d) return 'Line break inside a string; close the string with `"` or write the break as `\\n`';
  return `Raw control character U+${code.toString(16).toUpperCase().padStart(4, '0')} inside a string; remove it`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function scanNumber(text: string, start: number): Scanned {
  const end = wordEnd(text, start);
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (match && start + match[0].length === end) return end;
  return { offset: start, end, message: `Invalid number \`${truncate(text.slice(start, end))}\`; write digits without leading zeros, quotes or \`+\`` };
}

export function scanLiteral(text: string, start: number): Scanned {
  const end = wordEnd(text, start);
  const word = text.slice(start, end);
  if (word === 'true' || word === 'false' || word === 'null') return end;
  if (text[start] === "'") return { offset: start, end: start + 1, message: 'JSON strings need double quotes; replace `\'` with `"`' };
  const lower = word.toLowerCase();
  if (lower === 'true' || lower === 'false' || lower === 'null') {
    return { offset: start, end, message: `Write \`${lower}\` in lower case (found \`${word}\`)` };
  }
  return { offset: start, end: Math.max(end, start + 1), message: describeUnexpected(text, start, 'Unexpected {found}; write a string in double quotes, a number, `true`, `false` or `null`') };
}

export function badKeyMessage(text: string, index: number): string {
  const char = text[index]!;
  if (char === "'") return 'Property names need double quotes; replace `\'` with `"`';
  if (/[A-Za-z_$]/.test(char)) return `Property name \`${truncate(text.slice(index, wordEnd(text, index)))}\` needs double quotes`;
  return describeUnexpected(text, index, 'Expected a property name in double quotes, found {found}');
}

/** End of a run of characters that are not JSON punctuation or whitespace (at least one character). */
export function wordEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && index - start < 200) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code) || code === 0x2c || code === 0x3a || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d || code === 0x22) break;
    index += 1;
  }
  return Math.max(index, start + 1);
}

export const tokenEnd = (text: string, start: number): number =>
  text[start] === '"' ? start + stringPreview(text, start).length : wordEnd(text, start);

export function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

/** Fill `{found}` with what is at `index`, naming invisible characters by code point. */
export function describeUnexpected(text: string, index: number, template: string): string {
  const code = text.codePointAt(index) ?? 0;
  let found: string;
  if (code === 0xa0) found = 'no-break space (U+00A0)';
  else if (code === 0xfeff) found = 'byte order mark (U+FEFF)';
  else if (code > 0x7e || code < 0x20) found = `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  else if (text[index] === '"') found = `\`${truncate(stringPreview(text, index))}\``;
  else found = `\`${truncate(text.slice(index, wordEnd(text, index)))}\``;
  return template.replace('{found}', found);
}

export const truncate = (value: string): string => (value.length > 30 ? `${value.slice(0, 29)}…` : value);

/** A string literal as written, up to its closing quote on the same line. */
export function stringPreview(text: string, start: number): string {
  let index = start + 1;
  while (index < text.length && index - start < 40 && text[index] !== '"' && text[index] !== '\n') index += text[index] === '\\' ? 2 : 1;
  return text.slice(start, text[index] === '"' ? index + 1 : index);
}

/** Decode a JSON string literal (with quotes); falls back to the raw text between the quotes. */
export function decodeString(literal: string): string {
  if (!literal.includes('\\')) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/**
 * Offset in a string literal as written (quotes included) of the character at `index` of its decoded
 * value: escapes take 2 or 6 characters as written but one when decoded.
 */
export function offsetInStringLiteral(literal: string, index: number): number {
  let raw = 1;
  for (let decoded = 0; decoded < index && raw < literal.length - 1; decoded += 1) {
    raw += literal[raw] !== '\\' ? 1 : literal[raw + 1] === 'u' ? 6 : 2;
  }
  return raw;
}
