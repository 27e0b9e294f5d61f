/**
 * The portal recognises the standard sections by their template spelling, `## **Recommended Steps**`
 * and `## **Recommended Documents**` (bold H2): every template says "must be entered as shown". Near
 * misses render as ordinary headings and break the article's expected shape. The corpus has 283 near
 * misses in 233 files: 209 differ only in case (`## **Recommended documents**` 142 times), 43 lack the
 * bold, 21 sit at another level or are a bold paragraph, 8 are singular; so this is a fixable warning.
 * Apollo articles follow their own template (`### Recommended steps` under an issue H2): not checked.
 */
import type { RootContent } from 'mdast';
import { distance } from 'fastest-levenshtein';
import { toString } from 'mdast-util-to-string';
import { foldTitle } from '../../extract/standard-sections.js';
import { defineRule } from '../rule.js';

const sections = [
  { heading: '## **Recommended Steps**', folded: 'recommended steps', variants: ['recommended step'] },
  {
    heading: '## **Recommended Documents**',
    folded: 'recommended documents',
    variants: ['recommended document', 'recommended documentation', 'recommended docs'],
  },
] as const;

/** The standard heading a title is a near miss of: another case, singular, or a typo of 1–2 letters. */
function standardHeadingFor(title: string): string | undefined {
  const folded = foldTitle(title);
  if (!folded.startsWith('rec')) return undefined;
  const found = sections.find(
    (section) => folded === section.folded || (section.variants as readonly string[]).includes(folded) || distance(folded, section.folded) <= 2,
  );
  return found?.heading;
}

export const structureSectionHeading = defineRule({
  meta: {
    id: 'structure/section-heading',
    description: 'Require the standard section headings as the template spells them',
    severity: 'warning',
    fixable: true,
    messages: { spelling: 'Write the section heading `{found}` as `{expected}`, the bold H2 the template requires' },
  },
  create(context) {
    const { file, tree, article } = context.file;
    // Checked here rather than with `appliesTo`, so files with an unknown selfHelpType are still checked.
    if (article.selfHelpType === 'Apollo') return {};
    return {
      'file:exit'() {
        for (const node of tree.children) {
          const candidate = headingCandidate(node);
          if (!candidate || candidate.start === article.titlePosition?.start.offset) continue;
          const expected = standardHeadingFor(candidate.title);
          const written = file.text.slice(candidate.start, candidate.end).trimEnd();
          if (!expected || written === expected) continue;
          const start = file.toPoint(candidate.start);
          const end = file.toPoint(candidate.start + written.length);
          context.report({
            node: { position: { start, end } },
            messageId: 'spelling',
            data: { found: written.split('\n').map((line) => line.trim()).join(' '), expected },
            fix: { range: [candidate.start, candidate.start + written.length], text: expected },
          });
        }
      },
    };
  },
});

/** A top-level heading, or a paragraph that is only bold text (with `<br>`s), as offsets and plain title. */
function headingCandidate(node: RootContent): { title: string; start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  if (node.type === 'heading') return { title: plain(node), start, end };
  if (node.type !== 'paragraph') return undefined;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && !(child.type === 'html' && /^<br\s*\/?>$/i.test(child.value)));
  const strong = meaningful[0];
  if (meaningful.length !== 1 || strong?.type !== 'strong' || strong.position?.end.offset === undefined) return undefined;
  // Rewrite only the bold span: a `<br>` after it stays where it was.
  return { title: plain(strong), start, end: strong.position.end.offset };
}

const plain = (node: Parameters<typeof toString>[0]): string => toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
