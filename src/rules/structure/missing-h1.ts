/**
 * Every template requires an H1: the portal and the export use it as the article's title, and an article
 * without one is listed untitled. `#Title` (no space after `#`) is not a heading in markdown, so the
 * title silently becomes a paragraph; 1 of 2,007 corpus files does this. PartnerCenterQuickStart files
 * are not articles but lists of `<!--Link-->`-style fields with no title (the 1 corpus file), so they
 * are not checked.
 */
import type { RootContent } from 'mdast';
import { defineRule } from '../rule.js';

/** `#Title`: one `#` then a character that is neither a space nor another `#`. */
const isHashWithoutSpace = (line: string): boolean => line.length > 1 && line[0] === '#' && line[1] !== '#' && line[1] !== ' ' && line[1] !== '\t';

export const structureMissingH1 = defineRule({
  meta: {
    id: 'structure/missing-h1',
    description: 'Require an H1 title in the article body',
    severity: 'error',
    fixable: false,
    messages: {
      missing: 'The article has no H1 title; add a `# Title` line after the properties block',
      noSpace: '`{line}` is not read as a heading; add a space after `#` to make it the H1 title',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const { article, tree, file } = context.file;
        if (article.titlePosition || article.selfHelpType === 'PartnerCenterQuickStart') return;
        const first = tree.children.find((node) => node.position !== undefined);
        // A paragraph, or a setext heading when a `---` line follows it.
        const lookalike = tree.children.find((node) => (node.type === 'paragraph' || node.type === 'heading') && isHashWithoutSpace(firstLine(file.text, node)));
        if (lookalike) {
          const line = firstLine(file.text, lookalike);
          const start = lookalike.position!.start;
          const end = { line: start.line, column: start.column + line.length, offset: (start.offset ?? 0) + line.length };
          context.report({ node: { position: { start, end } }, messageId: 'noSpace', data: { line: line.length > 60 ? `${line.slice(0, 57)}…` : line } });
          return;
        }
        const at = first?.position?.start ?? article.properties.position.end;
        context.report({ node: { position: { start: at, end: at } }, messageId: 'missing' });
      },
    };
  },
});

function firstLine(text: string, node: RootContent): string {
  const start = node.position?.start.offset;
  if (start === undefined) return '';
  const newline = text.indexOf('\n', start);
  return text.slice(start, newline === -1 ? text.length : newline).trimEnd();
}
