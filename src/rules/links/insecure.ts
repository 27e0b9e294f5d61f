/**
 * An `http:` link can be read and altered on the way, and browsers warn about or block it inside the
 * https portal. Where the host is known to serve the same address over https (Microsoft's docs and
 * portal sites, go.microsoft.com: 35 of the 55 corpus http links), the fix switches the scheme; other
 * hosts need an author to check. Local and private addresses (`http://localhost:8080`) are instructions,
 * not links to follow, and are left alone.
 */
import { schemeOf } from '../../links/classify.js';
import { linkVisitors } from '../../links/each-link.js';
import { displayUrl, parseUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

/** Hosts that answer every address over https as well (HSTS or https-only sites). */
const httpsHosts = new Set([
  'docs.microsoft.com',
  'learn.microsoft.com',
  'azure.microsoft.com',
  'go.microsoft.com',
  'www.microsoft.com',
  'microsoft.com',
  'support.microsoft.com',
  'msdn.microsoft.com',
  'technet.microsoft.com',
  'techcommunity.microsoft.com',
  'portal.azure.com',
  'docs.azure.cn',
  'portal.azure.cn',
  'aka.ms',
  'github.com',
  'stackoverflow.com',
  'www.youtube.com',
]);

/** Loopback, private IPv4 ranges and single-label names: not reachable as public web pages anyway. */
function isLocal(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || !host.includes('.')) return true;
  const octets = host.split('.').map(Number);
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet))) return false;
  const [a, b] = octets as [number, number];
  return a === 10 || a === 127 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}

/** `http://host:80/…` or `http://user@host/…`: switching the scheme alone would not give a working address. */
const hasPortOrUser = (written: string): boolean => /[:@]/.test(written.slice(7).split(/[/?#]/, 1)[0] ?? '');

export const linksInsecure = defineRule({
  meta: {
    id: 'links/insecure',
    description: 'Prefer https links over http',
    severity: 'warning',
    fixable: true,
    messages: {
      knownHttps: 'Link `{url}` uses http; `{host}` serves https, so change it to `https://`',
      insecure: 'Link `{url}` uses http; switch to `https://` if `{host}` supports it',
    },
  },
  create(context) {
    return linkVisitors(context.file, {
      target({ url, written, node }) {
        const parsed = parseUrl(url);
        if (!parsed || parsed.protocol !== 'http:' || isLocal(parsed.hostname)) return;
        // A bare `www.example.com` becomes an http link, but the author wrote no scheme to change.
        if (written && schemeOf(written.text) !== 'http') return;
        const host = parsed.hostname.toLowerCase();
        const data = { url: displayUrl(url.trim()), host };
        const canFix = httpsHosts.has(host) && written !== undefined && /^http:\/\//i.test(written.text) && !hasPortOrUser(written.text);
        if (!canFix) {
          context.report({ node, messageId: 'insecure', data });
          return;
        }
        context.report({ node, messageId: 'knownHttps', data, fix: { range: [written.start, written.start + 5], text: 'https:' } });
      },
    });
  },
});
