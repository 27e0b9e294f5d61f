import type { Html, Nodes as MdastNodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown, TooDeepError } from '../parse/markdown.js';
import { removeComments } from './remove-comments.js';

/** Plain text of nodes, with HTML comments (tokens, region markers) removed. */
export function plainText(nodes: readonly MdastNodes[]): string {
  return nodes
    .flatMap(liftHtmlText)
    .map((node) => removeComments(toString(node, { includeHtml: node.type === 'html' })).trim())
    .filter((text) => text !== '')
    .join('\n')
    .trim();
}

/**
 * A line that starts with a token comment (`<!--$Start-->At … UTC`) is an HTML block to CommonMark, so
 * its words would not be markdown. Render such a block's text as markdown, keeping the leading comments
 * in front of it so the token around the first words is still marked.
 */
export function liftHtmlText(node: MdastNodes): MdastNodes[] {
  if (node.type !== 'html') return [node];
  const { value } = node as Html;
  const text = removeComments(value);
  if (text.trim() === '' || text.trimStart().startsWith('<')) return [node];
  const lead = leadingComments(value);
  let children: MdastNodes[];
  try {
    children = parseMarkdown(value.slice(lead.length)).children;
  } catch (error) {
    // Text nested too deep to parse as markdown stays the raw block it was.
    if (error instanceof TooDeepError) return [node];
    throw error;
  }
  const first = children[0];
  if (lead.trim() !== '' && first && (first.type === 'paragraph' || first.type === 'heading')) {
    first.children.unshift({ type: 'html', value: lead.trim() });
  }
  return children.flatMap(liftHtmlText);
}

/** The run of comments and white space a value starts with. */
function leadingComments(value: string): string {
  let cursor = 0;
  for (;;) {
    while (cursor < value.length && /\s/.test(value[cursor]!)) cursor += 1;
    if (!value.startsWith('<!--', cursor)) return value.slice(0, cursor);
    const close = value.indexOf('-->', cursor + 4);
    if (close === -1) return value.slice(0, cursor);
    cursor = close + 3;
  }
}
