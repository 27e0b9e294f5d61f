/**
 * A file that is not UTF-8 (UTF-16, binary, invalid bytes, NUL bytes) would be published as garbage;
 * the reader reports it instead of guessing an encoding, and the file is not exported.
 */
import { defineRule } from '../rule.js';

export const fileEncoding = defineRule({
  meta: {
    id: 'file/encoding',
    description: 'Require UTF-8 text without NUL bytes',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: { notUtf8: 'File is not valid UTF-8; save it as UTF-8' },
  },
  create: () => ({}),
});
