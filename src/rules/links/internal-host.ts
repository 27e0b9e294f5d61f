/**
 * Customers cannot open Microsoft-internal sites (support wikis, dashboards, incident tools, internal
 * SharePoint and Teams): the link ends at a sign-in wall or fails to resolve, and it leaks internal
 * names. The host list, with corpus evidence, is in `src/links/internal-hosts.ts`. A single-label host
 * (`http://errors/`, an intranet name in the corpus) cannot resolve on the public internet either.
 */
import { z } from 'zod';
import { linkVisitors } from '../../links/each-link.js';
import { internalHostOf } from '../../links/internal-hosts.js';
import { displayUrl, parseUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

const options = z.object({
  hosts: z.array(z.string().min(1)).default([]).describe('More internal domains to report, each with its subdomains'),
});

/** `localhost` is an instruction, not a link to follow; `http://https://…` is `links/empty`'s. */
const notIntranet = new Set(['localhost', 'http', 'https']);

export const linksInternalHost = defineRule({
  meta: {
    id: 'links/internal-host',
    description: 'Disallow links to Microsoft-internal sites customers cannot open',
    severity: 'error',
    fixable: false,
    options,
    messages: {
      internal: 'Link `{url}` goes to {what}, which customers cannot open; link to public documentation',
      intranet: 'Link host `{host}` is not a public domain name; link a public address, or write it as code',
    },
  },
  create(context) {
    const { hosts } = context.options as z.infer<typeof options>;
    return linkVisitors(context.file, {
      target({ url, node }) {
        const parsed = parseUrl(url);
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return;
        const host = parsed.hostname.toLowerCase();
        const what = internalHostOf(parsed, hosts);
        if (what !== undefined) context.report({ node, messageId: 'internal', data: { url: displayUrl(url.trim()), what } });
        else if (!host.includes('.') && !host.includes(':') && !notIntranet.has(host)) {
          context.report({ node, messageId: 'intranet', data: { host } });
        }
      },
    });
  },
});
