/**
 * selfHelpType decides where the portal shows an article and how it reads it (template, required
 * properties, payload); an unknown or missing type means the article is never shown. Case does not
 * matter: the corpus writes `Generic` (162 files) and `apollo` (7) as well.
 */
import { selfHelpTypes } from '../../../schemas/properties.js';
import { canonicalSelfHelpType } from '../../extract/index.js';
import { findAttribute, openingTagPosition } from '../../properties/attributes.js';
import { closestMatch } from '../../text/closest.js';
import { defineRule } from '../rule.js';

/** Suggestions are tried in this order, the most common types first (corpus counts). */
const byUse = ['generic', 'problemScopingQuestions', 'TSG_Content', 'diagnostics', 'resource', ...selfHelpTypes];

export const metadataSelfHelpType = defineRule({
  meta: {
    id: 'metadata/self-help-type',
    description: 'Require a known selfHelpType',
    severity: 'error',
    fixable: false,
    messages: {
      missing: 'No selfHelpType; add selfHelpType="…" with the type of the template you used, such as `generic`',
      empty: 'selfHelpType is empty; set it to the type of the template you used, such as `generic`',
      unknownSuggest: 'Unknown selfHelpType `{value}`; did you mean `{suggestion}`?',
      unknown: 'Unknown selfHelpType `{value}`; use a template type such as `generic`, `diagnostics` or `TSG_Content`',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const { file, properties } = context.file;
        const attribute = findAttribute(properties.block, 'selfHelpType');
        if (!attribute) {
          context.report({ node: { position: openingTagPosition(file, properties.block) }, messageId: 'missing' });
          return;
        }
        const value = attribute.value.trim();
        const node = { position: attribute.valuePosition };
        if (value === '') context.report({ node, messageId: 'empty' });
        else if (canonicalSelfHelpType(value) === null) {
          const suggestion = closestMatch(value, byUse, { matchContained: true });
          if (suggestion) context.report({ node, messageId: 'unknownSuggest', data: { value, suggestion } });
          else context.report({ node, messageId: 'unknown', data: { value } });
        }
      },
    };
  },
});
