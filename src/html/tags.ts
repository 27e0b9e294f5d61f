/**
 * A linear scanner for start tags in raw HTML written inside markdown (`html` nodes). Rules need tag
 * names, attributes and their offsets; a full HTML parser would build a tree we then throw away, and
 * regexes over author text risk catastrophic backtracking. Every character is looked at a bounded
 * number of times. Comments are skipped; end tags are reported with `closing: true`.
 */
export interface HtmlAttribute {
  name: string;
  value: string;
  /** Offsets relative to the scanned string. */
  start: number;
  end: number;
}

export interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: HtmlAttribute[];
  start: number;
  end: number;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
const isNameStart = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);

export function scanTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    const closing = html[open + 1] === '/';
    let cursor = open + (closing ? 2 : 1);
    if (!isNameStart(html[cursor])) {
      index = open + 1;
      continue;
    }
    const nameStart = cursor;
    while (cursor < html.length && !isSpace(html[cursor]) && html[cursor] !== '>' && html[cursor] !== '/') cursor += 1;
    const tag: HtmlTag = { name: html.slice(nameStart, cursor).toLowerCase(), closing, attributes: [], start: open, end: cursor };
    cursor = scanAttributes(html, cursor, tag.attributes);
    tag.end = cursor;
    tags.push(tag);
    index = cursor;
  }
  return tags;
}

/** Read attributes up to `>`; returns the offset after it (or the end of the input). */
function scanAttributes(html: string, from: number, attributes: HtmlAttribute[]): number {
  let cursor = from;
  while (cursor < html.length) {
    const char = html[cursor];
    if (char === '>') return cursor + 1;
    if (isSpace(char) || char === '/') {
      cursor += 1;
      continue;
    }
    if (char === '<') return cursor; // a new tag began: this one was never closed
    const nameStart = cursor;
    while (cursor < html.length && !isSpace(html[cursor]) && !'=>/<'.includes(html[cursor]!)) cursor += 1;
    const name = html.slice(nameStart, cursor).toLowerCase();
    let probe = cursor;
    while (isSpace(html[probe])) probe += 1;
    if (html[probe] !== '=') {
      attributes.push({ name, value: '', start: nameStart, end: cursor });
      if (cursor === nameStart) cursor += 1;
      continue;
    }
    probe += 1;
    while (isSpace(html[probe])) probe += 1;
    const quote = html[probe];
    let valueStart: number;
    let valueEnd: number;
    if (quote === '"' || quote === "'") {
      valueStart = probe + 1;
      const close = html.indexOf(quote, valueStart);
      valueEnd = close === -1 ? html.length : close;
      cursor = close === -1 ? html.length : close + 1;
    } else {
      valueStart = probe;
      valueEnd = probe;
      while (valueEnd < html.length && !isSpace(html[valueEnd]) && html[valueEnd] !== '>') valueEnd += 1;
      cursor = valueEnd;
    }
    attributes.push({ name, value: html.slice(valueStart, valueEnd), start: nameStart, end: cursor });
  }
  return cursor;
}
