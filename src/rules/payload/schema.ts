/**
 * The portal builds the problem-scoping form, the advisor card or the support-topic list from the JSON
 * payload. A question without an id or label, an unknown control type or a dropdown without options
 * breaks the form a customer fills in before opening a case; a missing required field drops the card.
 * Property names and control types are compared case-insensitively: the corpus publishes `controltype`
 * (27 questions), `radiobuttongroup` (5), `Textbox` (3) and `DropDown` (1), and those forms work.
 */
import { locatePayload } from '../../payload/locate.js';
import { checkPayloadSchema } from '../../payload/schema.js';
import { defineRule } from '../rule.js';

export const payloadSchema = defineRule({
  meta: {
    id: 'payload/schema',
    description: "Require the JSON payload to match its selfHelpType's template",
    severity: 'error',
    fixable: false,
    messages: {
      missingField: 'Missing `{field}` in {where}; add it as the template shows',
      wrongType: '{what} must be {expected}, not {found}',
      missingId: 'Question {number} has no `id`; add an id that is unique in this payload',
      duplicateId: 'Duplicate question id `{id}`; give each question its own id',
      missingControlType: 'Question `{id}` has no `controlType`; add one such as `dropdown` or `textbox`',
      unknownControlType: 'Unknown controlType `{value}`; {hint}',
      missingLabel: 'Question `{id}` has no `displayLabel`; add the question text customers will read',
      missingOptions: 'The {controlType} `{id}` has no options; add `{list}` with a `value` and `text` per choice',
      missingContent: 'The infoblock `{id}` has no `content`; add the text to show',
      optionField: 'Option {number} of `{id}` has no `{field}`; add it',
      duplicateOption: 'Duplicate option value `{value}` in `{id}`; give each option its own value',
      misspelledProperty: 'Unknown property `{name}`; did you mean `{suggestion}`',
      unknownValue: 'Unknown {field} `{value}`; use one of {allowed}',
    },
  },
  create(context) {
    return {
      'file:exit': () => {
        const json = context.file.payload?.payload.json;
        if (json === undefined) return;
        const findings = checkPayloadSchema(json, context.file.article.selfHelpType);
        // Positions need a second scan of the payload; only files with findings pay for it.
        const places = findings.length > 0 ? locatePayload(context.file) : undefined;
        if (!places) return;
        for (const finding of findings) {
          const node = places[finding.part](finding.pointer);
          if (!node) continue;
          const relatedPlace = finding.related && places.value(finding.related.pointer);
          const related = relatedPlace ? [{ message: finding.related!.message, line: relatedPlace.position.start.line, column: relatedPlace.position.start.column }] : undefined;
          context.report({ node, messageId: finding.messageId, data: finding.data, ...(related ? { related } : {}) });
        }
      },
    };
  },
});
