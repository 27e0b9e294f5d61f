/**
 * A path that cannot be read (permissions, a broken or looping link, a folder named `*.md`) is reported
 * so that every input is accounted for, never skipped in silence.
 */
import { defineRule } from '../rule.js';

export const fileUnreadable = defineRule({
  meta: {
    id: 'file/unreadable',
    description: 'Report input paths that cannot be read as files',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: { unreadable: 'The file cannot be read' },
  },
  create: () => ({}),
});
