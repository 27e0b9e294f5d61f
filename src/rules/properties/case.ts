/**
 * The portal reads attribute names in any case, so `articleid` works; but mixed spellings make files
 * hard to search and diff, and case-sensitive tools miss them (1,499 attributes in 250 corpus files
 * differ from the templates' spelling). Off by default; `--fix` rewrites each name to the templates' spelling.
 */
import { namePosition } from '../../properties/attributes.js';
import { defineRule } from '../rule.js';

export const propertiesCase = defineRule({
  meta: {
    id: 'properties/case',
    description: "Require the templates' spelling of property names",
    severity: 'warning',
    recommended: false,
    fixable: true,
    messages: { case: 'Write `{name}` as `{canonical}`, as the templates do' },
  },
  create(context) {
    return {
      'file:exit'() {
        for (const attribute of context.file.properties.block.attributes) {
          if (!attribute.known || attribute.name === attribute.key) continue;
          const position = namePosition(context.file.file, attribute);
          context.report({
            node: { position },
            messageId: 'case',
            data: { name: attribute.name, canonical: attribute.key },
            fix: { range: [position.start.offset, position.end.offset], text: attribute.key },
          });
        }
      },
    };
  },
});
