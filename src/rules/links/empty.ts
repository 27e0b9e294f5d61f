/**
 * A link with no target, or only `https://`, opens nothing (or the current page); a link with no text is
 * invisible to readers and screen readers. The templates' `[display text](https://)` placeholders are
 * easy to publish unfilled, and the corpus has `http://https://…`, a scheme pasted twice.
 */
import { linkVisitors } from '../../links/each-link.js';
import { displayUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

/** `https://`, `http:///path`, `https:`: a web scheme with no host after it. */
function isHostless(url: string): boolean {
  const match = /^https?:/i.exec(url);
  if (!match) return false;
  const rest = url.slice(match[0].length);
  let slashes = 0;
  while (rest[slashes] === '/' || rest[slashes] === '\\') slashes += 1;
  return slashes === rest.length || slashes >= 3;
}

const doubledScheme = (url: string): string | undefined => /^(https?:\/\/)https?:/i.exec(url)?.[1];

const label = (text: string | undefined): string => (text ? ` \`${displayUrl(text, 40)}\`` : '');

export const linksEmpty = defineRule({
  meta: {
    id: 'links/empty',
    description: 'Disallow links with an empty or host-less target, or without text',
    severity: 'error',
    fixable: false,
    messages: {
      emptyTarget: 'Link{label} has no target; add the address it should open',
      hashOnly: 'Link{label} points to `#`, which goes nowhere; add the address it should open',
      hostless: 'Link target `{url}` has no host name; write the full address, like `https://learn.microsoft.com/…`',
      doubledScheme: 'Link target `{url}` repeats its scheme; remove the first `{scheme}`',
      emptyText: 'Link{target} has no text; write words that say where it leads',
    },
  },
  create(context) {
    return linkVisitors(context.file, {
      text({ text, hasImage, url, node }) {
        if (text === '' && !hasImage) context.report({ node, messageId: 'emptyText', data: { target: url?.trim() ? ` to \`${displayUrl(url.trim())}\`` : '' } });
      },
      target({ url, text: linkText, node }) {
        const trimmed = url.trim();
        const text = { label: label(linkText) };
        if (trimmed === '') context.report({ node, messageId: 'emptyTarget', data: text });
        else if (trimmed === '#') context.report({ node, messageId: 'hashOnly', data: text });
        else if (isHostless(trimmed)) context.report({ node, messageId: 'hostless', data: { url: trimmed } });
        else {
          const scheme = doubledScheme(trimmed);
          if (scheme) context.report({ node, messageId: 'doubledScheme', data: { url: displayUrl(trimmed), scheme } });
        }
      },
    });
  },
});
