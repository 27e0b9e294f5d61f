import type { Root as HastRoot } from 'hast';
import type { Html, Nodes as MdastNodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { RichText } from '../../schemas/article.js';
import { parseMarkdown, TooDeepError } from '../parse/markdown.js';
import { rehypeApolloMedia } from './apollo-media.js';
import { MAX_RAW_HTML_DEPTH, rawHtmlDepth } from './raw-depth.js';
import { removeComments } from './remove-comments.js';
import { rehypeSafeLinks } from './safe-links.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { rehypeTokenSpans } from './token-spans.js';

export { removeComments } from './remove-comments.js';

/**
 * mdast → hast → sanitised hast → HTML. Raw HTML is parsed by a real HTML parser (rehype-raw: entities,
 * case and broken markup read as a browser reads them), then mapped to safe elements or dropped by the
 * sanitiser. Nodes without raw HTML skip the parser: most blocks have none, and it is the costly step.
 */
const withRawHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeTokenSpans)
  .use(rehypeApolloMedia)
  .use(rehypeSafeLinks)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();
const markdownOnly = unified().use(remarkRehype).use(rehypeSafeLinks).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();
/** For HTML written outside markdown (payload strings the portal renders as HTML). */
const htmlOnly = unified().use(rehypeRaw).use(rehypeSafeLinks).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();

/** Render mdast nodes to a sanitised HTML fragment. */
export function renderHtml(nodes: readonly MdastNodes[]): string {
  const root: Root = { type: 'root', children: nodes.flatMap(liftHtmlText) as RootContent[] };
  const html = htmlValues(root);
  const processor = html.length > 0 && rawHtmlDepth(html) <= MAX_RAW_HTML_DEPTH ? withRawHtml : markdownOnly;
  return processor.stringify(processor.runSync(root)).trim();
}

/** Sanitise an HTML fragment written by an author, with the same schema as the article HTML. */
export function sanitizeHtml(html: string): string {
  if (rawHtmlDepth([html]) > MAX_RAW_HTML_DEPTH) return '';
  const root: HastRoot = { type: 'root', children: [{ type: 'raw', value: html }] };
  return htmlOnly.stringify(htmlOnly.runSync(root)).trim();
}

/** Plain text of nodes, with HTML comments (tokens, region markers) removed. */
export function plainText(nodes: readonly MdastNodes[]): string {
  return nodes
    .flatMap(liftHtmlText)
    .map((node) => removeComments(toString(node, { includeHtml: node.type === 'html' })).trim())
    .filter((text) => text !== '')
    .join('\n')
    .trim();
}

export const richText = (nodes: readonly MdastNodes[]): RichText => ({ text: plainText(nodes), html: renderHtml(nodes) });

/** The raw HTML of the nodes, in document order (mdast depth is bounded by the parser's limit). */
function htmlValues(node: MdastNodes, into: string[] = []): string[] {
  if (node.type === 'html') into.push(node.value);
  else if ('children' in node) for (const child of node.children) htmlValues(child, into);
  return into;
}

/**
 * A line that starts with a token comment (`<!--$Start-->At … UTC`) is an HTML block to CommonMark, so
 * its words would not be markdown. Render such a block's text as markdown, keeping the leading comments
 * in front of it so the token around the first words is still marked.
 */
function liftHtmlText(node: MdastNodes): MdastNodes[] {
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
