/**
 * Nesting thousands of levels deep (quotes, lists, inline markup, JSON) or a paragraph of thousands of
 * unpaired `*` or `]` is never meant: it is a paste accident or an attack, and reading it would overflow
 * the stack or take minutes. The reader checks these limits in one pass before parsing and reports the
 * file instead of reading it (no corpus article comes within a tenth of them).
 */
import { tooDeepMessages } from '../../parse/limits.js';
import { defineRule } from '../rule.js';

export const structureTooDeep = defineRule({
  meta: {
    id: 'structure/too-deep',
    description: 'Disallow nesting and markup too deep to read safely',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: tooDeepMessages,
  },
  create: () => ({}),
});
