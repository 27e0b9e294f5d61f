import type { LinkKind } from '../../schemas/article.js';

/** Documentation hosts of every cloud (public, Azure Government, Azure China, legacy). */
const docsHosts = new Set([
  'docs.microsoft.com',
  'learn.microsoft.com',
  'docs.azure.cn',
  'learn.azure.cn',
  'docs.microsoft.us',
  'review.docs.microsoft.com',
  'azure.microsoft.com',
]);

const unsafeSchemes = new Set(['javascript', 'vbscript', 'data', 'file']);

/** The scheme of an href, lower-cased, ignoring the control characters and spaces browsers skip. */
export function schemeOf(href: string): string | undefined {
  // Browsers strip tabs/newlines and leading controls before reading the scheme: `java\tscript:` runs.
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const colon = compact.indexOf(':');
  if (colon <= 0) return undefined;
  const scheme = compact.slice(0, colon);
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : undefined;
}

export function classifyLink(href: string): LinkKind {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return 'anchor';
  const scheme = schemeOf(trimmed);
  if (scheme === 'data-blade' || trimmed.startsWith('#blade/')) return 'blade';
  if (scheme !== undefined && unsafeSchemes.has(scheme)) return 'unsafe';
  if (scheme === 'mailto') return 'mailto';
  const host = hostOf(trimmed);
  if (host === 'portal.azure.com' && trimmed.includes('#blade/')) return 'blade';
  if (host !== undefined && docsHosts.has(host)) return 'docs';
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return 'external';
  return 'unsafe';
}

export function hostOf(href: string): string | undefined {
  try {
    return new URL(href).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** The decoded part after `#`, if any. */
export function fragmentOf(href: string): string | undefined {
  const hash = href.indexOf('#');
  if (hash === -1 || hash === href.length - 1) return undefined;
  const fragment = href.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
