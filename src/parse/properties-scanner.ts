/**
 * A single-pass scanner for the `<properties … />` block. fast-xml-parser decodes the values, but it
 * gives no positions and stops at the first error; this scanner records where each attribute is written
 * and recovers from broken quoting, so one typo does not hide the rest of the metadata.
 * It looks at each character once: linear in the block's size whatever the input.
 */
export interface ScannedAttribute {
  name: string;
  /** The value between the quotes, entities still encoded. */
  raw: string;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

export interface ScanProblem {
  kind: 'unclosed-block' | 'unclosed-quote' | 'missing-quote' | 'stray-text';
  offset: number;
  text: string;
}

export interface ScannedBlock {
  start: number;
  /** Offset just past `/>` (or past the recovered end). */
  end: number;
  closed: boolean;
  attributes: ScannedAttribute[];
  problems: ScanProblem[];
}

const OPEN = '<properties';
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
const isNameChar = (code: number) => !isSpace(code) && code !== 61 && code !== 47 && code !== 62 && code !== 34 && code !== 39 && code !== 60;

/** Offset of `<properties` after blank lines and HTML comments at the top, or -1. */
export function findPropertiesStart(text: string): number {
  let index = 0;
  for (;;) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      if (close === -1) return -1;
      index = close + 3;
      continue;
    }
    return startsWithOpen(text, index) ? index : -1;
  }
}

/** Offset of a `<properties` that starts a line anywhere in the file (a block after other content), or -1. */
export function findPropertiesAnywhere(text: string): number {
  const lower = text.toLowerCase();
  for (let index = lower.indexOf(OPEN); index !== -1; index = lower.indexOf(OPEN, index + 1)) {
    let lineStart = index;
    while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart -= 1;
    if ((lineStart === 0 || text[lineStart - 1] === '\n') && startsWithOpen(text, index)) return index;
  }
  return -1;
}

function startsWithOpen(text: string, index: number): boolean {
  if (text.slice(index, index + OPEN.length).toLowerCase() !== OPEN) return false;
  const next = text.charCodeAt(index + OPEN.length);
  return Number.isNaN(next) || isSpace(next) || next === 47 || next === 62;
}

/** Scan attributes from `start` (the `<`) to the closing `/>`. */
export function scanProperties(text: string, start: number): ScannedBlock {
  const attributes: ScannedAttribute[] = [];
  const problems: ScanProblem[] = [];
  let index = start + OPEN.length;
  let lastGood = index;
  const hasBlockBreak = blockBreakFinder(text);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      // A heading line means the block ended without `/>`: stop there instead of eating the article.
      if (code === 10 && text.charCodeAt(index + 1) === 35) break;
      index += 1;
      continue;
    }
    if (text.startsWith('/>', index)) return done(index + 2, true);
    if (code === 62) return done(closeTagEnd(text, index + 1), true);
    if (code === 60) break; // another tag: the block never closed
    if (!isNameChar(code)) {
      problems.push({ kind: 'stray-text', offset: index, text: text[index]! });
      index += 1;
      continue;
    }
    const nameStart = index;
    while (index < text.length && isNameChar(text.charCodeAt(index))) index += 1;
    const name = text.slice(nameStart, index);
    let cursor = index;
    while (cursor < text.length && (text.charCodeAt(cursor) === 32 || text.charCodeAt(cursor) === 9)) cursor += 1;
    if (text.charCodeAt(cursor) !== 61) {
      problems.push({ kind: 'stray-text', offset: nameStart, text: name });
      continue;
    }
    cursor += 1;
    while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor += 1;
    const quote = text[cursor];
    if (quote !== '"' && quote !== "'") {
      problems.push({ kind: 'missing-quote', offset: cursor, text: name });
      index = cursor;
      continue;
    }
    const valueStart = cursor + 1;
    const valueEnd = text.indexOf(quote, valueStart);
    // A value that would swallow a heading or the block's end is a quote left open, not a long value.
    if (valueEnd === -1 || hasBlockBreak(valueStart, valueEnd)) {
      problems.push({ kind: 'unclosed-quote', offset: cursor, text: name });
      break;
    }
    attributes.push({ name, raw: text.slice(valueStart, valueEnd), start: nameStart, end: valueEnd + 1, valueStart, valueEnd });
    index = valueEnd + 1;
    lastGood = index;
  }
  problems.push({ kind: 'unclosed-block', offset: start, text: OPEN });
  return done(lastGood, false);

  function done(end: number, closed: boolean): ScannedBlock {
    return { start, end, closed, attributes, problems };
  }
}

/** After a `>`, also take an explicit `</properties>` if it follows. */
function closeTagEnd(text: string, index: number): number {
  let cursor = index;
  while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor += 1;
  return text.slice(cursor, cursor + 13).toLowerCase() === '</properties>' ? cursor + 13 : index;
}

/**
 * `(from, to) => true` when a heading line or `/>` starts in [from, to). Calls come with `from` rising,
 * so each match is remembered until it falls behind: the whole scan stays linear (a fresh `indexOf`
 * per value was quadratic on a block of many values with no heading after them).
 */
function blockBreakFinder(text: string): (from: number, to: number) => boolean {
  const next = { heading: -2, close: -2 };
  const find = (key: 'heading' | 'close', needle: string, from: number): number => {
    if (next[key] !== -1 && next[key] < from) next[key] = text.indexOf(needle, from);
    return next[key];
  };
  return (from, to) => {
    const heading = find('heading', '\n#', from);
    const close = find('close', '/>', from);
    return (heading !== -1 && heading < to) || (close !== -1 && close < to);
  };
}
