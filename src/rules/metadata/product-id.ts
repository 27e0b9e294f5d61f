/**
 * productPesIds tie the article to the products customers pick when they open a support request; an
 * id that is not a product id ties it to nothing. They are numbers (PES ids); supportTopicDescription
 * files may also give the product's GUID, as their template asks (all 21 corpus files do).
 */
import type { SelfHelpType } from '../../../schemas/properties.js';
import { isDigits, isDigitsRunTogether, isGuid } from '../../metadata/ids.js';
import { findAttribute, listItems } from '../../properties/attributes.js';
import { defineRule } from '../rule.js';

const guidTypes: ReadonlySet<SelfHelpType> = new Set<SelfHelpType>(['supportTopicDescription']);

export const metadataProductId = defineRule({
  meta: {
    id: 'metadata/product-id',
    description: 'Require product ids that are numbers (or GUIDs in support topic descriptions)',
    severity: 'error',
    fixable: false,
    messages: {
      separator: 'Product ids `{value}` are not separated by commas; write them as a comma-separated list',
      notNumber: 'Product id `{value}` is not a number; copy the numeric PES id of the product',
      notNumberOrGuid: 'Product id `{value}` is neither a number nor a GUID; copy the id of the product',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const attribute = findAttribute(context.file.properties.block, 'productPesIds');
        if (!attribute) return;
        const type = context.file.article.selfHelpType;
        const allowsGuid = type !== null && guidTypes.has(type);
        for (const item of listItems(context.file.file, attribute)) {
          if (isDigits(item.value) || (allowsGuid && isGuid(item.value))) continue;
          const messageId = isDigitsRunTogether(item.value) ? 'separator' : allowsGuid ? 'notNumberOrGuid' : 'notNumber';
          context.report({ node: { position: item.position }, messageId, data: { value: item.value } });
        }
      },
    };
  },
});
