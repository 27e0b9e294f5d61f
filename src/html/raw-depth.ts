/**
 * How deep raw HTML nests. An HTML parser builds one level per unclosed tag, and the tree tools after
 * it recurse once per level, so 20,000 `<b>` in one paragraph would overflow the stack. Raw HTML
 * nested deeper than the limit is left out (the markdown around it still renders); real articles nest
 * raw HTML at most a few levels.
 */
import { scanTags } from './tags.js';

export const MAX_RAW_HTML_DEPTH = 100;

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The deepest nesting of open tags across the HTML strings, read in order (inline HTML spans several). */
export function rawHtmlDepth(values: Iterable<string>): number {
  let depth = 0;
  let deepest = 0;
  for (const value of values) {
    for (const tag of scanTags(value)) {
      if (voidTags.has(tag.name)) continue;
      depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
      deepest = Math.max(deepest, depth);
    }
  }
  return deepest;
}
