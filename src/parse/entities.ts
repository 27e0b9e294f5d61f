/**
 * XML character references for attribute values fast-xml-parser could not parse (a block with an
 * error elsewhere). The valid path uses fast-xml-parser's own decoding.
 */
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (match, body: string) => {
    if (body[0] !== '#') return named[body.toLowerCase()] ?? match;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/** Collapse runs of white space (including decoded `&#xD;`) to one space and trim. */
export const normalizeWhitespace = (value: string): string => value.replace(/\s+/g, ' ').trim();
