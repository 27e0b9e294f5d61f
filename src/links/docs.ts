/**
 * Facts about links to Microsoft documentation. Portals route docs links differently from other web
 * links (open in a side pane, pick the reader's language), so the export marks them and gives each a
 * locale-free address; per-cloud builds move Azure docs to the cloud's own documentation site.
 */
import type { CloudEnvironment } from '../../schemas/properties.js';
import { parseUrl } from './url.js';

/** Documentation hosts of every cloud (public, Azure Government, Azure China, legacy). */
export const docsHosts: ReadonlySet<string> = new Set([
  'docs.microsoft.com',
  'learn.microsoft.com',
  'docs.azure.cn',
  'learn.azure.cn',
  'docs.microsoft.us',
  'learn.microsoft.us',
  'review.docs.microsoft.com',
  'azure.microsoft.com',
]);

/** `en-us`, `pt-br`, `zh-hans-cn`, `sr-latn-rs`: language, optional script, region. */
const localePattern = /^[a-z]{2,3}(-[a-z]{4})?-[a-z]{2}$/i;

/** True for a URL path segment that names a locale (the export's locale-free form and links/locale share it). */
export const isLocaleSegment = (segment: string): boolean => localePattern.test(segment);

/** The href without a locale first path segment (`/en-us/`); other docs hrefs are returned as they are. */
export function localeFreeHref(href: string): string {
  const parsed = parseUrl(href);
  if (!parsed) return href;
  const [, first = ''] = parsed.pathname.split('/');
  if (!isLocaleSegment(first)) return href;
  const url = new URL(parsed.href);
  url.pathname = url.pathname.slice(first.length + 1) || '/';
  return url.href;
}

/** Hosts that serve the public cloud's Azure documentation under `/azure/…`. */
const publicDocsHosts = new Set(['docs.microsoft.com', 'learn.microsoft.com']);

/**
 * Where each cloud's readers find Azure documentation, when it is not the public site. Only Azure China
 * runs its own site: the templates exempt Mooncake articles from the locale rule because they link to
 * docs.azure.cn (182 corpus links, written `docs.azure.cn/<service>/…` without `/azure`). Azure
 * Government documents itself on the public site (learn.microsoft.com/azure/azure-government), USNat and
 * USSec documentation hosts are not public, and Azure Germany (blackforest) was closed, so those builds
 * keep public links.
 */
const cloudDocsHost: Partial<Record<CloudEnvironment, string>> = { mooncake: 'docs.azure.cn' };

/**
 * The href as readers of `cloud` should follow it: a public Azure docs page moves to the cloud's docs
 * host, keeping any locale, query and fragment; every other href is returned unchanged.
 */
export function docsHrefForCloud(href: string, cloud: CloudEnvironment): string {
  const host = cloudDocsHost[cloud];
  if (host === undefined) return href;
  const url = parseUrl(href);
  if (!url || !publicDocsHosts.has(url.hostname.toLowerCase())) return href;
  const segments = url.pathname.split('/');
  const azureAt = isLocaleSegment(segments[1] ?? '') ? 2 : 1;
  if (segments[azureAt]?.toLowerCase() !== 'azure' || segments.length <= azureAt + 1) return href;
  segments.splice(azureAt, 1);
  return `https://${host}${segments.join('/')}${url.search}${url.hash}`;
}
