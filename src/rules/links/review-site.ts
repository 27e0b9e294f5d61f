/**
 * The review (staging) documentation site needs a Microsoft sign-in, so readers who follow a link to it
 * hit a login wall; the templates say never to link to it. A `?branch=` query on a docs link shows an
 * unpublished pull-request build, which readers cannot see either (1 corpus link, `branch=pr-en-us-…`);
 * `branch=live` is the published branch and passes.
 */
import { linkVisitors } from '../../links/each-link.js';
import { displayUrl, isHostUnder, parseUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

/** Published documentation hosts; a review site is one of these with a `review` (or `ppe`) label in front. */
const docsHosts = ['docs.microsoft.com', 'learn.microsoft.com', 'docs.azure.cn', 'learn.azure.cn', 'docs.microsoft.us', 'learn.microsoft.us'];
const stagingLabels = new Set(['review', 'ppe']);

function docsHostOf(host: string): { docsHost: string; labels: string[] } | undefined {
  const docsHost = docsHosts.find((candidate) => isHostUnder(host, candidate));
  if (docsHost) return { docsHost, labels: host.slice(0, -docsHost.length).split('.').filter(Boolean) };
  // The templates spell the review site `review.microsoft.docs`; take any `review.` host of a docs site.
  const labels = host.split('.');
  if (labels[0] === 'review' && (labels.includes('docs') || labels.includes('learn'))) return { docsHost: 'learn.microsoft.com', labels: ['review'] };
  return undefined;
}

export const linksReviewSite = defineRule({
  meta: {
    id: 'links/review-site',
    description: 'Disallow links to the review (staging) documentation site and to unpublished branches',
    severity: 'error',
    fixable: false,
    messages: {
      reviewHost: 'Link `{url}` is on the review site `{host}`, which readers cannot open; use `{published}`',
      reviewBranch: 'Link `{url}` shows the unpublished branch `{branch}`; remove `branch={branch}`',
    },
  },
  create(context) {
    return linkVisitors(context.file, {
      target({ url, node }) {
        const parsed = parseUrl(url);
        const host = parsed?.hostname.toLowerCase() ?? '';
        const docs = docsHostOf(host);
        if (!parsed || !docs) return;
        if (docs.labels.some((label) => stagingLabels.has(label))) {
          context.report({ node, messageId: 'reviewHost', data: { url: displayUrl(url), host, published: docs.docsHost } });
          return;
        }
        const branch = parsed.searchParams.get('branch');
        if (branch !== null && branch.toLowerCase() !== 'live') context.report({ node, messageId: 'reviewBranch', data: { url: displayUrl(url), branch } });
      },
    });
  },
});
