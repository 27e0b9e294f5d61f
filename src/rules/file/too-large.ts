/**
 * Articles are short pages; a multi-megabyte file is a paste accident or a binary in the wrong folder,
 * and parsing it would slow every run. The reader skips it and reports the size (limit: maxFileSizeBytes).
 */
import { defineRule } from '../rule.js';

export const fileTooLarge = defineRule({
  meta: {
    id: 'file/too-large',
    description: 'Disallow files over the size limit',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: { tooLarge: 'The file is {size} bytes, over the {limit}-byte limit' },
  },
  create: () => ({}),
});
