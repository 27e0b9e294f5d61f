/**
 * aka.ms short links hide where a reader will land, cannot be reviewed, and can be repointed after
 * publication; every authoring template says not to use them.
 */
import { hostOf } from '../../links/classify.js';
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
    return {
      'file:exit'() {
        for (const link of context.file.article.links) {
          if (hostOf(link.href) === 'aka.ms') context.report({ node: link, messageId: 'shortLink', data: { url: link.href } });
        }
      },
    };
  },
});
