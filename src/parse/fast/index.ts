import type { Root } from 'mdast';
import { convertBlocks } from './blocks.js';
import { reader, type FastEnv } from './engine.js';
import { hasTabInLinePrefix, mayOpenFrontmatter } from './guards.js';
import { restoreLineEndings } from './line-endings.js';
import { Lines } from './lines.js';
import { Refusal } from './refusal.js';

/**
 * The same mdast Root that remark (parse + gfm + frontmatter yaml) gives for `markdown`, or undefined
 * when this input uses something the fast reader cannot reproduce exactly (the caller then uses remark).
 */
export function parseMarkdownFast(markdown: string): Root | undefined {
  if (mayOpenFrontmatter(markdown) || hasTabInLinePrefix(markdown)) return undefined;
  const env: FastEnv = { blockStarts: new Map(), lazyIndentedLines: new Set(), lazyHtmlLines: new Set() };
  try {
    const tokens = reader.parse(markdown, env);
    // Definitions vanish into env.references in markdown-it but are nodes in mdast.
    if (env.references && Object.keys(env.references).length > 0) return undefined;
    const hasReturns = markdown.includes('\r');
    const normalized = hasReturns || markdown.includes('\0') ? normalize(markdown) : markdown;
    const lines = new Lines(normalized, markdown);
    const tree = convertBlocks({ tokens, starts: env.blockStarts, lines, lazyIndentedLines: env.lazyIndentedLines, lazyHtmlLines: env.lazyHtmlLines });
    if (hasReturns) restoreLineEndings(tree, markdown, lines);
    return tree;
  } catch (error) {
    if (error instanceof Refusal) return undefined;
    throw error;
  }
}

/** markdown-it's own input normalization (its `normalize` core rule), so offsets line up with its tokens. */
function normalize(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD');
}
