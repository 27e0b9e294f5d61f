/**
 * The portal ignores attributes it does not know, so a misspelt name loses its value without a word:
 * `supportToicIds` (2 corpus files) leaves the article attached to no support topic. Every name the
 * templates or the corpus use on purpose is known, in any case (that is `properties/case`'s concern).
 */
import { knownProperties } from '../../../schemas/properties.js';
import { foldName } from '../../parse/properties.js';
import { namePosition } from '../../properties/attributes.js';
import { closestMatch } from '../../text/closest.js';
import { defineRule } from '../rule.js';

export const propertiesUnknown = defineRule({
  meta: {
    id: 'properties/unknown',
    description: 'Disallow attributes that are not known properties',
    severity: 'error',
    fixable: false,
    messages: {
      unknownSuggest: 'Unknown attribute `{name}`; did you mean `{suggestion}`?',
      unknown: 'Unknown attribute `{name}` is ignored by the portal; remove it or use a property from the template',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        for (const attribute of context.file.properties.block.attributes) {
          if (attribute.known) continue;
          const suggestion = closestMatch(attribute.name, knownProperties, { fold: foldName });
          const node = { position: namePosition(context.file.file, attribute) };
          if (suggestion) context.report({ node, messageId: 'unknownSuggest', data: { name: attribute.name, suggestion } });
          else context.report({ node, messageId: 'unknown', data: { name: attribute.name } });
        }
      },
    };
  },
});
