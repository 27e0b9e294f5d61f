/**
 * A replacement token `<!--$Name-->default<!--/$Name-->` is filled in by the diagnostic that shows the
 * article. Without its closing comment, or closed under another name, the portal cannot find the
 * default text to replace, and the reader sees the placeholder or loses the sentence around it.
 * None of the 2,007 corpus files has one, so every finding is a real break.
 */
import type { Comment } from '../../extract/comments.js';
import { commentsIn, rawHtmlOf } from '../../html/raw.js';
import { positionOf } from '../../source.js';
import { defineRule } from '../rule.js';

const OPENING = /^\$([\w.-]+)$/;
const CLOSING = /^\/\$([\w.-]+)$/;

export const tokensUnclosed = defineRule({
  meta: {
    id: 'tokens/unclosed',
    description: 'Require every replacement token to be closed under its own name',
    severity: 'error',
    fixable: false,
    messages: {
      unclosed: 'Token `<!--${name}-->` is never closed; add `<!--/${name}-->` after its default text',
      mismatch: 'Closing `<!--/${found}-->` does not match the open token `<!--${name}-->`; write `<!--/${name}-->`',
      stray: 'Closing `<!--/${name}-->` has no opening `<!--${name}-->`; add the opening or remove it',
    },
  },
  create(context) {
    const { file } = context.file;
    const open: Array<{ name: string; comment: Comment }> = [];
    const at = (comment: Comment) => ({ position: positionOf(file, comment.start, comment.end) });
    const unclosed = (entry: { name: string; comment: Comment }) =>
      context.report({ node: at(entry.comment), messageId: 'unclosed', data: { name: entry.name } });
    const close = (name: string, comment: Comment) => {
      const index = open.findLastIndex((entry) => entry.name === name);
      if (index !== -1) {
        // Tokens opened after the matching one were never closed.
        open.splice(index).slice(1).forEach(unclosed);
        return;
      }
      const top = open.pop();
      if (top) {
        const { line, column } = file.toPoint(top.comment.start);
        const related = [{ message: `\`<!--$${top.name}-->\` is opened here`, line, column }];
        context.report({ node: at(comment), messageId: 'mismatch', data: { found: name, name: top.name }, related });
        return;
      }
      context.report({ node: at(comment), messageId: 'stray', data: { name } });
    };
    return {
      html(node) {
        const raw = rawHtmlOf(file, node);
        if (!raw) return;
        for (const comment of commentsIn(raw)) {
          const opening = OPENING.exec(comment.body);
          if (opening) {
            open.push({ name: opening[1]!, comment });
            continue;
          }
          const closing = CLOSING.exec(comment.body);
          if (closing) close(closing[1]!, comment);
        }
      },
      'file:exit'() {
        open.forEach(unclosed);
      },
    };
  },
});
