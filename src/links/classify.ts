import type { LinkKind } from '../../schemas/article.js';
import { isBladeLink, parseBladeLink } from './blade.js';
import { docsHosts } from './docs.js';

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

/**
 * The kind of a link target. Anything that is not a web address, an in-page anchor, mail or a portal
 * blade is `unsafe`: an unknown scheme is a target portals cannot vouch for, so the export removes it.
 */
export function classifyLink(href: string): LinkKind {
  const trimmed = href.trim();
  const scheme = schemeOf(trimmed);
  const kind = kindBeforeHost(trimmed, scheme);
  if (kind !== undefined) return kind;
  // A typo such as `ttps://docs.microsoft.com/…` (1 corpus link) has a docs host but goes nowhere.
  const host = scheme === undefined ? undefined : hostOf(trimmed);
  return host !== undefined && docsHosts.has(host) ? 'docs' : 'external';
}

/** `classifyLink(href) === 'unsafe'`, without reading the host (a URL parse) that only tells docs from external. */
export function isUnsafeLink(href: string): boolean {
  const trimmed = href.trim();
  return kindBeforeHost(trimmed, schemeOf(trimmed)) === 'unsafe';
}

/** Every kind but a web page's; undefined for web pages (docs or external, decided by host). */
function kindBeforeHost(trimmed: string, scheme: string | undefined): LinkKind | undefined {
  if (scheme !== undefined && unsafeSchemes.has(scheme)) return 'unsafe';
  // `data-blade:`, `button-data-blade:` and portal `#blade/…` / `#view/…` addresses (blade.ts decides).
  if (isBladeLink(trimmed)) return bladeCarriesScript(trimmed) ? 'unsafe' : 'blade';
  if (trimmed.startsWith('#')) return 'anchor';
  if (scheme === 'mailto') return 'mailto';
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return 'unsafe';
  return undefined;
}

/** A blade input or fallback address with a script scheme would reach the portal's router as a URL. */
function bladeCarriesScript(href: string): boolean {
  const blade = parseBladeLink(href);
  if ('error' in blade) return false;
  return [...Object.values(blade.parameters), blade.uri ?? ''].some((value) => unsafeSchemes.has(schemeOf(value) ?? ''));
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
