/**
 * Limits that keep reading a file linear in its size, checked by one pass over the text before the
 * markdown parser sees it. The parser (micromark) recurses into nested blocks and, for some inline
 * markup, scans back over the whole paragraph for each marker: 10,000 nested quotes overflow the
 * stack, and a paragraph of 20,000 unpaired `*` or `]` takes minutes. No real article comes near
 * these limits (corpus: nesting depth 2, at most 62 columns of indentation, JSON payloads 5 deep,
 * markup cost under 1% of the budget); a file over them is reported, not parsed.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnosticAt } from '../diagnostics.js';
import { positionOf, type SourceFile } from '../source.js';

/** Lists and block quotes nested deeper than this are rejected (the `structure/list-depth` rule warns from 3). */
export const MAX_CONTAINER_DEPTH = 64;
/** Any node of the parsed tree deeper than this (containers plus inline nesting) is rejected. */
export const MAX_TREE_DEPTH = 256;
/** JSON payloads nested deeper than this are rejected; JSON.stringify overflows the stack near 5,000. */
export const MAX_JSON_DEPTH = 64;
/** Markup cost allowed for a file: a fixed allowance plus so much per character (see `markupCost`). */
export const MARKUP_COST_BASE = 2_000_000;
export const MARKUP_COST_PER_CHAR = 100;

export interface LimitProblem {
  kind: 'container-depth' | 'json-depth' | 'markup-cost';
  /** Offset in the text where the limit is crossed (the worst paragraph for markup cost). */
  offset: number;
  /** The depth reached, or the markup cost. */
  value: number;
}

const isSpace = (code: number) => code === 32 || code === 9;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAlphanumeric = (code: number) => isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;

/**
 * Container depth a line can reach: each `>` or list marker at its start opens at most one level, and
 * each level continued from earlier lines needs a `>` or at least two columns of indentation.
 * Only lines with a marker are measured: other lines cannot be deeper than the lines that opened their containers.
 */
function lineContainerDepth(text: string, start: number, end: number): number {
  let columns = 0;
  let markers = 0;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      columns += code === 9 ? 4 : 1;
      index += 1;
    } else if (code === 62) {
      markers += 1;
      index += 1;
    } else {
      const after = listMarkerEnd(text, index, end);
      if (after === -1) break;
      markers += 1;
      index = after;
    }
  }
  return markers === 0 ? 0 : markers + Math.floor(columns / 2);
}

/** Offset after a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space or the line end, or -1. */
function listMarkerEnd(text: string, index: number, end: number): number {
  let cursor = index;
  const code = text.charCodeAt(cursor);
  if (code === 45 || code === 43 || code === 42) cursor += 1;
  else {
    while (cursor < end && cursor - index < 9 && isDigit(text.charCodeAt(cursor))) cursor += 1;
    const mark = text.charCodeAt(cursor);
    if (cursor === index || (mark !== 46 && mark !== 41)) return -1;
    cursor += 1;
  }
  return cursor === end || isSpace(text.charCodeAt(cursor)) ? cursor : -1;
}

/**
 * Running estimate of the parser's work beyond one step per character, for one paragraph (markup never
 * pairs across a blank line). Tokens approximate the parser's events: a word, a punctuation mark, a line end.
 * - `]` and emphasis closers (`*`, `_`, `~`) scan back to their opener, or to the paragraph start when there is none;
 * - each emphasis pair splices the paragraph's events (cheaper per token, hence the divisor).
 * Openers are kept on stacks, so the whole estimate is one pass.
 */
class ParagraphCost {
  tokens = 0;
  cost = 0;
  private pairs = 0;
  private readonly labels: number[] = [];
  private readonly openers = new Map<number, Array<{ at: number; length: number; both: boolean }>>();

  closeBracket(): void {
    this.cost += this.tokens - (this.labels.pop() ?? 0);
  }

  openBracket(): void {
    this.labels.push(this.tokens);
  }

  /** An emphasis run of `length` markers `code`, with what surrounds it. */
  emphasis(code: number, length: number, before: number, after: number): void {
    const opens = !Number.isNaN(after) && !isSpace(after) && after !== 10 && after !== 13;
    const closes = !Number.isNaN(before) && !isSpace(before) && before !== 10 && before !== 13;
    if (code === 95 && isAlphanumeric(before) && isAlphanumeric(after)) return; // intraword `_` is text
    const stack = this.openers.get(code) ?? [];
    this.openers.set(code, stack);
    let matched = false;
    if (closes) {
      const top = stack[stack.length - 1];
      // CommonMark's rule of three can make the closer skip this opener and scan further back: count a full scan.
      const skips = top !== undefined && (top.both || opens) && length % 3 !== 0 && (top.length + length) % 3 === 0;
      if (top && !skips) {
        this.cost += this.tokens - top.at;
        stack.pop();
        this.pairs += 1;
        matched = true;
      } else this.cost += this.tokens;
    }
    if (opens && !matched) stack.push({ at: this.tokens, length, both: closes });
  }

  finish(): number {
    return this.cost + Math.floor((this.pairs * this.tokens) / 16);
  }
}

/**
 * Check container depth and markup cost in one pass over the markdown (other regions already blanked).
 * Returns the first limit crossed, or undefined.
 */
export function checkMarkdownLimits(markdown: string): LimitProblem | undefined {
  const budget = MARKUP_COST_BASE + MARKUP_COST_PER_CHAR * markdown.length;
  let total = 0;
  let documentTokens = 0;
  let paragraph = new ParagraphCost();
  let paragraphStart = 0;
  let worst = { offset: 0, cost: -1 };
  let previousDepth = 0;
  const endParagraph = () => {
    const cost = paragraph.finish();
    total += cost;
    documentTokens += paragraph.tokens;
    if (cost > worst.cost) worst = { offset: paragraphStart, cost };
    paragraph = new ParagraphCost();
  };
  for (let lineStart = 0; lineStart < markdown.length; ) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const depth = lineContainerDepth(markdown, lineStart, lineEnd);
    if (depth > MAX_CONTAINER_DEPTH) return { kind: 'container-depth', offset: lineStart, value: depth };
    if (isBlankLine(markdown, lineStart, lineEnd)) {
      endParagraph();
      paragraphStart = lineEnd + 1;
    } else {
      // Leaving a list or quote makes the parser rewrite the document's events so far.
      if (depth < previousDepth) total += Math.floor(documentTokens / 8);
      previousDepth = depth;
      scanLine(markdown, lineStart, lineEnd, paragraph);
    }
    if (total + paragraph.cost > budget) return { kind: 'markup-cost', offset: paragraphStart, value: total + paragraph.cost };
    lineStart = lineEnd + 1;
  }
  endParagraph();
  return total > budget ? { kind: 'markup-cost', offset: worst.offset, value: total } : undefined;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (!isSpace(code) && code !== 13 && code !== 62) return false; // a line of `>` only is blank inside quotes
  }
  return true;
}

function scanLine(text: string, start: number, end: number, paragraph: ParagraphCost): void {
  paragraph.tokens += 1;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isAlphanumeric(code)) {
      paragraph.tokens += 1;
      while (index < end && isAlphanumeric(text.charCodeAt(index))) index += 1;
      continue;
    }
    if (code === 42 || code === 95 || code === 126) {
      let runEnd = index;
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd += 1;
      paragraph.tokens += 1;
      paragraph.emphasis(code, runEnd - index, index > start ? text.charCodeAt(index - 1) : Number.NaN, runEnd < end ? text.charCodeAt(runEnd) : Number.NaN);
      index = runEnd;
      continue;
    }
    if (!isSpace(code)) paragraph.tokens += 1;
    if (code === 91) paragraph.openBracket();
    else if (code === 93) paragraph.closeBracket();
    index += 1;
  }
}

/**
 * Deepest nesting of `{` and `[` in JSON text (strings skipped), stopping at the first point past the
 * limit. Linear; works on broken JSON too, so the check runs before any parser.
 */
export function checkJsonDepth(text: string, start: number, end: number): LimitProblem | undefined {
  let depth = 0;
  let inString = false;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) index += 1;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return { kind: 'json-depth', offset: index, value: depth };
    } else if (code === 125 || code === 93) depth = Math.max(depth - 1, 0);
  }
  return undefined;
}

/** What the reader says when a limit is crossed; the `structure/too-deep` rule shows the same templates. */
export const tooDeepMessages = {
  containers: 'Lists and quotes are nested {depth} deep here, over the limit of {limit}; flatten them',
  tree: 'Markup is nested more than {limit} levels deep here; flatten it',
  payload: 'The JSON payload is nested more than {limit} levels deep here; flatten it',
  markup: 'Too much unpaired emphasis or link markup from this paragraph on to read in reasonable time; remove stray `*`, `_`, `~`, `[` and `]`',
} as const;

export type TooDeepMessageId = keyof typeof tooDeepMessages;

const messageIdByKind: Record<LimitProblem['kind'], TooDeepMessageId> = {
  'container-depth': 'containers',
  'json-depth': 'payload',
  'markup-cost': 'markup',
};

const limitByKind: Record<LimitProblem['kind'], number> = {
  'container-depth': MAX_CONTAINER_DEPTH,
  'json-depth': MAX_JSON_DEPTH,
  'markup-cost': MARKUP_COST_PER_CHAR,
};

/** The `structure/too-deep` diagnostic for a crossed limit, at its line. */
export function tooDeepDiagnostic(file: Pick<SourceFile, 'toPoint'>, messageId: TooDeepMessageId, offset: number, data: Record<string, number> = {}): Diagnostic {
  const message = tooDeepMessages[messageId].replace(/\{(\w+)\}/g, (match, name: string) => String(data[name] ?? match));
  return { ...diagnosticAt('structure/too-deep', 'error', message, positionOf(file, offset, offset)), messageId };
}

export const limitDiagnostic = (file: Pick<SourceFile, 'toPoint'>, problem: LimitProblem): Diagnostic =>
  tooDeepDiagnostic(file, messageIdByKind[problem.kind], problem.offset, { depth: problem.value, limit: limitByKind[problem.kind] });
