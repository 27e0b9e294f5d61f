/**
 * GFM literal autolinks (`www.x.com`, `https://x.com`, `me@x.com`) found exactly where
 * micromark-extension-gfm-autolink-literal finds them: the same start rules (which character may
 * precede), the same extent (domain rules, balanced parentheses, trailing punctuation left out).
 * The scan reads markdown-it's inline `content`, which holds the raw source characters micromark
 * reads, so `content[index - 1]` is micromark's "previous" code.
 */
import type { Token } from 'markdown-it';
import { refuse } from './refusal.js';

/** One literal autolink in content offsets, with the url mdast gives it. */
export interface LiteralAutolink {
  start: number;
  end: number;
  url: string;
}

/**
 * A punctuation trail or a domain longer than this is refused instead of scanned: micromark rescans
 * them from every possible start, which would make the scan quadratic on hostile text.
 */
const MAX_TRAIL = 64;
const MAX_DOMAIN = 512;

/** Thrown when a trail or domain is too long to check cheaply (callers refuse the input). */
class ScanTooLong extends Error {}

/**
 * The literal autolink micromark reads at `start` of `content`, or undefined when none starts there.
 * Throws `ScanTooLong` for pathological runs (see `isScanTooLong`).
 */
export function literalAutolinkAt(content: string, start: number): LiteralAutolink | undefined {
  const code = content.charCodeAt(start);
  const previous = start === 0 ? NaN : content.charCodeAt(start - 1);
  // micromark tries the email construct first on every character that may start one.
  if (isAtext(code) && previousEmail(previous)) {
    const end = emailEnd(content, start);
    if (end !== undefined) return { start, end, url: `mailto:${content.slice(start, end)}` };
  }
  if ((code === 104 || code === 72) && !isAsciiAlpha(previous)) {
    const end = protocolEnd(content, start);
    if (end !== undefined) return { start, end, url: content.slice(start, end) };
  }
  if ((code === 119 || code === 87) && previousWww(previous)) {
    const end = wwwEnd(content, start);
    if (end !== undefined) return { start, end, url: `http://${content.slice(start, end)}` };
  }
  return undefined;
}

export function isScanTooLong(error: unknown): boolean {
  return error instanceof ScanTooLong;
}

function emailEnd(content: string, start: number): number | undefined {
  let index = start;
  while (isAtext(content.charCodeAt(index))) index++;
  if (content.charCodeAt(index) !== 64) return undefined;
  index++;
  let data = false;
  let dot = false;
  for (;;) {
    const code = content.charCodeAt(index);
    if (code === 46) {
      // A dot continues the domain only when an ASCII letter or digit follows it.
      if (!isAsciiAlphanumeric(content.charCodeAt(index + 1))) break;
      dot = true;
      index++;
    } else if (code === 45 || code === 95 || isAsciiAlphanumeric(code)) {
      data = true;
      index++;
    } else break;
  }
  return data && dot && isAsciiAlpha(content.charCodeAt(index - 1)) ? index : undefined;
}

function protocolEnd(content: string, start: number): number | undefined {
  let index = start + 1;
  while (index - start < 5 && isAsciiAlpha(content.charCodeAt(index))) index++;
  const protocol = content.slice(start, index).toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return undefined;
  if (content.charCodeAt(index) !== 58 || content.charCodeAt(index + 1) !== 47 || content.charCodeAt(index + 2) !== 47) return undefined;
  index += 3;
  const code = content.charCodeAt(index);
  if (Number.isNaN(code) || code < 32 || code === 127 || isWhitespace(code) || isUnicodePunctuation(code)) return undefined;
  const domain = domainEnd(content, index);
  return domain === undefined ? undefined : pathEnd(content, domain);
}

function wwwEnd(content: string, start: number): number | undefined {
  for (let index = start; index < start + 3; index++) {
    const code = content.charCodeAt(index);
    if (code !== 119 && code !== 87) return undefined;
  }
  if (content.charCodeAt(start + 3) !== 46 || start + 4 >= content.length) return undefined;
  const domain = domainEnd(content, start);
  return domain === undefined ? undefined : pathEnd(content, domain);
}

function domainEnd(content: string, start: number): number | undefined {
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let seen = false;
  let index = start;
  for (;;) {
    if (index - start > MAX_DOMAIN) throw new ScanTooLong();
    const code = content.charCodeAt(index);
    if (code === 46 || code === 95) {
      if (isTrail(content, index)) break;
      if (code === 95) underscoreInLast = true;
      else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      index++;
      continue;
    }
    if (Number.isNaN(code) || isWhitespace(code) || (code !== 45 && isUnicodePunctuation(code))) break;
    seen = true;
    index++;
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? undefined : index;
}

function pathEnd(content: string, start: number): number {
  let opened = 0;
  let closed = 0;
  let index = start;
  for (;;) {
    const code = content.charCodeAt(index);
    if (code === 40) {
      opened++;
      index++;
      continue;
    }
    if (code === 41 && closed < opened) {
      closed++;
      index++;
      continue;
    }
    if (isPathPunctuation(code)) {
      if (isTrail(content, index)) return index;
      if (code === 41) closed++;
      index++;
      continue;
    }
    if (Number.isNaN(code) || isWhitespace(code)) return index;
    index++;
  }
}

/** micromark's `trail` check: the punctuation from `start` ends the autolink (whitespace, `<` or the end follows). */
function isTrail(content: string, start: number): boolean {
  let index = start;
  const limit = start + MAX_TRAIL;
  for (;;) {
    if (index > limit) throw new ScanTooLong();
    const code = content.charCodeAt(index);
    if (isTrailPunctuation(code)) {
      index++;
    } else if (code === 38) {
      index++;
      if (!isAsciiAlpha(content.charCodeAt(index))) return false;
      while (isAsciiAlpha(content.charCodeAt(index))) index++;
      if (content.charCodeAt(index) !== 59) return false;
      index++;
    } else if (code === 93) {
      index++;
      const after = content.charCodeAt(index);
      if (Number.isNaN(after) || after === 40 || after === 91 || isWhitespace(after)) return true;
    } else {
      return code === 60 || Number.isNaN(code) || isWhitespace(code);
    }
  }
}

const TRAIL_PUNCTUATION = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
const PATH_PUNCTUATION = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);
const isTrailPunctuation = (code: number) => TRAIL_PUNCTUATION.has(code);
const isPathPunctuation = (code: number) => PATH_PUNCTUATION.has(code);

/** Characters before a `www.` literal: start of text, whitespace, `(`, `*`, `_`, `[`, `]`, `~`. */
function previousWww(code: number): boolean {
  return Number.isNaN(code) || code === 40 || code === 42 || code === 95 || code === 91 || code === 93 || code === 126 || code === 9 || code === 10 || code === 13 || code === 32;
}

function previousEmail(code: number): boolean {
  return !(code === 47 || isAtext(code));
}

export function isAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code);
}

const isAsciiAlpha = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiAlphanumeric = (code: number) => isAsciiAlpha(code) || (code >= 48 && code <= 57);

/** micromark's `markdownLineEndingOrSpace` or `unicodeWhitespace` (tab, line endings and `\s`). */
function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

const PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark's `unicodePunctuation`, tested per UTF-16 unit as micromark does. */
function isUnicodePunctuation(code: number): boolean {
  if (code < 128) return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
  return PUNCTUATION.test(String.fromCharCode(code));
}

/** What micromark makes of each content offset, as far as literal autolinks care. */
const enum Reading {
  /** Inside a construct micromark reads whole (code, html, links, images): no literal starts here. */
  Skipped = 0,
  /** Plain text in both readers, character for character. */
  Plain = 1,
  /**
   * An escape or character reference: micromark reads it whole (no literal starts inside it), but a
   * literal running over it keeps it as written, as the link text does.
   */
  Reference = 2,
  /** The first character of an escape or reference (a literal may end before it, not inside it). */
  ReferenceStart = 3,
  /** Anything else (delimiters markdown-it paired, breaks): a literal touching it is refused. */
  Other = 4,
}

/**
 * Every literal autolink micromark makes in one inline token's content, in order. Refuses (throws)
 * where the two readers could disagree: a literal that would start or run outside plain text (into
 * emphasis, an escape), an unclosed `[` before it (micromark then leaves it to the mdast transform,
 * without positions), or a `~` inside it. A `*` or `_` inside it that markdown-it left as plain text
 * found no partner there, so micromark, which never sees it as a delimiter, pairs the others alike.
 */
export function findLiteralAutolinks(tokens: readonly Token[], content: string): LiteralAutolink[] {
  const reading = readings(tokens, content);
  const found: LiteralAutolink[] = [];
  let openBrackets = 0;
  for (let index = 0; index < content.length; index++) {
    const kind = reading[index]!;
    if (kind === Reading.Skipped || kind === Reading.Reference || kind === Reading.ReferenceStart) continue;
    const code = content.charCodeAt(index);
    if (kind === Reading.Plain) {
      if (code === 91) openBrackets++;
      else if (code === 93 && openBrackets > 0) openBrackets--;
    }
    if (!isAtext(code)) continue;
    let literal: LiteralAutolink | undefined;
    try {
      literal = literalAutolinkAt(content, index);
    } catch (error) {
      if (isScanTooLong(error)) refuse('literal autolink scan too long');
      throw error;
    }
    if (!literal) continue;
    if (openBrackets > 0) refuse('literal autolink after an unclosed [');
    for (let inside = literal.start; inside < literal.end; inside++) {
      const kind = reading[inside];
      if (kind !== Reading.Plain && kind !== Reading.Reference && kind !== Reading.ReferenceStart) refuse('literal autolink outside plain text');
      if (content.charCodeAt(inside) === 126) refuse('literal autolink holding ~');
      // In a table cell a `|` here was written `\|`, and micromark's literal keeps the backslash.
      if (content.charCodeAt(inside) === 124) refuse('literal autolink holding |');
    }
    // `http://a\<b>`: micromark's literal takes the backslash, so the `<` after it is no longer escaped.
    if (reading[literal.end] === Reading.Reference) refuse('literal autolink ending inside an escape');
    if (content.charCodeAt(literal.end) === 124) refuse('literal autolink before |');
    found.push(literal);
    index = literal.end - 1;
  }
  return found;
}

function readings(tokens: readonly Token[], content: string): Uint8Array {
  const reading = new Uint8Array(content.length).fill(Reading.Other);
  let linkDepth = 0;
  for (const token of tokens) {
    const [start, end] = token.map ?? refuse(`inline token without a span: ${token.type}`);
    switch (token.type) {
      case 'link_open':
        if (linkDepth++ === 0) reading.fill(Reading.Skipped, start, end);
        break;
      case 'link_close':
        linkDepth--;
        break;
      case 'image':
      case 'code_inline':
      case 'html_inline':
        if (linkDepth === 0) reading.fill(Reading.Skipped, start, end);
        break;
      case 'text':
        if (linkDepth === 0 && end - start === token.content.length && content.startsWith(token.content, start)) {
          reading.fill(Reading.Plain, start, end);
        }
        break;
      case 'text_special':
        // A backslash before a character it cannot escape stays text in both readers.
        if (linkDepth === 0 && token.info === 'escape' && token.content === token.markup) reading.fill(Reading.Plain, start, end);
        else if (linkDepth === 0) reading.fill(Reading.Reference, start, end)[start] = Reading.ReferenceStart;
        break;
      default:
    }
  }
  return reading;
}
