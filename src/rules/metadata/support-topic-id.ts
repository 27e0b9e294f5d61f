/**
 * supportTopicIds attach the article to the support topics where customers see it; an id that is not a
 * topic id attaches it nowhere. Ids are numbers (PES ids); Apollo solutions use the topics' GUIDs
 * (9 of 9 Apollo ids in the corpus), and one diagnostics file lists GUIDs on purpose, so GUIDs are
 * accepted for those two types. With a catalogue (config `supportTopicCatalog`) every id must be in it.
 */
import { z } from 'zod';
import type { SelfHelpType } from '../../../schemas/properties.js';
import { isDigits, isDigitsRunTogether, isGuid } from '../../metadata/ids.js';
import { findAttribute, listItems } from '../../properties/attributes.js';
import { defineRule } from '../rule.js';

const guidTypes: ReadonlySet<SelfHelpType> = new Set<SelfHelpType>(['Apollo', 'diagnostics']);

const SupportTopicIdOptionsSchema = z.strictObject({
  catalog: z.array(z.string()).optional().describe('The support topic ids that exist; the CLI loads them from `supportTopicCatalog`'),
});

export const metadataSupportTopicId = defineRule({
  meta: {
    id: 'metadata/support-topic-id',
    description: 'Require support topic ids that are numbers (or GUIDs where the type uses them)',
    severity: 'error',
    fixable: false,
    options: SupportTopicIdOptionsSchema,
    messages: {
      separator: 'Support topic ids `{value}` are not separated by commas; write them as a comma-separated list',
      notNumber: 'Support topic id `{value}` is not a number; copy the numeric id of the support topic',
      notNumberOrGuid: 'Support topic id `{value}` is neither a number nor a GUID; copy the id of the support topic',
      notInCatalog: 'Support topic id `{value}` is not in the support topic catalogue; check the id',
    },
  },
  create(context) {
    const { catalog } = context.options as z.infer<typeof SupportTopicIdOptionsSchema>;
    return {
      'file:exit'() {
        const attribute = findAttribute(context.file.properties.block, 'supportTopicIds');
        if (!attribute) return;
        const type = context.file.article.selfHelpType;
        const allowsGuid = type !== null && guidTypes.has(type);
        const known = catalog ? new Set(catalog.map((id) => id.trim().toLowerCase())) : undefined;
        for (const item of listItems(context.file.file, attribute)) {
          const node = { position: item.position };
          const data = { value: item.value };
          if (isDigits(item.value) || (allowsGuid && isGuid(item.value))) {
            if (known && !known.has(item.value.toLowerCase())) context.report({ node, messageId: 'notInCatalog', data });
          } else if (isDigitsRunTogether(item.value)) context.report({ node, messageId: 'separator', data });
          else context.report({ node, messageId: allowsGuid ? 'notNumberOrGuid' : 'notNumber', data });
        }
      },
    };
  },
});
