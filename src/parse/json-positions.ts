/**
 * A linear, iterative JSON scanner. It does two jobs `JSON.parse` cannot:
 * - map JSON pointers (`/formElements/3/id`) to offsets in the raw text, so payload rules can report at
 *   the line of the offending value;
 * - find the first syntax error with its exact offset and an author-facing message (V8's messages vary
 *   between versions and some, such as "Unexpected token" in Node 20, carry no position at all).
 * An explicit stack instead of recursion: a hostile payload nested thousands of levels deep cannot
 * overflow it, and positions are only recorded down to `maxDepth`.
 */

/** Offsets are relative to the scanned text; `end` is exclusive. */
export interface JsonSpan {
  start: number;
  end: number;
}

export interface JsonEntry {
  value: JsonSpan;
  /** The property name with its quotes, for values inside objects. */
  key?: JsonSpan;
}

export interface JsonSyntaxError {
  offset: number;
  end: number;
  message: string;
}

export interface JsonScan {
  /** JSON pointer (RFC 6901; `''` is the root) → where the value (and its key) is written. */
  entries: Map<string, JsonEntry>;
  /** Offset just past the top-level value (or where scanning stopped). */
  end: number;
  error?: JsonSyntaxError;
}

export interface ScanOptions {
  /** Containers deeper than this are checked but their members are not recorded (default 64). */
  maxDepth?: number;
  /** Stop after the top-level value instead of reporting text after it. */
  stopAfterValue?: boolean;
  /** Accept raw control characters inside strings (payloads that were read leniently). */
  allowControlCharacters?: boolean;
}

interface Frame {
  kind: 'object' | 'array';
  pointer: string | undefined;
  open: number;
  count: number;
  /** Pending property name for objects. */
  key?: string;
  keySpan?: JsonSpan;
  /** Offset of the last `,`, for trailing-comma detection. */
  comma: number;
}

type State = 'value' | 'after' | 'key';

const isWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Scan `text` as one JSON value. Never throws; the first syntax error ends the scan. */
export function scanJson(text: string, options: ScanOptions = {}): JsonScan {
  const maxDepth = options.maxDepth ?? 64;
  const entries = new Map<string, JsonEntry>();
  const stack: Frame[] = [];
  let state: State = 'value';
  let index = 0;
  /** Offset just past the last complete value. */
  let valueEnd = 0;
  const fail = (offset: number, message: string, end = offset + 1): JsonScan => ({
    entries,
    end: offset,
    error: { offset, end: Math.min(Math.max(end, offset), text.length), message },
  });
  /** The pointer of the value about to start, or undefined when too deep to record. */
  const childPointer = (): string | undefined => {
    const parent = stack[stack.length - 1];
    if (!parent) return '';
    if (parent.pointer === undefined || stack.length > maxDepth) return undefined;
    const segment = parent.kind === 'array' ? String(parent.count) : escapePointer(parent.key ?? '');
    return `${parent.pointer}/${segment}`;
  };
  const record = (pointer: string | undefined, start: number, end: number) => {
    if (pointer === undefined) return;
    const parent = stack[stack.length - 1];
    entries.set(pointer, parent?.kind === 'object' && parent.keySpan ? { value: { start, end }, key: parent.keySpan } : { value: { start, end } });
  };

  for (;;) {
    while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
    const frame = stack[stack.length - 1];
    if (state === 'after' && !frame) {
      if (options.stopAfterValue || index >= text.length) return { entries, end: valueEnd };
      return fail(index, describeUnexpected(text, index, 'Unexpected {found} after the end of the JSON; remove it or close the payload with a `---` line'), lineEnd(text, index));
    }
    if (index >= text.length) {
      if (!frame && state === 'value') return fail(text.length, 'The JSON payload is empty; write an object such as `{ }`', text.length);
      const close = frame?.kind === 'array' ? ']' : '}';
      return fail(frame?.open ?? text.length, `This \`${close === ']' ? '[' : '{'}\` is never closed; add the matching \`${close}\``);
    }
    const char = text[index]!;
    if (char === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) return fail(index, 'Comments are not allowed in JSON; remove it', index + 2);

    if (state === 'key') {
      if (char === '}' && frame!.count === 0) {
        closeFrame(index);
        continue;
      }
      if (char === '}') return fail(frame!.comma, 'Trailing `,` before `}`; remove it', frame!.comma + 1);
      if (char !== '"') return fail(index, badKeyMessage(text, index), wordEnd(text, index));
      const end = scanString(text, index, options);
      if (typeof end !== 'number') return fail(end.offset, end.message, end.end);
      frame!.key = decodeString(text.slice(index, end));
      frame!.keySpan = { start: index, end };
      index = end;
      while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
      if (text[index] !== ':') {
        return fail(index, `Missing \`:\` after the property name \`${truncate(frame!.key)}\`; add it before the value`, wordEnd(text, index));
      }
      index += 1;
      state = 'value';
      continue;
    }

    if (state === 'after') {
      const current = frame!;
      if (char === ',') {
        current.comma = index;
        current.count += 1;
        index += 1;
        state = current.kind === 'object' ? 'key' : 'value';
        continue;
      }
      if ((char === '}' && current.kind === 'object') || (char === ']' && current.kind === 'array')) {
        closeFrame(index);
        continue;
      }
      if (char === '}' || char === ']') {
        const wanted = current.kind === 'object' ? '}' : ']';
        return fail(index, `Unexpected \`${char}\`; the \`${current.kind === 'object' ? '{' : '['}\` it should close needs \`${wanted}\``);
      }
      const what = current.kind === 'object' ? 'property' : 'item';
      return fail(index, describeUnexpected(text, index, `Missing \`,\` before {found}; add a comma after the previous ${what}`), tokenEnd(text, index));
    }

    // state === 'value'
    const pointer = childPointer();
    if (char === '{' || char === '[') {
      stack.push({ kind: char === '{' ? 'object' : 'array', pointer, open: index, count: 0, comma: -1 });
      index += 1;
      state = char === '{' ? 'key' : 'value';
      if (char === '[') {
        while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
        if (text[index] === ']') closeFrame(index);
      }
      continue;
    }
    if ((char === ']' || char === '}') && frame) {
      // In an array a value is only expected after `[` (empty arrays are closed above) or after a comma.
      if (char === ']' && frame.kind === 'array') return fail(frame.comma, 'Trailing `,` before `]`; remove it', frame.comma + 1);
      return fail(index, `Missing value before \`${char}\`; write a value after the \`${frame.kind === 'object' ? ':' : ','}\``);
    }
    if (char === ',') return fail(index, 'Missing value before `,`; write a value or remove the extra comma');
    let end: number | { offset: number; end: number; message: string };
    if (char === '"') end = scanString(text, index, options);
    else if (char === '-' || (char >= '0' && char <= '9')) end = scanNumber(text, index);
    else end = scanLiteral(text, index);
    if (typeof end !== 'number') return fail(end.offset, end.message, end.end);
    record(pointer, index, end);
    index = end;
    valueEnd = end;
    state = 'after';
  }

  function closeFrame(at: number): void {
    const closed = stack.pop()!;
    index = at + 1;
    valueEnd = index;
    if (closed.pointer !== undefined) record(closed.pointer, closed.open, index);
    state = 'after';
  }
}

type Scanned = number | { offset: number; end: number; message: string };

const HEX = /^[0-9a-fA-F]{4}$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Scan a string starting at its opening quote; returns the offset past the closing quote. */
function scanString(text: string, start: number, options: ScanOptions): Scanned {
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

function scanNumber(text: string, start: number): Scanned {
  const end = wordEnd(text, start);
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (match && start + match[0].length === end) return end;
  return { offset: start, end, message: `Invalid number \`${truncate(text.slice(start, end))}\`; write digits without leading zeros, quotes or \`+\`` };
}

function scanLiteral(text: string, start: number): Scanned {
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

function badKeyMessage(text: string, index: number): string {
  const char = text[index]!;
  if (char === "'") return 'Property names need double quotes; replace `\'` with `"`';
  if (/[A-Za-z_$]/.test(char)) return `Property name \`${truncate(text.slice(index, wordEnd(text, index)))}\` needs double quotes`;
  return describeUnexpected(text, index, 'Expected a property name in double quotes, found {found}');
}

/** End of a run of characters that are not JSON punctuation or whitespace (at least one character). */
function wordEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && index - start < 200) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code) || code === 0x2c || code === 0x3a || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d || code === 0x22) break;
    index += 1;
  }
  return Math.max(index, start + 1);
}

const tokenEnd = (text: string, start: number): number =>
  text[start] === '"' ? start + stringPreview(text, start).length : wordEnd(text, start);

function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

/** Fill `{found}` with what is at `index`, naming invisible characters by code point. */
function describeUnexpected(text: string, index: number, template: string): string {
  const code = text.codePointAt(index) ?? 0;
  let found: string;
  if (code === 0xa0) found = 'no-break space (U+00A0)';
  else if (code === 0xfeff) found = 'byte order mark (U+FEFF)';
  else if (code > 0x7e || code < 0x20) found = `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  else if (text[index] === '"') found = `\`${truncate(stringPreview(text, index))}\``;
  else found = `\`${truncate(text.slice(index, wordEnd(text, index)))}\``;
  return template.replace('{found}', found);
}

/** A string literal as written, up to its closing quote on the same line. */
function stringPreview(text: string, start: number): string {
  let index = start + 1;
  while (index < text.length && index - start < 40 && text[index] !== '"' && text[index] !== '\n') index += text[index] === '\\' ? 2 : 1;
  return text.slice(start, text[index] === '"' ? index + 1 : index);
}

const truncate = (value: string): string => (value.length > 30 ? `${value.slice(0, 29)}…` : value);

/** Decode a JSON string literal (with quotes); falls back to the raw text between the quotes. */
function decodeString(literal: string): string {
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
