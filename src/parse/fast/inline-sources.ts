import { ContentMap } from './content-map.js';
import type { Lines } from './lines.js';
import { refuse } from './refusal.js';

const isBlank = (code: number) => code === 32 || code === 9;

/**
 * Map paragraph (or setext heading) content onto source lines [first, end). markdown-it builds it from
 * whole line tails joined by LF and trimmed, so every line's piece ends at its line end, except the last,
 * which ends before trailing whitespace. JavaScript's trim also strips Unicode spaces that micromark
 * keeps: such input is refused.
 */
export function paragraphMap(content: string, [first, end]: readonly number[], lines: Lines): ContentMap {
  const source = lines.normalized;
  const map = new ContentMap();
  let contentIndex = 0;
  for (let line = first!; line < end!; line++) {
    const lineEnd = lines.end(line);
    const newline = content.indexOf('\n', contentIndex);
    const isLast = newline === -1;
    if (isLast !== (line === end! - 1)) refuse('paragraph content and lines disagree');
    const pieceLength = (isLast ? content.length : newline) - contentIndex;
    let pieceEnd = lineEnd;
    if (isLast) while (pieceEnd > lines.start(line) && isBlank(source.charCodeAt(pieceEnd - 1))) pieceEnd--;
    const pieceStart = pieceEnd - pieceLength;
    if (!source.startsWith(content.slice(contentIndex, contentIndex + pieceLength), pieceStart)) refuse('paragraph line is not a source suffix');
    if (line === first && pieceStart > 0 && isJsOnlyWhitespace(source.charCodeAt(pieceStart - 1))) refuse('unicode space trimmed');
    if (line > first! && looksLikeDelimiterRow(content, contentIndex, contentIndex + pieceLength)) {
      refuse('paragraph line that micromark may read as a table delimiter row');
    }
    map.add(contentIndex, pieceStart);
    contentIndex += pieceLength + 1;
  }
  return map;
}

/** Only `|`, `-`, `:` and blanks, with a pipe and a dash: GFM may open a table with the line above as header. */
function looksLikeDelimiterRow(content: string, start: number, end: number): boolean {
  let pipe = false;
  let dash = false;
  for (let index = start; index < end; index++) {
    const code = content.charCodeAt(index);
    if (code === 124) pipe = true;
    else if (code === 45) dash = true;
    else if (code !== 58 && !isBlank(code)) return false;
  }
  return pipe && dash;
}

/** Map ATX heading content: it starts after the hashes and blanks, on one line. */
export function headingMap(content: string, afterHashes: number, lineEnd: number, lines: Lines): ContentMap {
  const source = lines.normalized;
  let start = afterHashes;
  while (start < lineEnd && isBlank(source.charCodeAt(start))) start++;
  if (!source.startsWith(content, start)) refuse('heading text is not where expected');
  for (let index = start + content.length; index < lineEnd; index++) {
    const code = source.charCodeAt(index);
    if (!isBlank(code) && code !== 35) refuse('heading ends with whitespace micromark keeps');
  }
  const map = new ContentMap();
  map.add(0, start);
  return map;
}

/** Whitespace that String.prototype.trim removes but markdown (spaces and tabs only) does not. */
function isJsOnlyWhitespace(code: number): boolean {
  return code !== 32 && code !== 9 && code !== 10 && String.fromCharCode(code).trim() === '';
}
