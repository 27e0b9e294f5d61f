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
    // Stack indexes of the open tokens per name: finding the one to close is O(1), not a scan of the
    // stack (20,000 stray closings would otherwise take seconds).
    const byName = new Map<string, number[]>();
    const push = (entry: { name: string; comment: Comment }) => {
      const list = byName.get(entry.name) ?? [];
      list.push(open.length);
      byName.set(entry.name, list);
      open.push(entry);
    };
    /** Remove the stack from `index` up; every removed entry is the last of its name's list. */
    const removeFrom = (index: number) => {
      const removed = open.splice(index);
      for (const entry of removed) byName.get(entry.name)!.pop();
      return removed;
    };
    const at = (comment: Comment) => ({ position: positionOf(file, comment.start, comment.end) });
    const unclosed = (entry: { name: string; comment: Comment }) =>
      context.report({ node: at(entry.comment), messageId: 'unclosed', data: { name: entry.name } });
    const close = (name: string, comment: Comment) => {
      const index = byName.get(name)?.at(-1);
      if (index !== undefined) {
        // Tokens opened after the matching one were never closed.
        removeFrom(index).slice(1).forEach(unclosed);
        return;
      }
      const top = open.length > 0 ? removeFrom(open.length - 1)[0] : undefined;
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
            push({ name: opening[1]!, comment });
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
