/**
 * An independent check of export output, written the way a browser reads it: every HTML string is
 * parsed with parse5 (the HTML standard's parser, not our scanner) and every element, attribute and
 * link target it yields is judged; every url-named field is judged as the address a browser would open.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const allowedElements = new Set([
  'a', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input',
  'kbd', 'li', 'ol', 'p', 'pre', 's', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const allowedAttributes = new Set(['href', 'title', 'src', 'alt', 'class', 'data-token', 'align', 'type', 'disabled', 'checked', 'start']);
const safeSchemes = new Set(['http', 'https', 'mailto', 'data-blade', 'button-data-blade', 'button-data-context']);
const urlKey = /(?:href|src|url|uri|link\d*)$/i;
/** Link targets the export renders or routes: only web, mail and portal schemes may be there. */
const targetKey = /(?:href|src)$/i;
/** Schemes that run code or smuggle documents when opened. Other url-named payload fields hold config (`path:/v1/…`). */
const scriptSchemes = new Set(['javascript', 'vbscript', 'data', 'file']);

/** The scheme a browser would see: controls and white space inside are skipped, case folded. */
export function browserScheme(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return match?.[1];
}

const unsafeTarget = (url: string): boolean => {
  const scheme = browserScheme(url);
  return scheme !== undefined && !safeSchemes.has(scheme);
};

/** Every problem a browser would run into in this HTML fragment. */
export function htmlDangers(html: string): string[] {
  const dangers: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      if (!allowedElements.has(node.tagName)) dangers.push(`element <${node.tagName}>`);
      for (const attribute of node.attrs) {
        if (!allowedAttributes.has(attribute.name)) dangers.push(`attribute ${attribute.name} on <${node.tagName}>`);
        if ((attribute.name === 'href' || attribute.name === 'src') && unsafeTarget(attribute.value)) {
          dangers.push(`${attribute.name}="${attribute.value}"`);
        }
      }
    }
    if (node.nodeName === '#comment') dangers.push('comment');
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node && node.content) visit(node.content as Node);
  };
  visit(parseFragment(html) as Node);
  return dangers;
}

/**
 * Walk exported JSON: `html` strings (and Help API `content`) are HTML; url-named strings are link
 * targets (or, for payload fields like `productLink1` that hold markup, HTML). Returns `path: problem`.
 */
export function exportDangers(value: unknown, where = '$', options: { placeholders?: boolean } = {}): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => exportDangers(item, `${where}[${index}]`, options));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = `${where}.${key}`;
    if (typeof inner !== 'string') return exportDangers(inner, path, options);
    const isHtml = key === 'html' || key === 'content' || (urlKey.test(key) && inner.includes('<'));
    if (isHtml) {
      // Help API content carries our own `<!--insight-1-->` placeholders, nothing else in a comment.
      const html = options.placeholders ? inner.replace(/<!--[a-z]+-\d+-->/g, '') : inner;
      return htmlDangers(html).map((danger) => `${path}: ${danger}`);
    }
    if (key === 'replacementKey') return /^<!--[a-z]+-\d+-->$/.test(inner) ? [] : [`${path}: odd key ${inner}`];
    if (targetKey.test(key)) return unsafeTarget(inner) ? [`${path}: ${inner}`] : [];
    return urlKey.test(key) && scriptSchemes.has(browserScheme(inner) ?? '') ? [`${path}: ${inner}`] : [];
  });
}
