import type { Html, Nodes as MdastNodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { RichText } from '../../schemas/article.js';
import { parseMarkdown } from '../parse/markdown.js';
import { sanitizeSchema } from './sanitize-schema.js';

/** mdast → hast → sanitised hast → HTML; raw HTML never reaches the output (remark-rehype drops it). */
const htmlProcessor = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();

/** Render mdast nodes to a sanitised HTML fragment. */
export function renderHtml(nodes: readonly MdastNodes[]): string {
  const root: Root = { type: 'root', children: nodes.flatMap(liftHtmlText) as RootContent[] };
  return htmlProcessor.stringify(htmlProcessor.runSync(root)).trim();
}

/** Plain text of nodes, with HTML comments (tokens, region markers) removed. */
export function plainText(nodes: readonly MdastNodes[]): string {
  return nodes
    .map((node) => removeComments(toString(node, { includeHtml: node.type === 'html' })).trim())
    .filter((text) => text !== '')
    .join('\n')
    .trim();
}

export const richText = (nodes: readonly MdastNodes[]): RichText => ({ text: plainText(nodes), html: renderHtml(nodes) });

/**
 * A line that starts with a token comment (`<!--$Start-->At … UTC`) is an HTML block to CommonMark, so
 * its words would vanish from the HTML. Render such a block's text as markdown once its comments are gone.
 */
function liftHtmlText(node: MdastNodes): MdastNodes[] {
  if (node.type !== 'html') return [node];
  const text = removeComments((node as Html).value);
  if (text.trim() === '' || text.trimStart().startsWith('<')) return [node];
  return parseMarkdown(text).children;
}

/** Remove `<!-- … -->` comments in one left-to-right pass (indexOf, no backtracking). */
export function removeComments(value: string): string {
  if (!value.includes('<!--')) return value;
  let result = '';
  let cursor = 0;
  for (let open = value.indexOf('<!--'); open !== -1; open = value.indexOf('<!--', cursor)) {
    const close = value.indexOf('-->', open + 4);
    result += value.slice(cursor, open);
    if (close === -1) return result;
    cursor = close + 3;
  }
  return result + value.slice(cursor);
}
