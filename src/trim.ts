/**
 * Trimming by character class without a regex: `/[…]+$/` backtracks quadratically on a long run of
 * those characters that does not reach the end, and these helpers run on author text.
 */
export function trimStartWhere(value: string, isTrimmed: (code: number) => boolean): string {
  let start = 0;
  while (start < value.length && isTrimmed(value.charCodeAt(start))) start += 1;
  return value.slice(start);
}

export function trimEndWhere(value: string, isTrimmed: (code: number) => boolean): string {
  let end = value.length;
  while (end > 0 && isTrimmed(value.charCodeAt(end - 1))) end -= 1;
  return value.slice(0, end);
}

export const trimWhere = (value: string, isTrimmed: (code: number) => boolean): string =>
  trimEndWhere(trimStartWhere(value, isTrimmed), isTrimmed);

/** White space as `\s` matches it. */
export const isWhiteSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
