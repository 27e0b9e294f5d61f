import type { Root } from 'mdast';
import { convertBlocks } from './blocks.js';
import { reader, type FastEnv } from './engine.js';
import { hasTabInLinePrefix, mayOpenFrontmatter } from './guards.js';
import { restoreLineEndings } from './line-endings.js';
import { Lines } from './lines.js';
import { Refusal, SplitAfter } from './refusal.js';

/**
 * The same mdast Root that remark (parse + gfm + frontmatter yaml) gives for `markdown`, or undefined
 * when this input uses something the fast reader cannot reproduce exactly (the caller then uses remark).
 */
export function parseMarkdownFast(markdown: string): Root | undefined {
  return readFast(markdown, MAX_SPLITS);
}

/** Each split reads the rest of the text again: a few keep that linear, more go to remark. */
const MAX_SPLITS = 4;

function readFast(markdown: string, splitsLeft: number): Root | undefined {
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
    if (error instanceof SplitAfter) return splitsLeft > 0 ? readApart(markdown, error.line, splitsLeft - 1) : undefined;
    if (error instanceof Refusal) return undefined;
    throw error;
  }
}

/**
 * Read the lines up to `line` and those after it as two documents, each with the other's text blanked
 * so offsets stay those of the file, and put their blocks together (see `SplitAfter`).
 */
function readApart(markdown: string, line: number, splitsLeft: number): Root | undefined {
  const cut = lineEndAfter(markdown, line);
  const before = readFast(markdown.slice(0, cut) + blank(markdown.slice(cut)), 0);
  if (!before) return undefined;
  const after = readFast(blank(markdown.slice(0, cut)) + markdown.slice(cut), splitsLeft);
  return after && { ...before, children: [...before.children, ...after.children] };
}

/** Offset just past the line ending of `line` (0-based; LF, CRLF or CR). */
function lineEndAfter(markdown: string, line: number): number {
  let offset = 0;
  for (let current = 0; current <= line; current++) {
    while (offset < markdown.length && markdown.charCodeAt(offset) !== 10 && markdown.charCodeAt(offset) !== 13) offset++;
    offset += markdown.startsWith('\r\n', offset) ? 2 : 1;
  }
  return offset;
}

/** The text with every character but line endings turned into a space: blank lines, same offsets. */
const blank = (text: string): string => text.replace(/[^\r\n]/g, ' ');

/** markdown-it's own input normalization (its `normalize` core rule), so offsets line up with its tokens. */
function normalize(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD');
}
