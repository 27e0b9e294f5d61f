import type { Diagnostic } from '../../schemas/diagnostic.js';
import { ProblemScopingSchema, type Payload } from '../../schemas/article.js';
import { diagnosticAt } from '../diagnostics.js';
import type { PayloadRegion } from '../split.js';
import { positionOf, type SourceFile } from '../source.js';
import { scanJson } from './json-positions.js';

export interface ParsedPayload {
  payload: Payload;
  diagnostics: Diagnostic[];
}

/**
 * Parse the JSON between the `---` lines. Broken JSON keeps its raw text, and the place and reason come
 * from our own scanner (`json-positions.ts`): V8's messages differ between versions and some carry no
 * position. Raw tabs and line breaks inside strings (seen in real payloads) are reported but still read,
 * so the rest of the payload stays usable. A payload without its closing `---` runs to the end of the
 * file; only its first JSON value is read, so the missing line is reported once, at the opening `---`.
 */
export function parsePayload(file: SourceFile, region: PayloadRegion): ParsedPayload {
  const raw = file.text.slice(region.jsonStart, region.jsonEnd);
  const position = positionOf(file, region.start, region.end);
  const diagnostics: Diagnostic[] = [];
  let text = raw;
  if (!region.closed) {
    const at = positionOf(file, region.start, region.start + 3);
    diagnostics.push(diagnosticAt('payload/json-syntax', 'error', 'The JSON payload has no closing `---` line; add one after the last `}` of the JSON', at));
    const first = scanJson(raw, { stopAfterValue: true, allowControlCharacters: true, maxDepth: 0 });
    if (!first.error) text = raw.slice(0, first.end);
  }
  const strict = tryParse(text);
  if (strict.ok) return { payload: withTypedView({ raw, json: strict.value, position }), diagnostics };

  const located = scanJson(text, { maxDepth: 0 }).error;
  const message = located?.message ?? strict.message;
  const start = region.jsonStart + Math.min(located?.offset ?? strict.offset, text.length);
  const end = located ? region.jsonStart + located.end : start;
  const point = file.toPoint(start);
  const error = { message, line: point.line, column: point.column };
  diagnostics.push(diagnosticAt('payload/json-syntax', 'error', `Invalid JSON payload: ${lowerFirst(message)}`, positionOf(file, start, end)));
  const lenient = tryParse(escapeControlCharactersInStrings(text));
  const payload: Payload = lenient.ok ? withTypedView({ raw, json: lenient.value, error, position }) : { raw, error, position };
  return { payload, diagnostics };
}

/** Lower-case the first letter unless the message starts with a code span or a name such as `JSON`. */
const lowerFirst = (message: string): string => (/^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message);

type ParseOutcome = { ok: true; value: unknown } | { ok: false; message: string; offset: number };

function tryParse(raw: string): ParseOutcome {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: cleanMessage(message), offset: errorOffset(raw, message) };
  }
}

/** V8 says "… at position N" or "… (line L column C)"; without either, point at the end. */
function errorOffset(raw: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return raw.length;
  let offset = 0;
  for (let line = 1; line < Number(lineColumn[1]); line += 1) offset = raw.indexOf('\n', offset) + 1;
  return offset + Number(lineColumn[2]) - 1;
}

/** Drop V8's position and source excerpt (Node 20: `Unexpected token ']', ..."  ],"... is not valid JSON`). */
const cleanMessage = (message: string): string =>
  message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/, (?:\.\.\.)?".*$/s, '');

/** Escape raw control characters inside JSON strings; one pass, tracking only quotes and escapes. */
function escapeControlCharactersInStrings(raw: string): string {
  let result = '';
  let inString = false;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index]!;
    if (inString && char === '\\') {
      result += char + (raw[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (char === '"') inString = !inString;
    const code = char.charCodeAt(0);
    result += inString && code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return result;
}

/** Add the typed problem-scoping view when the JSON holds a valid `formElements` array. */
function withTypedView(payload: Payload): Payload {
  const json = payload.json;
  if (!json || typeof json !== 'object' || !('formElements' in json)) return payload;
  const typed = ProblemScopingSchema.safeParse(json);
  return typed.success ? { ...payload, problemScoping: typed.data } : payload;
}
