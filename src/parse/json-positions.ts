/**
 * A linear, iterative JSON scanner. It does two jobs `JSON.parse` cannot:
 * - map JSON pointers (`/formElements/3/id`) to offsets in the raw text, so payload rules can report at
 *   the line of the offending value;
 * - find the first syntax error with its exact offset and an author-facing message (V8's messages vary
 *   between versions and some, such as "Unexpected token" in Node 20, carry no position at all).
 * An explicit stack instead of recursion: a hostile payload nested thousands of levels deep cannot
 * overflow it, and positions are only recorded down to `maxDepth`.
 */

import { badKeyMessage, decodeString, describeUnexpected, isWhitespace, lineEnd, scanLiteral, scanNumber, scanString, tokenEnd, truncate, wordEnd } from './json-tokens.js';

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

const escapePointer = (segment: string) => (segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment);

/** Scan `text` as one JSON value. Never throws; the first syntax error ends the scan. */
export function scanJson(text: string, options: ScanOptions = {}): JsonScan {
  return new Scanner(text, options).run();
}

/** One scan: a state machine over `value` (a value is due), `key` (a property name is due) and `after`. */
class Scanner {
  private readonly entries = new Map<string, JsonEntry>();
  private readonly stack: Frame[] = [];
  private readonly maxDepth: number;
  private state: State = 'value';
  private index = 0;
  /** Offset just past the last complete value. */
  private valueEnd = 0;

  constructor(
    private readonly text: string,
    private readonly options: ScanOptions,
  ) {
    this.maxDepth = options.maxDepth ?? 64;
  }

  run(): JsonScan {
    for (;;) {
      this.skipWhitespace();
      const done = this.atBoundary();
      if (done) return done;
      const { text, index } = this;
      if (text[index] === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) return this.fail(index, 'Comments are not allowed in JSON; remove it', index + 2);
      const failure = this.state === 'key' ? this.key() : this.state === 'after' ? this.after() : this.value();
      if (failure) return failure;
    }
  }

  /** The end of the top-level value or of the text. */
  private atBoundary(): JsonScan | undefined {
    const { text, index } = this;
    const frame = this.stack[this.stack.length - 1];
    if (this.state === 'after' && !frame) {
      if (this.options.stopAfterValue || index >= text.length) return { entries: this.entries, end: this.valueEnd };
      const message = describeUnexpected(text, index, 'Unexpected {found} after the end of the JSON; remove it or close the payload with a `---` line');
      return this.fail(index, message, lineEnd(text, index));
    }
    if (index < text.length) return undefined;
    if (!frame) return this.fail(text.length, 'The JSON payload is empty; write an object such as `{ }`', text.length);
    return this.fail(frame.open, frame.kind === 'array' ? 'This `[` is never closed; add the matching `]`' : 'This `{` is never closed; add the matching `}`');
  }

  private key(): JsonScan | undefined {
    const { text, index } = this;
    const frame = this.stack[this.stack.length - 1]!;
    const char = text[index]!;
    if (char === '}' && frame.count === 0) return this.closeFrame(index);
    if (char === '}') return this.fail(frame.comma, 'Trailing `,` before `}`; remove it', frame.comma + 1);
    if (char !== '"') return this.fail(index, badKeyMessage(text, index), wordEnd(text, index));
    const end = scanString(text, index, this.options);
    if (typeof end !== 'number') return this.fail(end.offset, end.message, end.end);
    frame.key = decodeString(text.slice(index, end));
    frame.keySpan = { start: index, end };
    this.index = end;
    this.skipWhitespace();
    if (text[this.index] !== ':') {
      return this.fail(this.index, `Missing \`:\` after the property name \`${truncate(frame.key)}\`; add it before the value`, wordEnd(text, this.index));
    }
    this.index += 1;
    this.state = 'value';
    return undefined;
  }

  private after(): JsonScan | undefined {
    const { text, index } = this;
    const frame = this.stack[this.stack.length - 1]!;
    const char = text[index]!;
    if (char === ',') {
      frame.comma = index;
      frame.count += 1;
      this.index += 1;
      this.state = frame.kind === 'object' ? 'key' : 'value';
      return undefined;
    }
    const closer = frame.kind === 'object' ? '}' : ']';
    if (char === closer) return this.closeFrame(index);
    if (char === '}' || char === ']') return this.fail(index, `Unexpected \`${char}\`; the \`${frame.kind === 'object' ? '{' : '['}\` it should close needs \`${closer}\``);
    const what = frame.kind === 'object' ? 'property' : 'item';
    return this.fail(index, describeUnexpected(text, index, `Missing \`,\` before {found}; add a comma after the previous ${what}`), tokenEnd(text, index));
  }

  private value(): JsonScan | undefined {
    const { text, index } = this;
    const frame = this.stack[this.stack.length - 1];
    const char = text[index]!;
    const pointer = this.childPointer();
    if (char === '{' || char === '[') {
      this.stack.push({ kind: char === '{' ? 'object' : 'array', pointer, open: index, count: 0, comma: -1 });
      this.index += 1;
      this.state = char === '{' ? 'key' : 'value';
      this.skipWhitespace();
      return char === '[' && text[this.index] === ']' ? this.closeFrame(this.index) : undefined;
    }
    if ((char === ']' || char === '}') && frame) {
      // In an array a value is only expected after `[` (empty arrays are closed above) or after a comma.
      if (char === ']' && frame.kind === 'array') return this.fail(frame.comma, 'Trailing `,` before `]`; remove it', frame.comma + 1);
      return this.fail(index, `Missing value before \`${char}\`; write a value after the \`${frame.kind === 'object' ? ':' : ','}\``);
    }
    if (char === ',') return this.fail(index, 'Missing value before `,`; write a value or remove the extra comma');
    const end = char === '"' ? scanString(text, index, this.options) : char === '-' || (char >= '0' && char <= '9') ? scanNumber(text, index) : scanLiteral(text, index);
    if (typeof end !== 'number') return this.fail(end.offset, end.message, end.end);
    this.record(pointer, index, end);
    this.index = end;
    this.valueEnd = end;
    this.state = 'after';
    return undefined;
  }

  private closeFrame(at: number): undefined {
    const closed = this.stack.pop()!;
    this.index = at + 1;
    this.valueEnd = this.index;
    this.record(closed.pointer, closed.open, this.index);
    this.state = 'after';
    return undefined;
  }

  /** The pointer of the value about to start, or undefined when too deep to record. */
  private childPointer(): string | undefined {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return '';
    if (parent.pointer === undefined || this.stack.length > this.maxDepth) return undefined;
    const segment = parent.kind === 'array' ? String(parent.count) : escapePointer(parent.key ?? '');
    return `${parent.pointer}/${segment}`;
  }

  private record(pointer: string | undefined, start: number, end: number): void {
    if (pointer === undefined) return;
    const parent = this.stack[this.stack.length - 1];
    this.entries.set(pointer, parent?.kind === 'object' ? { value: { start, end }, key: parent.keySpan } : { value: { start, end } });
  }

  private skipWhitespace(): void {
    while (this.index < this.text.length && isWhitespace(this.text.charCodeAt(this.index))) this.index += 1;
  }

  private fail(offset: number, message: string, end = offset + 1): JsonScan {
    return { entries: this.entries, end: offset, error: { offset, end: Math.min(Math.max(end, offset), this.text.length), message } };
  }
}
