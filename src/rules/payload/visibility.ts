/**
 * A question's `visibility` shows it only when earlier answers match, e.g. `vm_os == Windows`. An
 * expression that names a question id that does not exist, or a value its dropdown cannot take, is
 * never true: the follow-up question silently never appears (or always does, with `!=`). Values are
 * compared exactly (no corpus expression differs from an option only in case). `null` (not answered)
 * is always possible; `dont_know_answer` only where it is an option, but `!= dont_know_answer` is
 * accepted: 3 corpus files use it as a guard that is merely always true. Questions with free text or
 * options loaded at run time (`dynamicDropdownOptions`) take any value.
 */
import { readQuestions } from '../../payload/form-elements.js';
import { locatePayload } from '../../payload/locate.js';
import { checkVisibility } from '../../payload/visibility-check.js';
import { defineRule } from '../rule.js';

export const payloadVisibility = defineRule({
  meta: {
    id: 'payload/visibility',
    description: 'Require visibility expressions to name existing questions and their option values',
    severity: 'error',
    fixable: false,
    messages: {
      syntax: 'Cannot read visibility `{expression}`: {reason}',
      unknownId: 'Visibility names unknown question `{id}`; {hint}',
      unknownValue: 'Question `{id}` has no option `{value}`; {hint}',
    },
  },
  create(context) {
    return {
      'file:exit': () => {
        const questions = readQuestions(context.file.payload?.payload.json);
        const findings = questions ? checkVisibility(questions) : [];
        // Positions need a second scan of the payload; only files with findings pay for it.
        const places = findings.length > 0 ? locatePayload(context.file) : undefined;
        for (const finding of places ? findings : []) {
          const node = places!.inString(finding.pointer, ...finding.range);
          if (node) context.report({ node, messageId: finding.messageId, data: finding.data });
        }
      },
    };
  },
});
