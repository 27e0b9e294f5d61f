/**
 * Links as portals get them. The model keeps every target as written (rules report on it); the export
 * removes unsafe targets (the link keeps its text, kind `unsafe` and why, and is reported) and, in a
 * per-cloud build, moves Azure docs links to the cloud's documentation host.
 */
import type { Article, Link } from '../../schemas/article.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { CloudEnvironment } from '../../schemas/properties.js';
import { diagnosticAt } from '../diagnostics.js';
import { isUnsafeLink } from '../links/classify.js';
import { docsHrefForCloud } from '../links/docs.js';
import { linkFacts, unsafeReason } from '../links/facts.js';
import { displayUrl } from '../links/url.js';

export const UNSAFE_LINK_RULE = 'export/unsafe-link';

/** The href readers of `cloud` follow, or '' when it must not be followed at all. */
export function portalHref(href: string, cloud: CloudEnvironment | undefined): string {
  if (isUnsafeLink(href)) return '';
  return cloud === undefined ? href : docsHrefForCloud(href, cloud);
}

export function portalLink(link: Link, cloud: CloudEnvironment | undefined): Link {
  const { position, text, fragment } = link;
  const base = { text, ...(fragment === undefined ? {} : { fragment }) };
  if (link.kind === 'unsafe') return { kind: 'unsafe', ...base, href: '', unsafeReason: unsafeReason(link.href), position };
  // The kind was classified from this href: without a cloud to move docs links to, nothing changes.
  if (cloud === undefined) return link;
  const href = portalHref(link.href, cloud);
  if (href === link.href) return link;
  const { kind, ...facts } = linkFacts(href);
  return { kind, ...base, href, ...facts, writtenHref: link.href, position };
}

/** Every link list of the article mapped through portalLink; steps keep their shape. */
export function portalLinks(article: Article, cloud: CloudEnvironment | undefined): Pick<Article, 'links' | 'symptoms' | 'recommendedSteps' | 'recommendedDocuments'> {
  const region = (value: Article['recommendedSteps']) => (value ? { ...value, links: value.links.map((link) => portalLink(link, cloud)) } : null);
  return {
    links: article.links.map((link) => portalLink(link, cloud)),
    symptoms: article.symptoms.map((symptom) => ({
      ...symptom,
      steps: symptom.steps.map((step) => ({ ...step, href: portalHref(step.href, cloud) })),
    })),
    recommendedSteps: region(article.recommendedSteps),
    recommendedDocuments: region(article.recommendedDocuments),
  };
}

/** One warning per unsafe link, where it is written. */
export function unsafeLinkDiagnostics(links: readonly Link[]): Diagnostic[] {
  return links
    .filter((link) => link.kind === 'unsafe')
    .map((link) => {
      const message = `Link target \`${displayUrl(link.href, 50)}\` is removed from the export; link to a web page or a portal blade`;
      return { ...diagnosticAt(UNSAFE_LINK_RULE, 'warning', message, link.position), messageId: 'unsafeLink' };
    });
}
