import type { Delete, Emphasis, Link, PhrasingContent, Strong } from 'mdast';
import type { Token } from 'markdown-it';
import { findLiteralAutolinks, type LiteralAutolink } from './autolink-literal.js';
import type { ContentMap } from './content-map.js';
import { mayHoldAutolinkLiteral, transformMayLink } from './guards.js';
import type { Lines } from './lines.js';
import { refuse } from './refusal.js';

type Container = Emphasis | Strong | Delete | Link;

interface Frame {
  node: Container;
  closes: string;
}

/** Context for one inline token: where its content sits, and its lazy lines whose indent markdown-it dropped. */
export interface InlineSource {
  lines: Lines;
  map: ContentMap;
  lazyIndentedLines: ReadonlySet<number>;
}

/**
 * Turn one inline token's children (spans set by the engine, in content offsets) into mdast phrasing
 * content. Text, escapes, entities and soft breaks in a row become one text node, as in mdast.
 */
export function convertInline(tokens: readonly Token[], source: InlineSource, content: string): PhrasingContent[] {
  // micromark strikes through with one tilde too, and its tilde flanking differs at the edges.
  if (content.includes('~') && hasOddTildes(content)) refuse('single tildes, a run of three, or tildes beside a single * or _');
  if (hasDelimiterBySurrogate(content)) refuse('emphasis marker next to an astral character');
  if (mayApplyRuleOfThreeApart(content, tokens)) refuse('emphasis where the rule of 3 may be applied apart');
  const root: PhrasingContent[] = [];
  const stack: Frame[] = [];
  const text = new TextRun();
  let children = root;
  const at = (index: number) => source.lines.point(source.map.toSource(index));
  const span = (start: number, end: number) => ({ start: at(start), end: at(end) });
  const textSpan = (start: number, end: number, sourceEnd: number | undefined) => ({
    start: at(start),
    end: sourceEnd === undefined ? at(end) : source.lines.point(sourceEnd),
  });
  const flush = () => text.flushInto(children, textSpan, stack.some((frame) => frame.node.type === 'link'));
  const literals = mayHoldAutolinkLiteral(content) ? findLiteralAutolinks(tokens, content) : [];
  let nextLiteral = 0;
  /** Content before this offset was taken by a literal autolink already emitted. */
  let taken = 0;

  for (const token of tokens) {
    const [start, end] = token.map ?? refuse(`inline token without a span: ${token.type}`);
    switch (token.type) {
      case 'text':
      case 'text_special': {
        let from = Math.max(start, taken);
        // Literals only cover plain text tokens, whose content is the content slice itself.
        for (let literal = literals[nextLiteral]; literal && literal.start < end; literal = literals[++nextLiteral]) {
          if (literal.start > from) text.add(content.slice(from, literal.start), from, literal.start);
          flush();
          children.push(literalLink(literal, content, () => span(literal.start, literal.end)));
          from = taken = literal.end;
        }
        if (from >= end) break;
        if (from > start) text.add(content.slice(from, end), from, end);
        else if (token.content !== '') text.add(token.content, start, end);
        break;
      }
      case 'softbreak':
        // micromark drops all blanks before a line ending; markdown-it drops one space.
        text.trimEnd();
        // A text node ending in a line ending stops just past it, before the next line's indent.
        text.add('\n', start, end, source.map.toSource(start) + 1);
        break;
      case 'hardbreak': {
        // A break ends just past its line ending, before any container prefix on the next line.
        flush();
        const lineEnding = source.map.toSource(end - 1);
        children.push({ type: 'break', position: { start: at(start), end: source.lines.point(lineEnding + 1) } });
        break;
      }
      case 'code_inline':
        refuseDroppedIndent(content, start, end, source);
        flush();
        children.push({ type: 'inlineCode', value: codeText(content, start, end, token.markup.length), position: span(start, end) });
        break;
      case 'html_inline':
        refuseDroppedIndent(content, start, end, source);
        flush();
        children.push({ type: 'html', value: token.content, position: span(start, end) });
        break;
      case 'image':
        flush();
        children.push({
          type: 'image',
          title: titleOf(token, source),
          url: attribute(token, 'src') ?? '',
          alt: altText(token.children ?? []),
          position: span(start, end),
        });
        break;
      case 'em_open':
      case 'strong_open':
      case 's_open':
      case 'link_open': {
        flush();
        const node = openNode(token, source);
        node.position = { start: at(token.type === 'strong_open' ? start - 1 : start), end: at(start) };
        children.push(node);
        stack.push({ node, closes: token.type.replace('_open', '_close') });
        children = node.children;
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close': {
        flush();
        const frame = stack.pop();
        if (!frame || frame.closes !== token.type) refuse('unbalanced inline tokens');
        frame.node.position!.end = at(token.type === 'strong_close' ? end + 1 : end);
        children = stack.length > 0 ? stack[stack.length - 1]!.node.children : root;
        break;
      }
      default:
        refuse(`inline token ${token.type}`);
    }
  }
  flush();
  if (stack.length > 0) refuse('unclosed inline tokens');
  return root;
}

/** A literal autolink as mdast-util-gfm-autolink-literal builds it: its text is the source as written. */
function literalLink(literal: LiteralAutolink, content: string, position: () => NonNullable<Link['position']>): Link {
  const value = content.slice(literal.start, literal.end);
  return { type: 'link', title: null, url: literal.url, children: [{ type: 'text', value, position: position() }], position: position() };
}

/** A code span or html running onto a lazy line whose indent micromark keeps in the value and markdown-it dropped. */
function refuseDroppedIndent(content: string, start: number, end: number, source: InlineSource): void {
  if (source.lazyIndentedLines.size === 0) return;
  for (let index = content.indexOf('\n', start); index !== -1 && index < end; index = content.indexOf('\n', index + 1)) {
    if (source.lazyIndentedLines.has(source.lines.lineOf(source.map.toSource(index + 1)))) refuse('code or html over an indented lazy line');
  }
}

function openNode(token: Token, source: InlineSource): Container {
  switch (token.type) {
    case 'em_open':
      return { type: 'emphasis', children: [] };
    case 'strong_open':
      return { type: 'strong', children: [] };
    case 's_open':
      return { type: 'delete', children: [] };
    default:
      return { type: 'link', title: titleOf(token, source), url: attribute(token, 'href') ?? '', children: [] };
  }
}

/**
 * Code span text as mdast keeps it: line endings stay (markdown-it turns them into spaces); one space
 * or line ending is stripped from each side when both sides have one and the text is not all blanks.
 */
function codeText(content: string, start: number, end: number, markerLength: number): string {
  const raw = content.slice(start + markerLength, end - markerLength);
  const isPad = (code: number) => code === 32 || code === 10;
  if (raw.length > 2 && isPad(raw.charCodeAt(0)) && isPad(raw.charCodeAt(raw.length - 1))) {
    for (let index = 0; index < raw.length; index++) if (!isPad(raw.charCodeAt(index))) return raw.slice(1, -1);
  }
  return raw;
}

/** A title over several lines may hold an indented lazy line, whose indent only micromark keeps. */
function titleOf(token: Token, source: InlineSource): string | null {
  const title = attribute(token, 'title') ?? null;
  if (title?.includes('\n') && source.lazyIndentedLines.size > 0) refuse('multi-line title in a paragraph with indented lazy lines');
  return title;
}

/** An attribute the link rules set; markdown-it types attribute values loosely. */
function attribute(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}

/**
 * micromark classifies the character beside a `*` or `_` run by UTF-16 unit, so an astral symbol (an
 * emoji) counts as a letter there and as punctuation in markdown-it: the two disagree on flanking.
 */
function hasDelimiterBySurrogate(content: string): boolean {
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code !== 42 && code !== 95 && code !== 126) continue;
    if (isSurrogate(content.charCodeAt(index - 1)) || isSurrogate(content.charCodeAt(index + 1))) return true;
  }
  return false;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * The "rule of 3" (a run that can both open and close pairs only when the two run lengths do not sum
 * to a multiple of 3): markdown-it sums the runs' original lengths, micromark what is left of them
 * after earlier matches. They can only disagree when a run is partly used up, which needs runs of
 * the same marker with different lengths, and some run that may both open and close: refused.
 * Markers inside code spans, raw HTML, autolinks and escapes are text to both readers, not runs.
 */
function mayApplyRuleOfThreeApart(content: string, tokens: readonly Token[]): boolean {
  if (!content.includes('*') && !content.includes('_')) return false;
  const literal = literalSpans(tokens);
  const star = new RunFacts();
  const underscore = new RunFacts();
  let span = 0;
  for (let index = 0; index < content.length; index++) {
    const marker = content.charCodeAt(index);
    if (marker !== 42 && marker !== 95) continue;
    while (span < literal.length && literal[span]![1] <= index) span++;
    if (span < literal.length && literal[span]![0] <= index) {
      index = literal[span]![1] - 1;
      continue;
    }
    let end = index + 1;
    while (content.charCodeAt(end) === marker && !(span < literal.length && literal[span]![0] <= end)) end++;
    (marker === 42 ? star : underscore).add(end - index, mayBothOpenAndClose(marker, content.charCodeAt(index - 1), content.charCodeAt(end)));
    index = end - 1;
  }
  return star.mayDisagree() || underscore.mayDisagree();
}

/** Content spans, in order, whose characters are never delimiters: code spans, raw HTML, escapes, autolinks. */
function literalSpans(tokens: readonly Token[]): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let autolinkStart: number | undefined;
  for (const token of tokens) {
    const map = token.map;
    if (!map) continue;
    if (token.type === 'code_inline' || token.type === 'html_inline' || token.type === 'text_special') spans.push([map[0], map[1]]);
    else if (token.type === 'link_open' && token.markup === 'autolink') autolinkStart = map[0];
    else if (token.type === 'link_close' && autolinkStart !== undefined) {
      spans.push([autolinkStart, map[1]]);
      autolinkStart = undefined;
    }
  }
  return spans;
}

/** What the rule of 3 depends on, for the runs of one marker. */
class RunFacts {
  private firstLength = 0;
  private lengthsDiffer = false;
  private bothWays = false;

  add(length: number, bothWays: boolean): void {
    if (this.firstLength === 0) this.firstLength = length;
    else if (length !== this.firstLength) this.lengthsDiffer = true;
    this.bothWays ||= bothWays;
  }

  mayDisagree(): boolean {
    return this.lengthsDiffer && this.bothWays;
  }
}

/** Left- and right-flanking at once (and for `_`, between punctuation), erring towards yes. */
function mayBothOpenAndClose(marker: number, before: number, after: number): boolean {
  if (Number.isNaN(before) || Number.isNaN(after) || isMarkdownWhitespace(before) || isMarkdownWhitespace(after)) return false;
  const beforeKind = punctuationKind(before);
  const afterKind = punctuationKind(after);
  if (beforeKind === Kind.Unknown || afterKind === Kind.Unknown) return true;
  if (marker === 95) return beforeKind === Kind.Punctuation && afterKind === Kind.Punctuation;
  return beforeKind === afterKind;
}

const enum Kind {
  Punctuation,
  Other,
  /** Outside ASCII: the two readers' Unicode tables may differ, so either answer is possible. */
  Unknown,
}

function punctuationKind(code: number): Kind {
  if (code >= 128) return Kind.Unknown;
  const punctuation = (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
  return punctuation ? Kind.Punctuation : Kind.Other;
}

/** A `*` or `_` run of one at `index` (runs of two, as in `**~~a~~**`, read alike in both). */
function isSingleEmphasisMarker(content: string, index: number): boolean {
  const code = content.charCodeAt(index);
  return (code === 42 || code === 95) && content.charCodeAt(index - 1) !== code && content.charCodeAt(index + 1) !== code;
}

const isMarkdownWhitespace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * micromark also strikes through with one tilde (a run pairs only with a run of its own length);
 * markdown-it only pairs `~~`. A lone single tilde has no partner in either, so only a second one, or
 * a run of three or more, is refused, as are tildes touching a single `*` or `_`.
 */
function hasOddTildes(content: string): boolean {
  let singles = 0;
  for (let index = content.indexOf('~'); index !== -1; index = content.indexOf('~', index)) {
    const start = index;
    while (content.charCodeAt(index) === 126) index++;
    if (index - start > 2 || (index - start === 1 && ++singles > 1)) return true;
    // Tildes beside emphasis markers: the two readers flank and pair the mixed delimiters apart.
    if (isSingleEmphasisMarker(content, start - 1) || isSingleEmphasisMarker(content, index)) return true;
  }
  return false;
}

/** An image's alt; blanks before a line ending in it are dropped by micromark, kept by markdown-it: refused. */
function altText(tokens: readonly Token[]): string {
  const alt = plainText(tokens);
  if (alt.includes(' \n') || alt.includes('\t\n')) refuse('image alt with blanks before a line ending');
  return alt;
}

/** An image's alt: the text of its label with markup dropped (mdast-util-to-string over the label). */
function plainText(tokens: readonly Token[]): string {
  let value = '';
  for (const token of tokens) {
    if (token.type === 'softbreak') value += '\n';
    else if (token.type === 'image') value += plainText(token.children ?? []);
    else if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline' || token.type === 'html_inline') {
      value += token.content;
    }
  }
  return value;
}

/** Consecutive text pieces, merged into one mdast text node. */
class TextRun {
  private value = '';
  private start = -1;
  private end = -1;
  /** Source offset of the end when the run ends with a line ending (content offsets would skip the next indent). */
  private sourceEnd: number | undefined;

  add(value: string, start: number, end: number, sourceEnd?: number): void {
    if (this.start === -1) this.start = start;
    this.value += value;
    this.end = end;
    this.sourceEnd = sourceEnd;
  }

  trimEnd(): void {
    let length = this.value.length;
    while (length > 0 && (this.value.charCodeAt(length - 1) === 32 || this.value.charCodeAt(length - 1) === 9)) length--;
    this.value = this.value.slice(0, length);
    if (this.value === '' && this.start !== -1) refuse('blank text before a line ending');
  }

  flushInto(
    children: PhrasingContent[],
    span: (start: number, end: number, sourceEnd: number | undefined) => NonNullable<PhrasingContent['position']>,
    inLink: boolean,
  ): void {
    if (this.start === -1) return;
    // mdast-util-gfm-autolink-literal also links text micromark left alone (without positions).
    if (!inLink && transformMayLink(this.value)) refuse('text the literal autolink transform may link');
    // An unpaired `~~` still takes part in micromark's delimiter matching (a lone `~` cannot pair).
    if (this.value.includes('~~')) refuse('tilde left as text');
    children.push({ type: 'text', value: this.value, position: span(this.start, this.end, this.sourceEnd) });
    this.value = '';
    this.start = -1;
  }
}
