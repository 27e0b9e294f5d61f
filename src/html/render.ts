import type { Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeApolloMedia } from './apollo-media.js';
import { liftHtmlText } from './plain-text.js';
import { MAX_RAW_HTML_DEPTH, rawHtmlDepth } from './raw-depth.js';
import { rehypeSafeLinks } from './safe-links.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { rehypeTokenSpans } from './token-spans.js';

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


/** The raw HTML of the nodes, in document order (mdast depth is bounded by the parser's limit). */
function htmlValues(node: MdastNodes, into: string[] = []): string[] {
  if (node.type === 'html') into.push(node.value);
  else if ('children' in node) for (const child of node.children) htmlValues(child, into);
  return into;
}
