/**
 * The text between `<!--issueDescription-->` and `<!--/issueDescription-->` is the diagnostic's
 * description, shown as plain text: the Diagnostics template says not to use links (internal, blade or
 * external), bold or italic there. Tolerated by default: bold or italic
 * around a single replacement token (`**<!--$Name-->Name<!--/$Name-->**`), as Microsoft's own
 * Diagnostics sample does and 166 spans in the corpus do. An unclosed region swallows the rest of the
 * article into the description (3 corpus files), and a misplaced marker (9 files) breaks it.
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
  allowEmphasizedTokens: z.boolean().default(true).describe('Allow bold or italic that wraps exactly one replacement token'),
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
      link: 'Link `{text}` is not allowed in the plain-text issueDescription region; move it to Recommended Steps',
      emphasis: '{kind} text is not allowed in the plain-text issueDescription region; remove the `{marker}` markers',
      unclosed: '`<!--issueDescription-->` is never closed; add `<!--/issueDescription-->` after the description',
      stray: '`<!--/issueDescription-->` has no opening `<!--issueDescription-->`; did you mean to open it here?',
      reopened: 'Second `<!--issueDescription-->` before the region was closed; did you mean `<!--/issueDescription-->`?',
    },
  },
  create(context) {
    const { allowEmphasizedTokens } = Options.parse(context.options ?? {});
    const { file } = context.file;
    // Most articles have no region at all: skip collecting every link and emphasis of the file.
    if (!/issuedescription/i.test(file.text)) return {};
    const markers: Marker[] = [];
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
        const { regions, problems } = pairMarkers(markers);
        for (const { messageId, comment } of problems) context.report({ node: { position: positionOf(file, comment.start, comment.end) }, messageId });
        for (const finding of findings) {
          if (regions.some(([from, to]) => finding.start >= from && finding.start < to)) {
            context.report({ node: finding.node, messageId: finding.messageId, data: finding.data });
          }
        }
      },
    };
  },
});

type Marker = { opening: boolean; comment: Comment };

/**
 * Pair the markers into regions (offsets between them) and say which markers are misplaced. A closing
 * with nothing open most likely meant to open (a second closing then ends its region); a second opening
 * most likely meant to close.
 */
function pairMarkers(markers: readonly Marker[]) {
  const regions: Array<[number, number]> = [];
  const problems: Array<{ messageId: 'stray' | 'reopened' | 'unclosed'; comment: Comment }> = [];
  let open: Comment | undefined;
  let strayClosing: Comment | undefined;
  for (const { opening, comment } of markers) {
    const start = open ?? strayClosing;
    if (opening && open) problems.push({ messageId: 'reopened', comment });
    else if (!opening && !start) problems.push({ messageId: 'stray', comment });
    if (opening && !open) {
      open = comment;
      strayClosing = undefined;
    } else if (start) {
      regions.push([start.end, comment.start]);
      open = strayClosing = undefined;
    } else strayClosing = comment;
  }
  if (open) problems.push({ messageId: 'unclosed', comment: open });
  return { regions, problems };
}

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
