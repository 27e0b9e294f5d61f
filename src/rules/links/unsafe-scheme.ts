/**
 * `javascript:` and `vbscript:` links run code in the portal's origin, `data:` links can carry a whole
 * page, and `file:` links point into the reader's own disk: none is a page a support article can send
 * readers to, and our HTML export drops them (only http, https, mailto and data-blade pass). Browsers ignore case, white space and control characters inside a scheme and decode character
 * references first, so `Java&#x09;Script:` counts; the corpus has none of these schemes.
 */
import { schemeOf } from '../../links/classify.js';
import { linkVisitors } from '../../links/each-link.js';
import { displayUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

const unsafeSchemes = new Set(['javascript', 'vbscript', 'data', 'file']);

export const linksUnsafeScheme = defineRule({
  meta: {
    id: 'links/unsafe-scheme',
    description: 'Disallow `javascript:`, `vbscript:`, `data:` and `file:` links',
    severity: 'error',
    fixable: false,
    messages: {
      unsafe: 'Link `{url}` uses the unsafe `{scheme}:` scheme; link to an https page instead',
    },
  },
  create(context) {
    return linkVisitors(context.file, {
      target({ url, node }) {
        const scheme = schemeOf(url);
        if (scheme !== undefined && unsafeSchemes.has(scheme)) {
          context.report({ node, messageId: 'unsafe', data: { url: displayUrl(url.trim(), 50), scheme } });
        }
      },
    });
  },
});
