/**
 * Payload strings the portal renders as HTML (problem-scoping `infoBalloonText` and `content`,
 * `productLink1`…; 75 corpus strings carry tags, mostly `<a href>`) go through the same sanitiser as
 * the article HTML, and per-cloud docs hosts apply to their links too. Strings without tags are data
 * and stay as written; `payload.raw` keeps the block as the author wrote it.
 */
import type { Payload } from '../../schemas/article.js';
import type { CloudEnvironment } from '../../schemas/properties.js';
import { sanitizeHtml } from '../html/render.js';
import { rewriteHrefs } from '../html/rewrite-hrefs.js';
import { portalHref } from './links.js';

const looksLikeHtml = /<[a-z!/]/i;

export function portalPayload(payload: Payload | null, cloud: CloudEnvironment | undefined): Payload | null {
  if (!payload || payload.json === undefined) return payload;
  // problemScoping is a typed view of the same JSON: sanitise each string once for both.
  const done = new Map<string, string>();
  const portalString = (value: string): string => {
    if (!looksLikeHtml.test(value)) return value;
    let safe = done.get(value);
    if (safe === undefined) {
      safe = rewriteHrefs(sanitizeHtml(value), (href) => portalHref(href, cloud));
      done.set(value, safe);
    }
    return safe;
  };
  const json = mapStrings(payload.json, portalString);
  if (!payload.problemScoping) return { ...payload, json };
  return { ...payload, json, problemScoping: mapStrings(payload.problemScoping, portalString) as Payload['problemScoping'] };
}

function mapStrings(value: unknown, map: (value: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapStrings(inner, map)]));
}
