/**
 * The last guard for author values that land in fields we do not model: payload JSON and unknown
 * properties. A field named like a link target (`href`, `src`, `url`, `uri`, `…Link`: payloads use
 * `learnMoreLink`, `documentLink`, `uri`, `productLink1`) never carries an unsafe target.
 */
import { isUnsafeLink, schemeOf } from '../links/classify.js';

const urlKey = /(?:href|src|url|uri|link\d*)$/i;
const scriptSchemes = new Set(['javascript', 'vbscript', 'data', 'file']);

/**
 * Script schemes always go; other unsafe targets only when the value is one token, so prose that
 * happens to sit in such a field (`"Note: see the guide"`) is left alone.
 */
function isUnsafeTarget(value: string): boolean {
  if (!value.includes(':')) return false;
  if (scriptSchemes.has(schemeOf(value) ?? '')) return true;
  return !/\s/.test(value.trim()) && isUnsafeLink(value);
}

/** The value with unsafe targets in url-named string fields replaced by ''; the same object when there are none. */
export function clearUnsafeUrlFields<T>(value: T): T {
  return clear(value) as T;
}

function clear(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(clear);
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, inner]) => {
    const next = typeof inner === 'string' ? (urlKey.test(key) && isUnsafeTarget(inner) ? '' : inner) : clear(inner);
    changed ||= next !== inner;
    return [key, next] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}
