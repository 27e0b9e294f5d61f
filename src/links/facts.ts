/**
 * What the export says about one link target: its kind, and for portal blades the parsed reference, for
 * docs pages the locale-free address. One function so the model, the HTML and the export agree.
 */
import type { Link } from '../../schemas/article.js';
import { parseBladeLink } from './blade.js';
import { classifyLink, schemeOf } from './classify.js';
import { localeFreeHref } from './docs.js';

export type LinkFacts = Pick<Link, 'kind' | 'blade' | 'bladeError' | 'localeFreeHref'>;

export function linkFacts(href: string): LinkFacts {
  const kind = classifyLink(href);
  if (kind === 'docs') return { kind, localeFreeHref: localeFreeHref(href.trim()) };
  if (kind !== 'blade') return { kind };
  const parsed = parseBladeLink(href);
  if ('error' in parsed) return { kind, bladeError: `The blade link ${parsed.error}` };
  const { uri, ...blade } = parsed;
  // The fallback address is author text that lands in a url field: keep it only when it is plain web.
  const safeUri = uri !== undefined && ['http', 'https'].includes(schemeOf(uri) ?? '') ? { uri: uri.trim() } : {};
  return { kind, blade: { ...blade, ...safeUri } };
}

/** Why a target was removed from the export, in an author's words. */
export function unsafeReason(href: string): string {
  const scheme = schemeOf(href);
  return scheme === undefined ? 'The link target cannot be read as an address' : `The link uses the \`${scheme}:\` scheme, which portals do not open`;
}
