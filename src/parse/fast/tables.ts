import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import type { Token } from 'markdown-it';
import { ContentMap } from './content-map.js';
import type { BlockStart } from './engine.js';
import { convertInline } from './inline.js';
import type { Lines } from './lines.js';
import { refuse } from './refusal.js';

/** A cell as micromark cuts it: from its leading pipe (or the row start) to the next pipe, the last to the line end. */
interface CellSpan {
  start: number;
  end: number;
  /** The cell text without surrounding spaces and tabs. */
  contentStart: number;
  contentEnd: number;
  /** Offsets of `\|` pipes, whose backslash markdown-it drops from the cell content. */
  escapedPipes: number[];
}

/**
 * Convert the tokens from `table_open` to `table_close`. Positions come from re-cutting each row line;
 * rows whose cell count differs from the header's are refused (markdown-it pads or cuts them, mdast keeps them).
 */
export function convertTable(tokens: readonly Token[], rowStarts: ReadonlyMap<Token, BlockStart>, lines: Lines): Table {
  const delimiterLine = tokens[0]!.map![0] + 1;
  if (!lines.normalized.slice(lines.start(delimiterLine), lines.end(delimiterLine)).includes('|')) {
    refuse('delimiter row without a pipe (micromark reads a setext heading)');
  }
  const headerStart = rowStarts.get(tokens.find((token) => token.type === 'tr_open')!)?.content ?? refuse('table row without a start');
  if (mayOpenOtherBlock(lines.normalized, headerStart)) refuse('table header line that micromark may read as a list, quote or heading');
  const align: AlignType[] = [];
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let spans: CellSpan[] = [];
  let cellIndex = 0;
  for (const token of tokens) {
    if (token.type === 'tr_open') {
      const line = token.map![0];
      const start = rowStarts.get(token)?.content ?? refuse('table row without a start');
      // micromark ends the table at a line that opens HTML; markdown-it reads it as a row.
      if (lines.normalized.charCodeAt(start) === 60) refuse('table row starting with <');
      spans = cutRow(lines.normalized, start, lines.end(line));
      cells = [];
      cellIndex = 0;
      rows.push({ type: 'tableRow', children: cells, position: lines.position(start, lines.end(line)) });
    } else if (token.type === 'th_open' && rows.length === 1) {
      align.push(alignOf(token));
    } else if (token.type === 'inline') {
      const span = spans[cellIndex++];
      // markdown-it pads short rows with empty cells; mdast keeps the row as written.
      if (!span) {
        if (token.content !== '') refuse('table cell without a source span');
        continue;
      }
      cells.push({ type: 'tableCell', children: cellContent(token, span, lines), position: lines.position(span.start, span.end) });
    } else if (token.type === 'tr_close' && cellIndex < spans.length) {
      refuse('table row with more cells than the header');
    }
  }
  const first = rows[0]!.position!;
  // With no body rows the table still ends after its delimiter row.
  const end = rows.length > 1 ? rows[rows.length - 1]!.position!.end : lines.point(lines.end(tokens[0]!.map![0] + 1));
  return { type: 'table', align, children: rows, position: { start: first.start, end } };
}

/** markdown-it tries tables before lists, quotes and headings; micromark reads those first. */
function mayOpenOtherBlock(source: string, start: number): boolean {
  const code = source.charCodeAt(start);
  if (code === 45 || code === 42 || code === 43 || code === 62 || code === 35) return true;
  let index = start;
  while (index - start < 10 && source.charCodeAt(index) >= 48 && source.charCodeAt(index) <= 57) index++;
  const after = source.charCodeAt(index);
  return index > start && (after === 46 || after === 41);
}

function alignOf(token: Token): AlignType {
  const style = token.attrGet('style');
  if (style === 'text-align:left') return 'left';
  if (style === 'text-align:right') return 'right';
  if (style === 'text-align:center') return 'center';
  return null;
}

function cellContent(token: Token, span: CellSpan, lines: Lines) {
  const expectedLength = span.contentEnd - span.contentStart - span.escapedPipes.length;
  if (token.content.length !== expectedLength) refuse('table cell text differs from its source');
  if (expectedLength === 0) return [];
  const map = new ContentMap();
  map.add(0, span.contentStart);
  // The content lost each escaped pipe's backslash: its `|` maps to the backslash, where the escape starts.
  let dropped = 0;
  for (const pipe of span.escapedPipes) {
    dropped++;
    const index = pipe - span.contentStart - dropped;
    map.add(index, pipe - 1);
    map.add(index + 1, pipe + 1);
  }
  return convertInline(token.children ?? [], { lines, map, lazyIndentedLines: NO_LINES }, token.content);
}

const isBlank = (code: number) => code === 32 || code === 9;
const NO_LINES: ReadonlySet<number> = new Set();

/** Cut one row line [start, end) into cells the way micromark-extension-gfm-table does. */
function cutRow(source: string, start: number, end: number): CellSpan[] {
  const pipes: number[] = [];
  const escapedPipes: number[] = [];
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === 92 && source.charCodeAt(index + 1) === 92 && source.charCodeAt(index + 2) === 124) {
      refuse('escaped backslash before a pipe in a table');
    }
    if (code !== 124) continue;
    if (source.charCodeAt(index - 1) === 92 && index > start) escapedPipes.push(index);
    else pipes.push(index);
  }
  let lineEnd = end;
  while (lineEnd > start && isBlank(source.charCodeAt(lineEnd - 1))) lineEnd--;
  const trailingPipe = pipes.length > 0 && pipes[pipes.length - 1] === lineEnd - 1;
  const boundaries = pipes.filter((pipe, index) => !(index === 0 && pipe === start) && !(trailingPipe && index === pipes.length - 1));
  const cellStarts = [start, ...boundaries];
  return cellStarts.map((cellStart, index) => {
    const cellEnd = boundaries[index] ?? end;
    const textStart = cellStart === start && source.charCodeAt(start) !== 124 ? start : cellStart + 1;
    const textEnd = index === cellStarts.length - 1 && trailingPipe ? lineEnd - 1 : index === cellStarts.length - 1 ? lineEnd : cellEnd;
    let contentStart = Math.min(textStart, textEnd);
    let contentEnd = textEnd;
    while (contentStart < contentEnd && isBlank(source.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isBlank(source.charCodeAt(contentEnd - 1))) contentEnd--;
    const inside = escapedPipes.filter((pipe) => pipe > contentStart && pipe < contentEnd);
    return { start: cellStart, end: cellEnd, contentStart, contentEnd, escapedPipes: inside };
  });
}
