import type { Blockquote, Code, Heading, Html, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { Token } from 'markdown-it';
import { unescapeAll } from './engine.js';
import type { BlockStart } from './engine.js';
import { headingMap, paragraphMap } from './inline-sources.js';
import { convertInline } from './inline.js';
import type { Lines } from './lines.js';
import { refuse } from './refusal.js';
import { convertTable } from './tables.js';

type Container = Root | Blockquote | List | ListItem;

interface Frame {
  node: Container;
  token: Token;
  /** The list starts on the first line of the quote or item holding it (micromark may treat it as interrupting). */
  opensContainerLine?: boolean;
}

/** Everything the block conversion reads: the token stream, block starts recorded during parsing, line tables. */
export interface BlockSource {
  tokens: readonly Token[];
  starts: ReadonlyMap<Token, BlockStart>;
  lines: Lines;
  lazyIndentedLines: ReadonlySet<number>;
  lazyHtmlLines: ReadonlySet<number>;
}

/** Convert markdown-it's block token stream into an mdast root with source positions. */
export function convertBlocks(source: BlockSource): Root {
  const { tokens, lines } = source;
  const root: Root = { type: 'root', children: [], position: lines.position(0, lines.normalized.length) };
  const stack: Frame[] = [];
  let parent: Container = root;
  const append = (node: RootContent) => (parent.children as RootContent[]).push(node);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case 'blockquote_open':
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open': {
        const node = openContainer(token, source);
        // micromark reads `2)` after indented code as a paragraph (the code leaves it "interrupting").
        if (node.type === 'list' && node.start !== null && node.start !== 1 && followsIndentedCode(parent, lines)) {
          refuse('ordered list not starting at 1 after indented code');
        }
        // In a quote, a list or quote closed by the next line opening another: micromark ends the first after that line's marker.
        const previous = parent.children[parent.children.length - 1];
        if (parent.type === 'blockquote' && node.type !== 'listItem' && (previous?.type === 'list' || previous?.type === 'blockquote')) {
          refuse('list or quote in a quote followed by another');
        }
        const opensContainerLine = parent.type !== 'root' && parent.position!.start.line === node.position!.start.line;
        append(node as RootContent);
        stack.push({ node, token, opensContainerLine });
        parent = node;
        break;
      }
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close': {
        const frame = stack.pop() ?? refuse('unbalanced block tokens');
        closeContainer(frame, source, quoteDepth(stack));
        parent = stack.length > 0 ? stack[stack.length - 1]!.node : root;
        break;
      }
      case 'paragraph_open':
        if (parent.type === 'listItem' && parent.children.length === 0 && mayOpenTask(tokens[index + 1]!.content)) {
          refuse('possible task list item');
        }
        if (source.lazyHtmlLines.has(tokens[index + 1]!.map![1] - 1)) {
          const inLists = stack.every((frame) => frame.node.type === 'list' || frame.node.type === 'listItem');
          if (!inLists && !stack.every((frame) => frame.node.type === 'blockquote')) refuse('lazy html line in a quote and a list');
          const [before, html] = splitLazyHtml(tokens[index + 1]!, source.lines);
          // Outer items may take part of an indent the inner one did not: matched for one level only.
          if (inLists && stack.length > 2 && html.value.charCodeAt(0) === 32) refuse('indented lazy html line in a nested list');
          append(paragraph(before, source));
          append(html);
        } else append(paragraph(tokens[index + 1]!, source));
        index += 2;
        break;
      case 'heading_open':
        append(heading(token, tokens[index + 1]!, source));
        index += 2;
        break;
      case 'table_open': {
        // micromark would take the paragraph's last line as the header of a table right under it.
        const previous = parent.children[parent.children.length - 1];
        if (previous?.type === 'paragraph' && previous.position!.end.line === token.map![0]) refuse('table right under a paragraph');
        // markdown-it tries tables before fences; micromark opens the fence.
        const headerStart = source.starts.get(token)?.content ?? refuse('table without its start');
        if (lines.normalized.startsWith('```', headerStart) || lines.normalized.startsWith('~~~', headerStart)) refuse('table header that opens a code fence');
        let close = index;
        while (tokens[close]!.type !== 'table_close') close++;
        append(convertTable(tokens.slice(index, close), source.starts, lines));
        index = close;
        break;
      }
      default: {
        // Indented code on the line right after a quote: micromark splits it into one node per line.
        const previous = parent.children[parent.children.length - 1];
        if (token.type === 'code_block' && previous?.type === 'blockquote' && previous.position!.end.line === token.map![0]) refuse('indented code right after a quote');
        append(leaf(token, source));
      }
    }
  }
  if (stack.length > 0) refuse('unclosed block tokens');
  return root;
}

function followsIndentedCode(parent: Container, lines: Lines): boolean {
  const previous = parent.children[parent.children.length - 1];
  if (previous?.type !== 'code') return false;
  const code = lines.normalized.charCodeAt(lines.offsetOf(previous.position!.start));
  return code !== 96 && code !== 126;
}

/** `[ ]`, `[x]` or `[X]` opening a list item's first paragraph makes it a GFM task item in mdast. */
function mayOpenTask(content: string): boolean {
  return content.charCodeAt(0) === 91 && content.charCodeAt(2) === 93 && ' \txX'.includes(content.charAt(1));
}

function startOf(token: Token, source: BlockSource): BlockStart {
  return source.starts.get(token) ?? refuse(`block token without a recorded start: ${token.type}`);
}

function openContainer(token: Token, source: BlockSource): Container {
  const start = source.lines.point(startOf(token, source).content);
  const position = { start, end: start };
  switch (token.type) {
    case 'blockquote_open':
      return { type: 'blockquote', children: [], position };
    case 'list_item_open':
      return { type: 'listItem', spread: false, checked: null, children: [], position };
    default: {
      const ordered = token.type === 'ordered_list_open';
      return { type: 'list', ordered, start: ordered ? listStart(token) : null, spread: false, children: [], position };
    }
  }
}

function listStart(token: Token): number {
  const value = token.attrGet('start');
  return value === null ? 1 : Number(value);
}

/** How many block quotes hold the next container when only quotes do (root counts as 0), else undefined. */
function quoteDepth(stack: readonly Frame[]): number | undefined {
  for (const frame of stack) if (frame.node.type !== 'blockquote') return undefined;
  return stack.length;
}

function closeContainer(frame: Frame, source: BlockSource, depth: number | undefined): void {
  const { node, token } = frame;
  const position = node.position!;
  const last = node.children[node.children.length - 1] as Nodes | undefined;
  if (node.type === 'blockquote') {
    // markdown-it's range can include blank lines after the quote; the quote ends on its last `>` or lazy line.
    let line = token.map![1] - 1;
    while (line > token.map![0] && isWhitespaceOnly(source.lines, line, true)) line--;
    position.end = source.lines.point(source.lines.end(line));
    // The last line must carry a `>` or lazily continue a paragraph, else micromark ended the quote before it.
    const lazy = (last?.type === 'paragraph' && last.position!.end.line === line + 1 && last.position!.start.line < line + 1) || source.lazyHtmlLines.has(line);
    // (A one-line quote starts with its marker, wherever its container's indent puts it.)
    if (!lazy && line !== token.map![0] && !startsWithQuoteMarker(source.lines, line)) refuse('quote ending on a line without its marker');
    // micromark may keep an inner quote open over an outer quote's blank line (at the end of input at least).
    if (depth !== 0 && quotedBlankMarkers(source.lines, line + 1) !== undefined) refuse('nested quote followed by a blank quoted line');
    return;
  }
  if (node.type === 'listItem') {
    if (last) position.end = last.position!.end;
    else position.end = source.lines.point(source.lines.end(token.map![0]));
    node.spread = hasGap(node.children);
    const first = node.children[0];
    // `* 2) x`, `1. 2)`: micromark may refuse the inner list where markdown-it opens it.
    if (first?.type === 'list' && first.position!.start.line === position.start.line) refuse('item opening with a nested list');
    if (!first) refuse('empty list item (micromark may read a paragraph)');
    // After indented code (which may always go on) micromark does not let an item open on a blank line: `-` is text.
    if (first.position!.start.line > position.start.line && source.tokens.slice(0, source.tokens.indexOf(token)).some((before) => before.type === 'code_block')) {
      refuse('list item opening on a blank line after indented code');
    }
    return;
  }
  if (node.type === 'list') {
    position.end = last!.position!.end;
    if (frame.opensContainerLine && (node.ordered && node.start !== 1)) refuse('ordered list opening a quote or item line');
    stretchOverQuotedBlankLines(node, source.lines, depth);
    node.spread = hasGap(node.children);
  }
}

/** mdast's `spread`: a blank line between two of the children (they are never adjacent lines then). */
function hasGap(children: readonly Nodes[]): boolean {
  for (let index = 1; index < children.length; index++) {
    if (children[index]!.position!.start.line > children[index - 1]!.position!.end.line + 1) return true;
  }
  return false;
}

/**
 * A lone tag on a lazy line interrupts the paragraph in micromark (not in markdown-it) and becomes an
 * html node in the same item, whole line: cut the paragraph's last line off into that node. The line must have
 * come out as a soft break and one inline html token covering it, else refused.
 */
function splitLazyHtml(inline: Token, lines: Lines): [Token, Html] {
  const children = inline.children ?? [];
  const html = children[children.length - 1];
  const line = inline.map![1] - 1;
  const text = lines.normalized.slice(lines.start(line), lines.end(line));
  // micromark keeps the lazy line's indent in the html value (the item did not take it).
  if (html?.type !== 'html_inline' || html.content !== text.trimStart() || !endsLine(children[children.length - 2], lines.normalized, lines.end(line - 1))) {
    refuse('lazy html line not a lone tag');
  }
  const before = Object.assign(Object.create(Object.getPrototypeOf(inline) as object) as Token, inline, {
    children: children.slice(0, -2),
    // Trimmed as markdown-it trims a paragraph's content (trailing spaces before a hard break stay in the source).
    content: inline.content.slice(0, inline.content.lastIndexOf('\n')).trimEnd(),
    map: [inline.map![0], line],
  });
  return [before, { type: 'html', value: text, position: lines.position(lines.start(line), lines.end(line)) }];
}

/**
 * A line break token that micromark, ending the paragraph on that line, drops: a soft break, or a hard
 * break made of trailing spaces (a backslash before the line ending stays text in micromark).
 */
function endsLine(token: Token | undefined, normalized: string, lineEnd: number): boolean {
  return token?.type === 'softbreak' || (token?.type === 'hardbreak' && normalized.charCodeAt(lineEnd - 1) !== 92);
}

function paragraph(inline: Token, source: BlockSource): Paragraph {
  const map = paragraphMap(inline.content, inline.map!, source.lines);
  const children = convertInline(inline.children ?? [], { lines: source.lines, map, lazyIndentedLines: source.lazyIndentedLines }, inline.content);
  const start = source.lines.point(map.toSource(0));
  // The paragraph runs to its last line's end, trailing whitespace included; its text stops before it.
  const end = source.lines.point(source.lines.end(inline.map![1] - 1));
  return { type: 'paragraph', children, position: { start, end } };
}

function heading(open: Token, inline: Token, source: BlockSource): Heading {
  const depth = Number(open.tag.slice(1)) as Heading['depth'];
  const { lines } = source;
  const start = startOf(open, source).content;
  const lastLine = open.map![1] - 1;
  const setext = open.markup === '=' || open.markup === '-';
  const map = setext
    ? paragraphMap(inline.content, [open.map![0], lastLine], lines)
    : headingMap(inline.content, start + depth, lines.end(lastLine), lines);
  const children = inline.content === '' ? [] : convertInline(inline.children ?? [], { lines, map, lazyIndentedLines: source.lazyIndentedLines }, inline.content);
  return { type: 'heading', depth, children, position: lines.position(start, lines.end(lastLine)) };
}

function leaf(token: Token, source: BlockSource): RootContent {
  const { lines } = source;
  const start = startOf(token, source);
  const lastLine = token.map![1] - 1;
  switch (token.type) {
    case 'hr':
      return { type: 'thematicBreak', position: lines.position(start.content, lines.end(token.map![0])) };
    case 'code_block': {
      const tail = isFollowedByWhitespaceLine(lines, token.map![1]) ? codeTail(lines, token.map![1], start.indent - lines.start(token.map![0])) : undefined;
      const value = withoutFinalLineEnding(tail ? token.content + tail.text : token.content);
      return { type: 'code', lang: null, meta: null, value, position: lines.position(start.indent, lines.end(tail?.lastLine ?? lastLine)) };
    }
    case 'fence':
      return fence(token, start, source);
    case 'html_block':
      return { type: 'html', value: withoutFinalLineEnding(token.content), position: lines.position(start.indent, lines.end(lastLine)) };
    default:
      return refuse(`block token ${token.type}`);
  }
}

function fence(token: Token, start: BlockStart, source: BlockSource): Code {
  const { lines } = source;
  const lastLine = token.map![1] - 1;
  const closed = lastLine > token.map![0] && isClosingFence(lines.normalized.slice(lines.start(lastLine), lines.end(lastLine)), token.markup);
  if (!closed) refuse('unclosed fence');
  const end = closed ? lines.end(lastLine) : lines.normalized.length;
  const { lang, meta } = splitInfo(token.info);
  return { type: 'code', lang, meta, value: withoutFinalLineEnding(token.content), position: lines.position(start.content, end) };
}

/** micromark's lang is the first word of the info string; meta is the rest, trailing blanks kept. */
function splitInfo(raw: string): { lang: string | null; meta: string | null } {
  let start = 0;
  while (start < raw.length && isBlankChar(raw.charCodeAt(start))) start++;
  let langEnd = start;
  while (langEnd < raw.length && !isBlankChar(raw.charCodeAt(langEnd))) langEnd++;
  let metaStart = langEnd;
  while (metaStart < raw.length && isBlankChar(raw.charCodeAt(metaStart))) metaStart++;
  return {
    lang: langEnd > start ? unescapeAll(raw.slice(start, langEnd)) : null,
    meta: metaStart < raw.length ? unescapeAll(raw.slice(metaStart)) : null,
  };
}

const isBlankChar = (code: number) => code === 32 || code === 9;

function isClosingFence(line: string, markup: string): boolean {
  const text = line.trim();
  if (text.length < markup.length) return false;
  for (let index = 0; index < text.length; index++) if (text[index] !== markup[0]) return false;
  return true;
}

/**
 * A list continues over blank lines, and micromark ends it where its last continued line's container
 * prefix ends: inside a quote that is the end of the blank `>` line after it (trailing blanks
 * included). Matched only for a list held by quotes alone, over one line of exactly that many
 * markers; any other blank quoted line after a list is refused.
 */
function stretchOverQuotedBlankLines(list: List, lines: Lines, depth: number | undefined): void {
  const line = list.position!.end.line;
  const markers = quotedBlankMarkers(lines, line);
  if (markers === undefined) return;
  if (markers !== depth) refuse('list followed by a blank quoted line');
  list.position!.end = lines.point(lines.end(line), line);
  // Over two such lines mdast-util-from-markdown also counts the list as spread: not matched.
  if (quotedBlankMarkers(lines, line + 1) !== undefined) refuse('list followed by two blank quoted lines');
}

/**
 * The number of `>` markers on a line holding only markers and blanks (none or one space between
 * markers, up to three before the first), or undefined for any other line.
 */
function quotedBlankMarkers(lines: Lines, line: number): number | undefined {
  if (line >= lines.count) return undefined;
  const end = lines.end(line);
  let index = lines.start(line);
  let gap = 0;
  while (index < end && lines.normalized.charCodeAt(index) === 32 && gap < 3) index++, gap++;
  let markers = 0;
  while (index < end && lines.normalized.charCodeAt(index) === 62) {
    markers++;
    index++;
    if (lines.normalized.charCodeAt(index) === 32) index++;
  }
  for (; index < end; index++) {
    const code = lines.normalized.charCodeAt(index);
    if (code === 62) return refuse('blank quoted line with spaced markers');
    if (code !== 32 && code !== 9) return undefined;
  }
  return markers === 0 ? undefined : markers;
}

/** Among the blank lines from `line` on, one holding spaces or tabs (micromark may keep it in the code before). */
function isFollowedByWhitespaceLine(lines: Lines, line: number): boolean {
  for (; isWhitespaceOnly(lines, line, true); line++) if (lines.start(line) !== lines.end(line)) return true;
  return false;
}

/** The line's first character past at most three spaces is `>` (a line inside a list may not pass: refused, not misread). */
function startsWithQuoteMarker(lines: Lines, line: number): boolean {
  let index = lines.start(line);
  const limit = index + 3;
  while (index < limit && lines.normalized.charCodeAt(index) === 32) index++;
  return lines.normalized.charCodeAt(index) === 62;
}

/** A line of spaces or tabs only (empty counts when `orEmpty`): micromark may keep it in an indented code block. */
function isWhitespaceOnly(lines: Lines, line: number, orEmpty = false): boolean {
  if (line >= lines.count) return false;
  const start = lines.start(line);
  const end = lines.end(line);
  if (start === end) return orEmpty;
  for (let index = start; index < end; index++) {
    const code = lines.normalized.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * micromark keeps the whitespace-only lines after indented code in it, up to the last one indented at
 * least as far as the code, each with what lies past that indent; markdown-it ends the code at its last
 * line of text. The lines to add (joined by LF) and the last one, or undefined when there are none.
 * `containerIndent` is the code's first line's indent taken by its list items (quotes are refused).
 */
function codeTail(lines: Lines, from: number, containerIndent: number): { text: string; lastLine: number } | undefined {
  if (lines.normalized.slice(lines.start(from - 1), lines.start(from - 1) + containerIndent).trim() !== '') refuse('indented code in a quote followed by a whitespace-only line');
  const codeIndent = containerIndent + 4;
  const pieces: string[] = [];
  let kept = 0;
  for (let line = from; isWhitespaceOnly(lines, line, true); line++) {
    const text = lines.normalized.slice(lines.start(line), lines.end(line));
    if (text.includes('\t')) refuse('tab in a whitespace-only line after indented code');
    pieces.push(text.slice(codeIndent));
    if (text.length >= codeIndent) kept = pieces.length;
  }
  return kept === 0 ? undefined : { text: pieces.slice(0, kept).join('\n'), lastLine: from + kept - 1 };
}

function withoutFinalLineEnding(value: string): string {
  return value.endsWith('\n') ? value.slice(0, -1) : value;
}
