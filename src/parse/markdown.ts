import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdownFast } from './fast/index.js';
import { indexTree, type TreeIndex } from './tree-index.js';
import { checkMarkdownLimits, MAX_CONTAINER_DEPTH, MAX_TREE_DEPTH, type TooDeepMessageId } from './limits.js';

/**
 * The reference reader: remark (micromark) with GFM and frontmatter. One frozen processor: building it
 * per file would cost more than some small articles take to parse.
 */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * Markup nested too deep to walk safely: the parser and the tree utilities after it recurse once per
 * level. `processSource` reports it as `structure/too-deep` at `offset`, not as a bug.
 */
export class TooDeepError extends Error {
  constructor(
    readonly messageId: TooDeepMessageId,
    readonly offset: number,
    readonly data: Record<string, number> = { limit: MAX_TREE_DEPTH },
  ) {
    super(`markdown past the reading limits (${messageId})`);
  }
}

/**
 * Parse markdown whose non-markdown regions are already blanked, so positions are file positions.
 * Markdown past the limits of `checkMarkdownLimits` is never handed to the parser: it throws TooDeepError.
 */
export function parseMarkdown(markdown: string): Root {
  return parseMarkdownIndexed(markdown).tree;
}

/** `parseMarkdown`, with the tree's index (see tree-index.ts) from the walk that checks its depth. */
export function parseMarkdownIndexed(markdown: string): { tree: Root; index: TreeIndex } {
  const limit = checkMarkdownLimits(markdown);
  if (limit) {
    const messageId = limit.kind === 'container-depth' ? 'containers' : 'markup';
    throw new TooDeepError(messageId, limit.offset, { depth: limit.value, limit: MAX_CONTAINER_DEPTH });
  }
  let tree: Root;
  try {
    // The fast reader gives remark's exact tree (test/corpus/fast-markdown.test.ts holds it to that on
    // every corpus file) in about a seventh of the time, or nothing for input it cannot match: then remark.
    tree = parseMarkdownFast(markdown) ?? processor.parse(markdown);
  } catch (error) {
    // The line limits in `checkMarkdownLimits` keep real input far from this; a stack overflow is still nesting.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new TooDeepError('tree', 0);
    throw error;
  }
  const index = indexTree(tree, MAX_TREE_DEPTH);
  if ('node' in index) throw new TooDeepError('tree', index.node.position?.start.offset ?? 0);
  return { tree, index };
}
