/**
 * The portal reads the payload between the `---` lines as JSON; one missing comma and the whole
 * problem-scoping form, advisor card or support-topic list is dropped at publication. The reader
 * (`src/parse/payload.ts`) reports the first syntax error where it is, with what to change. Raw tabs and
 * line breaks inside strings are reported too, although the rest of the payload is still read.
 */
import { defineRule } from '../rule.js';

export const payloadJsonSyntax = defineRule({
  meta: {
    id: 'payload/json-syntax',
    description: 'Require the JSON payload to parse',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: {
      invalid: 'Invalid JSON payload: {reason}',
      unclosed: 'The JSON payload has no closing `---` line; add one after the last `}` of the JSON',
    },
  },
  create: () => ({}),
});
