/**
 * The text between `<!--issueDescription-->` and `<!--/issueDescription-->` is shown above a
 * diagnostic as plain text: the Diagnostics template says not to use links, bold or italic there, as
 * the markers show up literally and links cannot be followed. Tolerated by default: bold or italic
 * around a single replacement token (`**<!--$Name-->Name<!--/$Name-->**`), as Microsoft's own
 * Diagnostics sample does and 166 spans in the corpus do. An unclosed region swallows the rest of the
 * article into the description (3 corpus files), and a misplaced marker (11 files) breaks it.
 */
import type { Emphasis, Link, LinkReference, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import type { Comment } from '../../extract/comments.js';
import { commentsIn, rawHtmlOf } from '../../html/raw.js';
import { scanTags } from '../../html/tags.js';
import { positionOf } from '../../source.js';
import { defineRule, type Located } from '../rule.js';

const Options = z.object({
  /** Allow bold or italic that wraps exactly one replacement token. */
  allowEmphasizedTokens: z.boolean().default(true),
});

type Finding = { messageId: 'link' | 'emphasis'; node: Located; start: number; data: Record<string, string> };
const htmlFormatting: Record<string, Omit<Finding, 'node' | 'start'>> = {
  a: { messageId: 'link', data: { text: '<a>' } },
  b: { messageId: 'emphasis', data: { kind: 'Bold', marker: '<b>' } },
  strong: { messageId: 'emphasis', data: { kind: 'Bold', marker: '<strong>' } },
  i: { messageId: 'emphasis', data: { kind: 'Italic', marker: '<i>' } },
  em: { messageId: 'emphasis', data: { kind: 'Italic', marker: '<em>' } },
};

export const tokensIssueDescription = defineRule({
  meta: {
    id: 'tokens/issue-description',
    description: 'Disallow links and emphasis in the issueDescription region, and require it to be closed',
    severity: 'warning',
    fixable: false,
    options: Options,
    messages: {
      link: 'Link `{text}` in the issueDescription region cannot be followed; move it to Recommended Steps',
      emphasis: '{kind} text in the issueDescription region is shown with its `{marker}` markers; remove them',
      unclosed: '`<!--issueDescription-->` is never closed; add `<!--/issueDescription-->` after the description',
      stray: '`<!--/issueDescription-->` has no opening `<!--issueDescription-->`; did you mean to open it here?',
      reopened: 'Second `<!--issueDescription-->` before the region was closed; did you mean `<!--/issueDescription-->`?',
    },
  },
  create(context) {
    const { allowEmphasizedTokens } = Options.parse(context.options ?? {});
    const { file } = context.file;
    const markers: Array<{ opening: boolean; comment: Comment }> = [];
    const findings: Finding[] = [];
    const add = (node: Located & { position?: { start: { offset?: number } } }, finding: Omit<Finding, 'node' | 'start'>) => {
      const start = node.position?.start.offset;
      if (start !== undefined) findings.push({ ...finding, node, start });
    };
    const emphasis = (node: Strong | Emphasis) => {
      if (allowEmphasizedTokens && wrapsOneToken(node)) return;
      const bold = node.type === 'strong';
      const marker = file.text.slice(node.position?.start.offset ?? 0, (node.position?.start.offset ?? 0) + (bold ? 2 : 1));
      add(node, { messageId: 'emphasis', data: { kind: bold ? 'Bold' : 'Italic', marker } });
    };
    const link = (node: Link | LinkReference) => add(node, { messageId: 'link', data: { text: shorten(toString(node)) } });
    return {
      link,
      linkReference: link,
      strong: emphasis,
      emphasis,
      html(node) {
        const raw = rawHtmlOf(file, node);
        if (!raw) return;
        for (const comment of commentsIn(raw)) {
          const body = comment.body.toLowerCase();
          if (body === 'issuedescription' || body === '/issuedescription') markers.push({ opening: body[0] !== '/', comment });
        }
        for (const tag of scanTags(raw.text)) {
          const finding = tag.closing ? undefined : htmlFormatting[tag.name];
          if (finding) add({ position: positionOf(file, raw.start + tag.start, raw.start + tag.end) }, finding);
        }
      },
      'file:exit'() {
        const at = (comment: Comment) => ({ position: positionOf(file, comment.start, comment.end) });
        const regions: Array<[number, number]> = [];
        let open: Comment | undefined;
        for (const { opening, comment } of markers) {
          if (opening && open) context.report({ node: at(comment), messageId: 'reopened' });
          else if (!opening && !open) context.report({ node: at(comment), messageId: 'stray' });
          // A second opening most likely meant to close: the region ends there either way.
          if (open) regions.push([open.end, comment.start]);
          open = opening && !open ? comment : undefined;
        }
        if (open) context.report({ node: at(open), messageId: 'unclosed' });
        for (const finding of findings) {
          if (regions.some(([start, end]) => finding.start >= start && finding.start < end)) {
            context.report({ node: finding.node, messageId: finding.messageId, data: finding.data });
          }
        }
      },
    };
  },
});

/** Bold or italic whose content is one `<!--$Name-->default<!--/$Name-->` token, white space aside. */
function wrapsOneToken(node: Strong | Emphasis): boolean {
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length < 2 || parts.length > 3 || first?.type !== 'html' || last?.type !== 'html') return false;
  const name = /^<!--\s*\$([\w.-]+)\s*-->$/.exec(first.value)?.[1];
  return name !== undefined && last.value.replace(/\s+/g, '') === `<!--/$${name}-->` && (parts.length === 2 || parts[1]!.type === 'text');
}

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 37)}…` : text);
