/**
 * Raw `<a href>` anchors written as HTML inside markdown. The portal renders article HTML, so a bad
 * href there reaches readers as surely as a markdown link; every link rule reads anchors through this
 * one reader. Built on the linear tag scanner (no regex over author HTML); hrefs are decoded the way a
 * browser decodes them, so `&#106;avascript:` is seen as `javascript:`.
 */
import type { Html } from 'mdast';
import type { Position } from '../../schemas/position.js';
import { removeComments } from '../html/remove-comments.js';
import { scanTags, type HtmlAttribute, type HtmlTag } from '../html/tags.js';
import type { SourceFile } from '../source.js';
import { trimWhere } from '../trim.js';

export interface HtmlAnchor {
  /** The href as a browser reads it: character references decoded, outer white space removed. */
  url: string;
  /** The plain text between `<a …>` and `</a>`; undefined when `</a>` is not in this HTML (inline HTML, whose text is the markdown after it). */
  text: string | undefined;
  /** Whether the anchor wraps an image, which gives it content without text. */
  hasImage: boolean;
  /** Where the href value is written (inside its quotes). */
  position: Position;
  /** The href value exactly as written and its file offset, for fixes. */
  written: { text: string; start: number };
}

type Source = Pick<SourceFile, 'text' | 'toPoint'>;

/**
 * Every anchor with an `href` in one html node, in order. Pass the source file for exact positions:
 * without it, positions assume the HTML is not inside a list or quote when it spans lines.
 */
export function anchorHrefs(node: Html, source?: Source): HtmlAnchor[] {
  const start = node.position?.start;
  if (!start || start.offset === undefined || !node.value.toLowerCase().includes('href')) return [];
  const toFile = offsetMapper(node, source);
  const tags = scanTags(node.value);
  const anchors: HtmlAnchor[] = [];
  tags.forEach((tag, index) => {
    if (tag.name !== 'a' || tag.closing) return;
    const href = tag.attributes.find((attribute) => attribute.name === 'href');
    if (!href) return;
    const [valueStart, valueEnd] = valueRange(node.value, href);
    const position = { start: toFile(valueStart), end: toFile(valueEnd) };
    anchors.push({
      url: trimUrl(decodeCharacterReferences(href.value)),
      ...contentOf(node.value, tags, index),
      position,
      written: { text: href.value, start: position.start.offset },
    });
  });
  return anchors;
}

/** The value's offsets in the scanned string: the attribute ends after its closing quote, if any. */
function valueRange(html: string, attribute: HtmlAttribute): [number, number] {
  const last = html[attribute.end - 1];
  const quoted = (last === '"' || last === "'") && html[attribute.end - 2 - attribute.value.length] === last;
  const end = quoted ? attribute.end - 1 : attribute.end;
  return [end - attribute.value.length, end];
}

/** Text and images between an opening tag and the next `</a>` of the same node. */
function contentOf(html: string, tags: readonly HtmlTag[], openIndex: number): { text: string | undefined; hasImage: boolean } {
  const open = tags[openIndex]!;
  let text = '';
  let cursor = open.end;
  let hasImage = false;
  for (const tag of tags.slice(openIndex + 1)) {
    text += html.slice(cursor, tag.start);
    cursor = tag.end;
    if (tag.name === 'a') {
      return { text: decodeCharacterReferences(removeComments(text)).replace(/\s+/g, ' ').trim(), hasImage };
    }
    if (tag.name === 'img' || tag.name === 'svg') hasImage = true;
  }
  return { text: undefined, hasImage };
}

/** Browsers drop leading and trailing C0 controls and spaces from a URL before reading it. */
const trimUrl = (value: string): string => trimWhere(value, (code) => code <= 0x20);

/** The named references a URL can be spelled with; numeric references cover every other character. */
const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n',
  sol: '/', bsol: '\\', period: '.', num: '#', quest: '?', equals: '=', percnt: '%', commat: '@',
  lpar: '(', rpar: ')', excl: '!', plus: '+', comma: ',', semi: ';', lowbar: '_', hyphen: '-', dash: '-',
};

/** HTML character references as a browser decodes them in attributes (numeric ones may omit `;`). */
export function decodeCharacterReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;)/g, (match, body: string) => {
    if (body[0] !== '#') return named[body.slice(0, -1).toLowerCase()] ?? match;
    const digits = body.endsWith(';') ? body.slice(0, -1) : body;
    const code = digits[1] === 'x' || digits[1] === 'X' ? Number.parseInt(digits.slice(2), 16) : Number.parseInt(digits.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Map an offset in the node's value to a file point. Inside a list or quote the value lacks each later
 * line's container prefix, but every value line still ends where its file line ends (the last one where
 * the node ends), so later lines are placed from their ends.
 */
function offsetMapper(node: Html, source?: Source): (offset: number) => Position['start'] {
  const start = node.position!.start;
  const base = start.offset!;
  const value = node.value;
  const firstNewline = value.indexOf('\n');
  if (!source) {
    return (offset) => {
      const before = value.slice(0, offset);
      const line = start.line + countNewlines(before);
      const lineStart = before.lastIndexOf('\n');
      return { line, column: lineStart === -1 ? start.column + offset : offset - lineStart, offset: base + offset };
    };
  }
  if (firstNewline === -1 || source.text.slice(base, base + value.length) === value) return (offset) => source.toPoint(base + offset);
  const end = node.position!.end.offset ?? base + value.length;
  const fileLineEnds: number[] = [];
  for (let index = source.text.indexOf('\n', base); index !== -1 && index < end; index = source.text.indexOf('\n', index + 1)) {
    fileLineEnds.push(index);
  }
  return (offset) => {
    const lineStart = value.lastIndexOf('\n', offset - 1);
    if (lineStart === -1 || offset === 0) return source.toPoint(base + offset);
    const lineIndex = countNewlines(value.slice(0, offset));
    const valueLineEnd = value.indexOf('\n', offset);
    const fileLineEnd = valueLineEnd === -1 ? end : fileLineEnds[lineIndex];
    const fromEnd = (valueLineEnd === -1 ? value.length : valueLineEnd) - offset;
    return source.toPoint(fileLineEnd === undefined ? base + offset : fileLineEnd - fromEnd);
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
