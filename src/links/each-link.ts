/**
 * Every link of an article, for link rules, from the one shared walk: markdown inline links and
 * autolinks, definitions (where a reference link's target is written), reference links (their text)
 * and raw HTML `<a href>` anchors. A target is reported where it is written, so a definition used three
 * times is reported once and its fix edits the definition; a text is reported where readers see it.
 */
import type { Definition, Link, LinkReference, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { anchorHrefs } from '../parse/html-anchors.js';
import type { Located, RuleFile, Visitors } from '../rules/rule.js';

export interface LinkTarget {
  /** The target as the browser gets it (escapes and character references decoded). */
  url: string;
  /** `inline` `[t](u)`, `autolink` `<u>` or a bare URL, `definition` `[id]: u`, `html` `<a href="u">`. */
  kind: 'inline' | 'autolink' | 'definition' | 'html';
  /** The target exactly as written and its file offset, when it could be found; fixes edit this. */
  written?: { text: string; start: number };
  /** The link's text, when it is written with the target (inline links, anchors closed in the same HTML). */
  text?: string;
  /** What to report: the link, the definition, or the href of an anchor. */
  node: Located;
}

export interface LinkText {
  /** The plain text readers see (HTML and image descriptions left out). */
  text: string;
  /** Whether the link wraps an image, which gives it content without text. */
  hasImage: boolean;
  /** The target, for messages; undefined for a reference whose definition is not found. */
  url: string | undefined;
  kind: 'inline' | 'reference' | 'html';
  node: Located;
}

export interface LinkHandlers {
  target?: (target: LinkTarget) => void;
  text?: (text: LinkText) => void;
}

/**
 * What each link node yields, computed for the first rule that asks and shared with the others (nine
 * rules read links): keyed by the node, which belongs to one file's tree.
 */
const seen = new WeakMap<object, { targets: LinkTarget[]; texts: LinkText[] }>();

/** Visitors that hand each link target and each link text of the file to the handlers. */
export function linkVisitors(file: RuleFile, handlers: LinkHandlers): Visitors {
  const deliver = (node: Nodes) => {
    let found = seen.get(node);
    if (!found) seen.set(node, (found = linkFacts(file, node)));
    if (handlers.target) for (const target of found.targets) handlers.target(target);
    if (handlers.text) for (const text of found.texts) handlers.text(text);
  };
  return { link: deliver, definition: deliver, linkReference: deliver, html: deliver };
}

function linkFacts(file: RuleFile, node: Nodes): { targets: LinkTarget[]; texts: LinkText[] } {
  const source = file.file.text;
  const targets: LinkTarget[] = [];
  const texts: LinkText[] = [];
  if (node.type === 'link' && node.position) {
    if (source[node.position.start.offset ?? -1] !== '[') {
      targets.push(lazyTarget(node.url, 'autolink', node, () => writtenOf(source, node, 'autolink')));
    } else {
      let content: { text: string; hasImage: boolean } | undefined;
      const contentOf = () => (content ??= textOf(node));
      targets.push(lazyTarget(node.url, 'inline', node, () => writtenOf(source, node, 'inline'), () => contentOf().text));
      texts.push(lazyText(contentOf, node.url, 'inline', node));
    }
  } else if (node.type === 'definition' && node.position) {
    targets.push(lazyTarget(node.url, 'definition', node, () => writtenOf(source, node, 'definition')));
  } else if (node.type === 'linkReference' && node.position) {
    let content: { text: string; hasImage: boolean } | undefined;
    texts.push(lazyText(() => (content ??= textOf(node)), referenceUrl(file, node), 'reference', node));
  } else if (node.type === 'html') {
    for (const anchor of anchorHrefs(node, file.file)) {
      const located = { position: anchor.position };
      const text = anchor.text ?? modelText(file, anchor.position.start.offset);
      targets.push({ url: anchor.url, kind: 'html', written: anchor.written, ...(text === undefined ? {} : { text }), node: located });
      if (text !== undefined) texts.push({ text, hasImage: anchor.hasImage, url: anchor.url, kind: 'html', node: located });
    }
  }
  return { targets, texts };
}

/** A link text whose words are gathered only when a rule reads them. */
function lazyText(contentOf: () => { text: string; hasImage: boolean }, url: string | undefined, kind: LinkText['kind'], node: Located): LinkText {
  return {
    url,
    kind,
    node,
    get text() {
      return contentOf().text;
    },
    get hasImage() {
      return contentOf().hasImage;
    },
  };
}

/** A target whose written form and text are found only if a rule asks (most rules need neither). */
function lazyTarget(url: string, kind: LinkTarget['kind'], node: Located, findWritten: () => LinkTarget['written'], findText?: () => string): LinkTarget {
  let written: LinkTarget['written'] | null = null;
  return {
    url,
    kind,
    node,
    get written() {
      if (written === null) written = findWritten();
      return written;
    },
    get text() {
      return findText?.();
    },
  };
}

function textOf(node: Link | LinkReference): { text: string; hasImage: boolean } {
  const text = toString(node.children, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
  return { text, hasImage: containsImage(node.children) };
}

function containsImage(nodes: readonly Nodes[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'image' || node.type === 'imageReference') return true;
    if (node.type === 'html' && /<(img|svg)[\s/>]/i.test(node.value)) return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

/** The reference's target, from the links the article model resolved (matched by position). */
function referenceUrl(file: RuleFile, node: LinkReference): string | undefined {
  const offset = node.position?.start.offset;
  return file.article.links.find((link) => link.position.start.offset === offset)?.href;
}

/**
 * The text of an inline-HTML anchor (`Read <a href="…">the guide</a>.`), which is markdown after the
 * anchor's node: the article model gathers it. An empty text is left unknown, since the model skips
 * HTML such as an `<img>` between the tags.
 */
function modelText(file: RuleFile, offset: number): string | undefined {
  const text = file.article.links.find((link) => link.position.start.offset === offset)?.text.trim();
  return text === '' ? undefined : text;
}

/** Locate the target as written: after `](` for inline links, inside `<…>` or the whole bare URL, after `]:`. */
function writtenOf(source: string, node: Link | Definition, kind: LinkTarget['kind']): LinkTarget['written'] {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  let from: number | undefined;
  if (kind === 'autolink') {
    const angle = source[start] === '<';
    return { text: source.slice(angle ? start + 1 : start, angle ? end - 1 : end), start: angle ? start + 1 : start };
  }
  if (kind === 'inline') {
    const children = (node as Link).children;
    const textEnd = children.length === 0 ? start + 1 : children[children.length - 1]!.position?.end.offset;
    if (textEnd !== undefined && source.startsWith('](', textEnd)) from = textEnd + 2;
  } else {
    const close = labelEnd(source, start, end);
    if (close !== undefined && source[close + 1] === ':') from = close + 2;
  }
  if (from === undefined) return undefined;
  while (from < end && ' \t\r\n'.includes(source[from]!)) from += 1;
  const range = destinationAt(source, from, end);
  return range ? { text: source.slice(range[0], range[1]), start: range[0] } : undefined;
}

/** Offset of the `]` closing a definition's label (labels cannot hold an unescaped `]`). */
function labelEnd(source: string, start: number, end: number): number | undefined {
  for (let cursor = start + 1; cursor < end; cursor += 1) {
    if (source[cursor] === '\\') cursor += 1;
    else if (source[cursor] === ']') return cursor;
  }
  return undefined;
}

/** A link destination starting at `from`: `<…>`, or up to white space or an unbalanced `)`. */
function destinationAt(source: string, from: number, end: number): [number, number] | undefined {
  if (source[from] === '<') {
    const close = source.indexOf('>', from + 1);
    return close === -1 || close > end ? undefined : [from + 1, close];
  }
  let depth = 0;
  let cursor = from;
  for (; cursor < end; cursor += 1) {
    const char = source[cursor]!;
    if (char === '\\') cursor += 1;
    else if (char <= ' ') break;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  return [from, Math.min(cursor, end)];
}
