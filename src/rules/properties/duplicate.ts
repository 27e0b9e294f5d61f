/**
 * The portal keeps one value per attribute; with `articleId` and `articleid` both written, which one wins
 * is up to the reader (we keep the first), and the other is an edit that silently does nothing.
 * Names are compared case-insensitively because the portal's names are (184 corpus files write
 * `selfhelptype`).
 */
import { foldName } from '../../parse/properties.js';
import type { PropertyAttribute } from '../../../schemas/properties.js';
import { namePosition } from '../../properties/attributes.js';
import { defineRule } from '../rule.js';

export const propertiesDuplicate = defineRule({
  meta: {
    id: 'properties/duplicate',
    description: 'Disallow setting the same property twice',
    severity: 'error',
    fixable: false,
    messages: {
      duplicate: 'Attribute `{name}` repeats `{first}` from line {line}; keep one of them (the first is used)',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const seen = new Map<string, PropertyAttribute>();
        for (const attribute of context.file.properties.block.attributes) {
          const folded = foldName(attribute.name);
          const first = seen.get(folded);
          if (!first) {
            seen.set(folded, attribute);
            continue;
          }
          const { line, column } = first.position.start;
          context.report({
            node: { position: namePosition(context.file.file, attribute) },
            messageId: 'duplicate',
            data: { name: attribute.name, first: first.name, line },
            related: [{ message: `\`${first.name}\` is first set here`, line, column }],
          });
        }
      },
    };
  },
});
