/**
 * A locale segment such as `/en-us/` pins every reader to one language: Microsoft's documentation sites
 * choose the reader's language themselves when a link has none, and every template asks for links without
 * one (51 corpus links still start `docs.microsoft.com/en-us/`). The templates exempt Mooncake articles:
 * Azure China docs hosts are not checked (the one corpus link with `docs.azure.cn/zh-cn/` is in a
 * Mooncake-only article), nor is any article whose cloudEnvironments is only `mooncake` (64 corpus files).
 */
import { linkVisitors } from '../../links/each-link.js';
import { displayUrl, parseUrl, pathStartOf } from '../../links/url.js';
import { defineRule } from '../rule.js';
import { isLocaleSegment } from '../../links/docs.js';

/** Sites that serve every page at a locale-free address and redirect by the reader's language. */
const localeFreeHosts = new Set([
  'docs.microsoft.com',
  'learn.microsoft.com',
  'azure.microsoft.com',
  'support.microsoft.com',
  'www.microsoft.com',
  'microsoft.com',
  'technet.microsoft.com',
  'msdn.microsoft.com',
]);

/** The locale that is the first path segment of a locale-free site's URL, if any. */
function localeOf(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || !localeFreeHosts.has(url.hostname.toLowerCase())) return undefined;
  const first = url.pathname.split('/')[1] ?? '';
  return isLocaleSegment(first) ? first : undefined;
}

export const linksLocale = defineRule({
  meta: {
    id: 'links/locale',
    description: 'Disallow locale segments such as `/en-us/` in links to Microsoft documentation',
    severity: 'warning',
    fixable: true,
    messages: {
      locale: 'Link `{url}` has the locale `/{locale}/`; remove it so readers get their own language',
    },
  },
  create(context) {
    const clouds = context.file.article.metadata.cloudEnvironments ?? [];
    if (clouds.length > 0 && clouds.every((cloud) => cloud === 'mooncake')) return {};
    return linkVisitors(context.file, {
      target({ url, written, node }) {
        const locale = localeOf(url);
        if (locale === undefined) return;
        const pathStart = written ? pathStartOf(written.text) : undefined;
        const fixable = written && pathStart !== undefined && written.text.startsWith(`/${locale}`, pathStart);
        const fix = fixable ? { range: [written.start + pathStart, written.start + pathStart + 1 + locale.length] as [number, number], text: '' } : undefined;
        context.report({ node, messageId: 'locale', data: { url: displayUrl(url), locale }, ...(fix ? { fix } : {}) });
      },
    });
  },
});
