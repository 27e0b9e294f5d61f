/**
 * The exported article: the model made portal-ready. Links are neutralised and moved per cloud, payload
 * HTML is sanitised, the article HTML follows the cloud's docs host, and what the export removed is
 * reported in the article's diagnostics.
 */
import type { Article } from '../../schemas/article.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { CloudEnvironment } from '../../schemas/properties.js';
import { rewriteHrefs } from '../html/rewrite-hrefs.js';
import { docsHrefForCloud } from '../links/docs.js';
import type { ParsedFile } from '../parse/index.js';
import { portalLinks, unsafeLinkDiagnostics } from './links.js';
import { portalPayload } from './payload.js';
import { rawHtmlDiagnostics } from './raw-html.js';
import { clearUnsafeUrlFields } from './url-fields.js';

export interface PortalOptions {
  /** Build for one cloud: docs links move to its documentation host. */
  cloud?: CloudEnvironment;
}

export function portalArticle(
  article: Article,
  parsed: Pick<ParsedFile, 'tree' | 'file' | 'index'> | undefined,
  options: PortalOptions = {},
): { article: Article; diagnostics: Diagnostic[] } {
  const { cloud } = options;
  let portal: Article = {
    ...article,
    metadata: { ...article.metadata, extra: clearUnsafeUrlFields(article.metadata.extra) },
    ...portalLinks(article, cloud),
    payload: clearUnsafeUrlFields(portalPayload(article.payload, cloud)),
  };
  // The HTML was rendered with the hrefs as written; only a cloud that moves docs links changes it.
  if (cloud !== undefined) portal = mapHtmlFields(portal, (html) => rewriteHrefs(html, (href) => docsHrefForCloud(href, cloud)));
  const diagnostics = [...unsafeLinkDiagnostics(article.links), ...(parsed ? rawHtmlDiagnostics(parsed) : [])];
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { article: portal, diagnostics };
}

function mapHtmlFields<T>(value: T, map: (html: string) => string): T {
  return mapHtml(value, map) as T;
}

function mapHtml(value: unknown, map: (html: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapHtml(item, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === 'html' && typeof inner === 'string' ? map(inner) : mapHtml(inner, map)]),
  );
}
