/**
 * The portal needs certain properties to show an article at all: where (support topics, products,
 * clouds), what (title, id, type-specific text) and who owns it. Which ones depends on the selfHelpType;
 * the table in `src/metadata/required-properties.ts` cites the template each list comes from and the
 * corpus evidence for leaving template attributes out. An attribute written with an empty value counts
 * as missing. An empty pageTitle is left to `metadata/page-title`, the type itself to
 * `metadata/self-help-type`; a file without a known type is held to what every template has.
 */
import { baseRequirements, requiredProperties } from '../../metadata/required-properties.js';
import { findAttribute, isBlankValue, openingTagPosition } from '../../properties/attributes.js';
import { defineRule } from '../rule.js';

export const metadataRequired = defineRule({
  meta: {
    id: 'metadata/required',
    description: "Require the properties the article's template asks for",
    severity: 'error',
    fixable: false,
    messages: {
      missing: 'Missing `{name}`, which {type} articles need; add {name}="…" to the properties block',
      empty: '`{name}` is empty; {type} articles need a value here',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const { file, properties, article } = context.file;
        const type = article.selfHelpType;
        const requirements = type === null ? baseRequirements : requiredProperties[type];
        const typeName = type ?? 'all';
        for (const names of requirements) {
          const written = names.map((name) => findAttribute(properties.block, name)).filter((found) => found !== undefined);
          if (written.some((attribute) => !isBlankValue(attribute))) continue;
          const [first] = written;
          if (!first) {
            const position = openingTagPosition(file, properties.block);
            context.report({ node: { position }, messageId: 'missing', data: { name: names[0], type: typeName } });
          } else if (first.key !== 'pageTitle') {
            context.report({ node: { position: first.valuePosition }, messageId: 'empty', data: { name: first.name, type: typeName } });
          }
        }
      },
    };
  },
});
