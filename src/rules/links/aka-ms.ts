/**
 * aka.ms short links hide where a reader will land, cannot be reviewed, and can be repointed after
 * publication; every authoring template says not to use them (71 corpus links still do).
 */
import { linkVisitors } from '../../links/each-link.js';
import { parseUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

export const linksAkaMs = defineRule({
  meta: {
    id: 'links/aka-ms',
    description: 'Disallow aka.ms short links',
    severity: 'warning',
    fixable: false,
    messages: { shortLink: 'Unexpected aka.ms short link `{url}`; link to the page it redirects to' },
  },
  create(context) {
    return linkVisitors(context.file, {
      target({ url, node }) {
        if (parseUrl(url)?.hostname.toLowerCase() === 'aka.ms') context.report({ node, messageId: 'shortLink', data: { url } });
      },
    });
  },
});
