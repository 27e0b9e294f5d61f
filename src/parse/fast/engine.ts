import markdownIt from 'markdown-it';
import type { Env, MarkdownIt, ParserInline, StateBlock, StateInline, Token } from 'markdown-it';
import { refuse, SplitAfter } from './refusal.js';
import { makeToken, TokenClass } from './tokens.js';

/** Where a block token's first line starts inside its containers, read while markdown-it's line marks are live. */
export interface BlockStart {
  /** First non-whitespace character of the line (a marker, a fence, the first text). */
  content: number;
  /** Where the line starts for this block: after container markers and the enclosing indent. */
  indent: number;
}

/** Per-parse side data, carried in markdown-it's `env` so the module-level instance stays stateless. */
export interface FastEnv extends Env {
  blockStarts: Map<Token, BlockStart>;
  /** Lazy paragraph lines indented less than their list item (0-based), whose indent only micromark keeps. */
  lazyIndentedLines: Set<number>;
  /** Lazy last lines of a list item's or quote's paragraph that are a lone HTML tag: micromark makes them an html node in the container. */
  lazyHtmlLines: Set<number>;
}

/**
 * Inline tokens get `map = [start, end]` as offsets into the inline content (markdown-it leaves inline
 * maps empty). `pendingStart` is where the text being gathered into `pending` began.
 */
class PositionedInlineState extends markdownIt().inline.State {
  pendingStart = 0;

  // pushPending and push as markdown-it writes them, with tokens from makeToken (see tokens.ts).
  override pushPending(): Token {
    const token = makeToken('text', '', 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = '';
    token.map = [this.pendingStart, this.pendingStart + token.content.length];
    return token;
  }

  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    if (this.pending) this.pushPending();
    const token = makeToken(type, tag, nesting);
    let meta: { delimiters: StateInline['delimiters'] } | undefined;
    if (nesting < 0) {
      this.level -= 1;
      this.delimiters = this._prev_delimiters.pop() ?? [];
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level += 1;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(meta as StateInline['tokens_meta'][number]);
    return token;
  }
}

/** The block state, pushing tokens from makeToken (markdown-it's push otherwise). */
class PlainTokenBlockState extends markdownIt().block.State {
  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    const token = makeToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level -= 1;
    token.level = this.level;
    if (nesting > 0) this.level += 1;
    this.tokens.push(token);
    return token;
  }
}

/** The core state, whose rules build tokens with `new state.Token(…)`. */
class PlainTokenCoreState extends markdownIt().core.State {
  constructor(...args: ConstructorParameters<ReturnType<typeof markdownIt>['core']['State']>) {
    super(...args);
    this.Token = TokenClass;
  }
}

/** Nesting deeper than this is cut short by markdown-it but not by micromark: refuse before it happens. */
const MAX_NESTING = 100;

function createReader(): MarkdownIt {
  const md = markdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: MAX_NESTING });
  md.enable(['table', 'strikethrough']);
  // mdast keeps destinations as written (escapes and entities decoded), with no percent-encoding,
  // punycode or protocol filter; markdown-it would otherwise drop `javascript:` links entirely.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.validateLink = () => true;
  // Adjacent text tokens are merged by the converter, which keeps every token's own source span;
  // markdown-it's own merging would keep only the last token's span.
  md.inline.ruler2.disable('fragments_join');
  md.core.ruler.disable('text_join');
  md.inline.State = PositionedInlineState;
  md.block.State = PlainTokenBlockState;
  md.core.State = PlainTokenCoreState;
  md.inline.tokenize = tokenizeWithPositions;
  for (const rule of md.block.ruler.__rules__) rule.fn = withBlockStarts(rule.fn);
  md.block.ruler.__cache__ = null;
  return md;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** Record where each new block token's first line starts while the rule's container marks are live. */
function withBlockStarts(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (state.level >= MAX_NESTING - 2) refuse('block nesting near markdown-it maxNesting');
    const before = state.tokens.length;
    const matched = rule(state, startLine, endLine, silent);
    if (!matched || silent) return matched;
    if (state.tokens[before]?.type === 'paragraph_open') refuseLazyLines(state, startLine);
    if (state.tokens[before]?.type === 'blockquote_open') refuseIndentedMarkers(state, startLine, state.tokens[before]!.map![1]);
    const starts = (state.env as unknown as FastEnv).blockStarts;
    for (let index = before; index < state.tokens.length; index++) {
      const token = state.tokens[index]!;
      if (!token.map || starts.has(token)) continue;
      const line = token.map[0];
      const lineStart = state.bMarks[line]!;
      const shift = state.tShift[line]!;
      // Columns and characters part where a tab indents a line inside a list item: the indent split
      // (where indented code or html starts) is off.
      if ((token.type === 'code_block' || token.type === 'html_block') && state.blkIndent > 0 && shift > 0 && state.sCount[line] !== shift && state.src.slice(lineStart, lineStart + shift).includes('\t')) {
        refuse('tab in the indent of a block inside a list item');
      }
      starts.set(token, { content: lineStart + shift, indent: lineStart + Math.min(shift, state.blkIndent) });
    }
    return matched;
  };
}

/**
 * Lazy continuation lines (outdented inside a list item) markdown-it and micromark read apart: one
 * that is a lone HTML tag continues the paragraph in markdown-it but starts an HTML block in micromark
 * (refused); one indented less than the item loses that indent in markdown-it, while micromark keeps
 * it where whitespace is kept (code spans, html, titles): noted for the inline conversion.
 */
function refuseLazyLines(state: StateBlock, startLine: number): void {
  for (let line = startLine + 1; line < state.line; line++) {
    if (state.sCount[line]! >= state.blkIndent) continue;
    const text = state.bMarks[line]! + state.tShift[line]!;
    if (state.src.charCodeAt(text) === 60 && mayOpenHtmlFlow(state.src, text, state.eMarks[line]!)) {
      // Matched only as the paragraph's last line, indented by spaces only, without trailing blanks, before a blank
      // line (at the very end of input without a line ending micromark puts it outside the list).
      const end = state.eMarks[line]!;
      const alone =
        line === state.line - 1 && indentedBySpacesOnly(state, line) && !hasQuoteMarker(state, line) && state.src.charCodeAt(end - 1) === 62 && end < state.src.length && blankFrom(state.src, end + 1);
      if (!alone && closesContainers(state, line)) throw new SplitAfter(line);
      if (!alone) refuse('lazy paragraph line may open HTML');
      (state.env as unknown as FastEnv).lazyHtmlLines.add(line);
    }
    if (state.tShift[line]! > 0) (state.env as unknown as FastEnv).lazyIndentedLines.add(line);
  }
}

/**
 * A lazy `<br>` line in the paragraph of a top-level list item or of quotes, followed by another lazy
 * line: micromark ends the paragraph, makes the tag an html node in the item (or innermost quote) and,
 * as html cannot continue lazily, closes the containers; the next line starts afresh outside them.
 * markdown-it keeps all three in one paragraph. Only this shape (the common one) is split; other lazy
 * tags are refused.
 */
function closesContainers(state: StateBlock, line: number): boolean {
  const next = line + 1;
  if (next >= state.line) return false;
  const open = openContainers(state);
  const listItem = open.length === 1 && open[0] === 'item';
  if (!listItem && (open.length === 0 || open.some((container) => container !== 'quote'))) return false;
  if (!indentedBySpacesOnly(state, line) || !indentedBySpacesOnly(state, next) || hasQuoteMarker(state, line) || hasQuoteMarker(state, next)) return false;
  // The next line is lazy too: outdented from the item, or without the quotes' markers; and not indented
  // code, which micromark splits there.
  if (listItem ? state.sCount[next]! >= state.blkIndent : state.sCount[next] !== -1) return false;
  if (state.tShift[next]! >= 4) return false;
  const text = state.bMarks[line]! + state.tShift[line]!;
  const end = endBeforeBlanks(state.src, text, state.eMarks[line]!);
  const first = state.src.charCodeAt(state.bMarks[next]! + state.tShift[next]!);
  // A letter or `<` cannot start a list item, so micromark reads that line afresh, outside the closed containers.
  return LONE_BREAK.test(state.src.slice(text, end)) && ((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 60);
}

/** The list items and quotes open around the block just read, outermost first. */
function openContainers(state: StateBlock): Array<'item' | 'quote'> {
  const open: Array<'item' | 'quote'> = [];
  for (const token of state.tokens) {
    if (token.type === 'list_item_open') open.push('item');
    else if (token.type === 'blockquote_open') open.push('quote');
    else if (token.type === 'list_item_close' || token.type === 'blockquote_close') open.pop();
  }
  return open;
}

/**
 * Whether the line as written starts with a `>` (after spaces): in nested quotes a line lazy for the
 * inner quote may still carry the outer one's marker, which markdown-it has already cut off.
 */
function hasQuoteMarker(state: StateBlock, line: number): boolean {
  let start = state.bMarks[line]!;
  while (start > 0 && state.src.charCodeAt(start - 1) !== 10) start--;
  while (state.src.charCodeAt(start) === 32) start++;
  return state.src.charCodeAt(start) === 62;
}

/** A line indented by spaces only; on a quote's lazy line markdown-it sets `sCount` to -1, so the text is read. */
function indentedBySpacesOnly(state: StateBlock, line: number): boolean {
  if (state.sCount[line] !== -1) return state.sCount[line] === state.tShift[line];
  const start = state.bMarks[line]!;
  return !state.src.slice(start, start + state.tShift[line]!).includes('\t');
}

/** `<br>`, `<br/>`, `<br />` or `</br>`: a complete tag, so micromark's html kind 7. */
const LONE_BREAK = /^(?:<br *\/?>|<\/br *>)$/i;

/**
 * On a lazy line micromark lets even a complete tag alone on its line (HTML kind 7) interrupt the
 * paragraph; markdown-it never does. Refused over-broadly: a line ending in `>`, or `<!`, `<?`
 * (declarations, where the two differ on letter case). A tag followed by text stays inline in both.
 */
function mayOpenHtmlFlow(source: string, text: number, end: number): boolean {
  const next = source.charCodeAt(text + 1);
  if (next === 33 || next === 63) return true;
  return source.charCodeAt(endBeforeBlanks(source, text, end) - 1) === 62;
}

/** Where the text in [start, end) ends without its trailing spaces and tabs. */
function endBeforeBlanks(source: string, start: number, end: number): number {
  while (end > start && (source.charCodeAt(end - 1) === 32 || source.charCodeAt(end - 1) === 9)) end--;
  return end;
}

/** markdown-it takes `>` indented four columns or more as a quote marker on a quote's later lines; micromark does not. */
function refuseIndentedMarkers(state: StateBlock, startLine: number, endLine: number): void {
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.sCount[line]! - state.blkIndent >= 4 && state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!) === 62) {
      refuse('quote marker indented four columns');
    }
  }
}

/** The source line starting at `start` is blank or absent. */
function blankFrom(source: string, start: number): boolean {
  let index = start;
  while (index < source.length && (source.charCodeAt(index) === 32 || source.charCodeAt(index) === 9)) index++;
  return index >= source.length || source.charCodeAt(index) === 10;
}

/** markdown-it's own inline loop, plus the source span of every token each rule pushes. */
function tokenizeWithPositions(this: ParserInline, state: StateInline): void {
  const positioned = state as PositionedInlineState;
  const rules = this.ruler.getRules('');
  const end = state.posMax;
  while (state.pos < end) {
    const from = state.pos;
    const tokensBefore = state.tokens.length;
    const pendingWasEmpty = state.pending === '';
    if (state.level >= MAX_NESTING - 1) refuse('inline nesting near markdown-it maxNesting');
    let matched = false;
    for (const rule of rules) {
      matched = rule(state, false);
      if (matched) break;
    }
    if (!matched) state.pending += state.src[state.pos++];
    if (pendingWasEmpty && state.pending !== '') positioned.pendingStart = from;
    if (state.tokens.length > tokensBefore) spanNewTokens(state.tokens, tokensBefore, state.src, from, state.pos);
    if (matched && state.pos >= end) break;
  }
  if (state.pending) state.pushPending();
}

/** Give the tokens one rule pushed (and not already placed) their spans within [from, to). */
function spanNewTokens(tokens: Token[], first: number, source: string, from: number, to: number): void {
  const fresh: Token[] = [];
  for (let index = first; index < tokens.length; index++) if (!tokens[index]!.map) fresh.push(tokens[index]!);
  if (fresh.length === 0) return;
  if (fresh.length === 1) {
    placeSingle(fresh[0]!, source, from, to);
    return;
  }
  if (fresh.every((token) => token.type === 'text')) {
    // Emphasis and strikethrough delimiter runs: one token per marker (or marker pair), left to right.
    let cursor = from;
    for (const token of fresh) token.map = [cursor, (cursor += token.content.length)];
    if (cursor !== to) refuse('delimiter run spans do not add up');
    return;
  }
  const [open, middle, close] = fresh;
  if (open?.type === 'link_open' && close?.type === 'link_close' && middle?.type === 'text' && fresh.length === 3) {
    // `<scheme:...>` or `<user@host>`: the text sits between the angle brackets.
    open.map = [from, to];
    middle.map = [from + 1, to - 1];
    close.map = [from, to];
    return;
  }
  if (fresh.length === 2 && open?.type === 'link_open' && middle?.type === 'link_close') {
    open.map = [from, to];
    middle.map = [from, to];
    return;
  }
  refuse(`unexpected token group from one inline rule: ${fresh.map((token) => token.type).join(',')}`);
}

/**
 * mdast's break from trailing spaces starts at the first space and ends after the line ending (the
 * next line's indent is skipped, not covered); a backslash break covers the backslash and the line ending.
 */
function placeSingle(token: Token, source: string, from: number, to: number): void {
  if (token.type === 'hardbreak') {
    if (source.charCodeAt(from) === 92) {
      token.map = [from, from + 2];
      return;
    }
    let start = from;
    while (source.charCodeAt(start - 1) === 32 || source.charCodeAt(start - 1) === 9) start--;
    // micromark makes no break from trailing whitespace holding a tab; markdown-it looks at two spaces only.
    if (source.slice(start, from).includes('\t')) refuse('trailing whitespace with a tab before a line ending');
    token.map = [start, from + 1];
    return;
  }
  token.map = [from, to];
}

export const reader: MarkdownIt = createReader();

/** Backslash escapes and character references decoded, as micromark decodes a fence's info string. */
export const unescapeAll: (text: string) => string = reader.utils.unescapeAll;
