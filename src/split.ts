import { diagnosticAt, type Staged } from './diagnostics.js';
import { checkJsonDepth, limitDiagnostic } from './parse/limits.js';
import { malformedDiagnostic } from './parse/properties-problems.js';
import { propertiesMissingMessages } from './parse/properties-messages.js';
import { findPropertiesAnywhere, findPropertiesStart, scanProperties, type ScannedBlock } from './parse/properties-scanner.js';
import type { SourceFile } from './source.js';

export interface PayloadRegion {
  /** Offset of the opening `---` line. */
  start: number;
  /** Offset just past the closing `---` line (or the end of the file when it never closes). */
  end: number;
  jsonStart: number;
  jsonEnd: number;
  closed: boolean;
}

export interface Regions {
  properties: ScannedBlock;
  /** True when the block is not the first thing in the file. */
  propertiesLate: boolean;
  payload?: PayloadRegion;
  /**
   * The file with the properties block and the payload blanked to spaces (newlines kept), so remark
   * parses only the markdown and its positions are already file positions.
   */
  markdown: string;
}

/** Find the properties block and the JSON payload; everything else is markdown. */
export function splitRegions(file: SourceFile): Staged<Regions> {
  const { text } = file;
  let start = findPropertiesStart(text);
  const propertiesLate = start === -1;
  if (start === -1) start = findPropertiesAnywhere(text);
  if (start === -1) {
    return {
      diagnostics: [{ ...diagnosticAt('properties/missing', 'error', propertiesMissingMessages.missing), messageId: 'missing' }],
    };
  }
  const properties = scanProperties(text, start);
  if (!properties.closed && properties.attributes.length === 0) {
    return { diagnostics: [malformedDiagnostic(file, 'emptyUnclosedBlock', {}, start, start + '<properties'.length)] };
  }
  const payload = findPayload(text, properties.end);
  const blanked = [[properties.start, properties.end]] as Array<[number, number]>;
  if (payload) blanked.push([payload.start, payload.end]);
  // A payload nested past the limit would overflow the stack of whatever walks it: report, do not read.
  // (Markdown past its limits is refused by parseMarkdown, for every caller.)
  const tooDeep = payload && checkJsonDepth(text, payload.jsonStart, payload.jsonEnd);
  if (tooDeep) return { diagnostics: [limitDiagnostic(file, tooDeep)] };
  return { value: { properties, propertiesLate, payload, markdown: blankRanges(text, blanked) }, diagnostics: [] };
}

/**
 * The payload opens with the first `---` line after the properties whose next non-blank line starts
 * with `{` (481 of the 483 corpus files with a `---` line follow this shape), and closes at the next `---` line.
 */
export function findPayload(text: string, from: number): PayloadRegion | undefined {
  let lineStart = from;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    if (isFenceLine(text, lineStart, lineEnd) && nextNonBlankStartsWithBrace(text, lineEnd)) {
      const jsonStart = nextLine(text, lineEnd);
      for (let cursor = jsonStart; cursor < text.length; cursor = nextLine(text, endOfLine(text, cursor))) {
        const cursorEnd = endOfLine(text, cursor);
        if (isFenceLine(text, cursor, cursorEnd)) {
          return { start: lineStart, end: cursorEnd, jsonStart, jsonEnd: withoutLineBreak(text, jsonStart, cursor), closed: true };
        }
      }
      return { start: lineStart, end: text.length, jsonStart, jsonEnd: text.length, closed: false };
    }
    lineStart = nextLine(text, lineEnd);
  }
  return undefined;
}

/** The JSON ends before the line break that precedes the closing `---`. */
function withoutLineBreak(text: string, start: number, end: number): number {
  let cursor = end;
  if (cursor > start && text.charCodeAt(cursor - 1) === 10) cursor -= 1;
  if (cursor > start && text.charCodeAt(cursor - 1) === 13) cursor -= 1;
  return cursor;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

const nextLine = (text: string, lineEnd: number): number => {
  const newline = text.indexOf('\n', lineEnd);
  return newline === -1 ? text.length : newline + 1;
};

const isFenceLine = (text: string, start: number, end: number): boolean => text.slice(start, end).trim() === '---';

function nextNonBlankStartsWithBrace(text: string, from: number): boolean {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  return text[index] === '{';
}

/**
 * Replace each range with spaces, keeping line breaks so every later offset stays put (one space per
 * UTF-16 unit). Built from slices and repeated spaces: a regex replace over a large payload was most of
 * the split's time.
 */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    parts.push(text.slice(cursor, start));
    let run = start;
    for (let index = start; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (code !== 10 && code !== 13) continue;
      if (index > run) parts.push(' '.repeat(index - run));
      parts.push(code === 10 ? '\n' : '\r');
      run = index + 1;
    }
    if (end > run) parts.push(' '.repeat(end - run));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
