import type { Nodes as HastNodes, Root as HastRoot, RootContent as HastContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Root, RootContent } from 'mdast';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import rehypeSanitize from 'rehype-sanitize';
import { applyApolloMedia } from './apollo-media.js';
import { liftHtmlText } from './plain-text.js';
import { MAX_RAW_HTML_DEPTH, rawHtmlDepth } from './raw-depth.js';
import { dropUnsafeTargets } from './safe-links.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { wrapTokenSpans } from './token-spans.js';

/**
 * mdast → hast → sanitised hast → HTML, with the syntax-tree utilities that remark-rehype, rehype-raw
 * and rehype-stringify wrap called directly, and rehype-sanitize's transform as it is: no unified run
 * (a new file, a pipeline of plugins) per block. With the shortcut below, rendering the corpus went
 * from 1.7 s to 1.2 s (profiled), the output byte for byte the same. Raw HTML is parsed by a real
 * HTML parser (hast-util-raw over parse5: entities, case and broken markup read as a browser reads
 * them), then mapped to safe elements or dropped by the sanitiser. The parser is the costly step, so
 * blocks whose raw HTML is only comments and line breaks (most raw HTML in real articles) get those
 * nodes without it, exactly as the parser would make them.
 *
 * One renderer serves one document: mdast-util-to-hast's state (its handlers, and the link definitions
 * it would collect by walking each tree it renders) is made once, with the document's definitions
 * taken from `nodes` (every node of the document, as the tree index lists them); per block, that walk
 * and copy were a fifth of rendering. Link references in any block resolve against the whole document.
 */
export function createHtmlRenderer(nodes: Iterable<MdastNodes>): (nodes: readonly MdastNodes[]) => string {
  const state = stateWithDefinitions(nodes);
  return (nodes) => {
    const root: Root = { type: 'root', children: nodes.flatMap(liftHtmlText) as RootContent[] };
    const html = htmlValues(root);
    if (html.length > 0 && rawHtmlDepth(html) > MAX_RAW_HTML_DEPTH) return finish(toHast(root) as HastRoot);
    // The root handler returns a root, which mdast-util-to-hast's Handler type does not admit.
    const tree = state.one(root, undefined) as unknown as HastRoot;
    const parsed = html.length === 0 ? tree : html.every((value) => simpleHtmlNodes(value) !== undefined) ? withSimpleHtml(tree) : (raw(tree) as HastRoot);
    wrapTokenSpans(parsed);
    applyApolloMedia(parsed);
    return finish(parsed);
  };
}

/** Render mdast nodes on their own (their own definitions only) to a sanitised HTML fragment. */
export function renderHtml(nodes: readonly MdastNodes[]): string {
  return createHtmlRenderer(descendants(nodes))(nodes);
}

function* descendants(nodes: readonly MdastNodes[]): Generator<MdastNodes> {
  for (const node of nodes) {
    yield node;
    if ('children' in node) yield* descendants(node.children);
  }
}

/**
 * mdast-util-to-hast's state, taken from the root handler of a `toHast` call on an empty root (the
 * root handler is the first thing `toHast` calls), with the definitions filled in as its own walk
 * would (first of each identifier, upper-cased). Later roots go through the default handler:
 * `state.one(root)` is then `toHast(root)` without a footnote section, which the portal HTML never had
 * a place for.
 */
function stateWithDefinitions(nodes: Iterable<MdastNodes>): State {
  let captured: State | undefined;
  const root = (state: State, node: Root): HastRoot => {
    if (captured) return defaultHandlers.root(state, node) as unknown as HastRoot;
    captured = state;
    return { type: 'root', children: [] };
  };
  toHast({ type: 'root', children: [] }, { allowDangerousHtml: true, handlers: { root: root as unknown as Handler } });
  const state = captured!;
  for (const node of nodes) {
    if (node.type !== 'definition' && node.type !== 'footnoteDefinition') continue;
    const byId: Map<string, typeof node> = node.type === 'definition' ? state.definitionById : state.footnoteById;
    const id = String(node.identifier).toUpperCase();
    if (!byId.has(id)) byId.set(id, node);
  }
  return state;
}

/** Sanitise an HTML fragment written by an author, with the same schema as the article HTML. */
export function sanitizeHtml(html: string): string {
  if (rawHtmlDepth([html]) > MAX_RAW_HTML_DEPTH) return '';
  return finish(raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as HastRoot);
}

const sanitizeTree = rehypeSanitize(sanitizeSchema);

function finish(tree: HastRoot): string {
  dropUnsafeTargets(tree);
  return toHtml(sanitizeTree(tree)).trim();
}

/** The raw HTML of the nodes, in document order (mdast depth is bounded by the parser's limit). */
function htmlValues(node: MdastNodes, into: string[] = []): string[] {
  if (node.type === 'html') into.push(node.value);
  else if ('children' in node) for (const child of node.children) htmlValues(child, into);
  return into;
}

/**
 * Raw HTML made only of the two kinds real articles mostly hold: `<!--…-->` comments (replacement
 * tokens; 1,939 of the corpus' 4,016 raw HTML nodes) and bare line breaks (`<br>`, `<br/>`, `<br />`;
 * 1,735), with white space between. Their nodes are built here, as parse5 builds them: a comment is the
 * data up to the first `-->`, so `<!-->`, `<!--->` and `--!>` (which parse5 closes differently) go to the
 * real parser, as does anything else. Undefined when the value is anything more.
 */
export function simpleHtmlNodes(value: string): HastContent[] | undefined {
  if (value.includes('--!>')) return undefined;
  const nodes: HastContent[] = [];
  let cursor = 0;
  while (cursor < value.length) {
    const open = value.indexOf('<', cursor);
    const textEnd = open === -1 ? value.length : open;
    if (textEnd > cursor) {
      const text = value.slice(cursor, textEnd);
      if (text.trim() !== '') return undefined;
      nodes.push({ type: 'text', value: text });
    }
    if (open === -1) break;
    const end = value.startsWith('<!--', open) ? commentEnd(value, open) : lineBreakEnd(value, open);
    if (end === undefined) return undefined;
    nodes.push(
      value[open + 1] === '!'
        ? { type: 'comment', value: value.slice(open + 4, end - 3) }
        : { type: 'element', tagName: 'br', properties: {}, children: [] },
    );
    cursor = end;
  }
  return nodes;
}

/** The offset after a plain comment starting at `open`, or undefined (abrupt close, unclosed). */
function commentEnd(value: string, open: number): number | undefined {
  if (value.startsWith('>', open + 4) || value.startsWith('->', open + 4)) return undefined;
  const close = value.indexOf('-->', open + 4);
  return close === -1 ? undefined : close + 3;
}

/** The offset after `<br>`, `<br/>` or `<br />` (any case, no attributes) at `open`, or undefined. */
function lineBreakEnd(value: string, open: number): number | undefined {
  if (value.slice(open + 1, open + 3).toLowerCase() !== 'br') return undefined;
  let cursor = skipSpace(value, open + 3);
  if (value[cursor] === '/') cursor += 1;
  return value[cursor] === '>' ? cursor + 1 : undefined;
}

/** Replace each `raw` node by the nodes simpleHtmlNodes made of it (every one has some). */
function withSimpleHtml<T extends HastNodes>(node: T): T {
  if (!('children' in node)) return node;
  const children: HastContent[] = [];
  for (const child of node.children as HastContent[]) {
    if (child.type === 'raw') children.push(...simpleHtmlNodes(child.value)!);
    else children.push(withSimpleHtml(child));
  }
  (node as { children: HastContent[] }).children = children;
  return node;
}

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';

function skipSpace(value: string, from: number): number {
  let cursor = from;
  while (isSpace(value[cursor])) cursor += 1;
  return cursor;
}
