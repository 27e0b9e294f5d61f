/**
 * Rewrite the `href` of every link in HTML this package rendered (per-cloud docs hosts). Rendered HTML
 * escapes `<` in text and quotes every attribute, so the linear tag scanner sees exactly the real tags;
 * this is not meant for author HTML, which goes through the sanitiser.
 */
import { decodeCharacterReferences } from '../parse/html-anchors.js';
import { scanTags } from './tags.js';

export function rewriteHrefs(html: string, rewrite: (href: string) => string): string {
  if (!html.includes('href=')) return html;
  let result = '';
  let cursor = 0;
  for (const tag of scanTags(html)) {
    if (tag.name !== 'a' || tag.closing) continue;
    const attribute = tag.attributes.find((candidate) => candidate.name === 'href');
    if (!attribute || html[attribute.end - 1] !== '"') continue;
    const href = decodeCharacterReferences(attribute.value);
    const next = rewrite(href);
    if (next === href) continue;
    const valueStart = attribute.end - 1 - attribute.value.length;
    result += `${html.slice(cursor, valueStart)}${escapeAttribute(next)}`;
    cursor = attribute.end - 1;
  }
  return result + html.slice(cursor);
}

/** Escape a value for a double-quoted attribute. */
const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
