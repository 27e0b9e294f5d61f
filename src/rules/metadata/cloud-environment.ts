/**
 * cloudEnvironments decides in which Azure clouds the portal shows the article; a value outside the
 * list (a typo, or an Azure CLI cloud name like `AzureChinaCloud`) hides it from that cloud. Case does
 * not matter: the templates themselves write `blackForest` and `MoonCake`.
 */
import { cloudEnvironments } from '../../../schemas/properties.js';
import { findAttribute, listItems } from '../../properties/attributes.js';
import { closestMatch } from '../../text/closest.js';
import { defineRule } from '../rule.js';

/** The names other Azure tools give the same clouds. */
const aliases = new Map<string, string>(Object.entries({
  azure: 'public',
  azurecloud: 'public',
  azurepubliccloud: 'public',
  global: 'public',
  azurechinacloud: 'mooncake',
  china: 'mooncake',
  azureusgovernment: 'fairfax',
  usgov: 'fairfax',
  usgovernment: 'fairfax',
  azuregermancloud: 'blackforest',
  germany: 'blackforest',
}));

export const metadataCloudEnvironment = defineRule({
  meta: {
    id: 'metadata/cloud-environment',
    description: 'Require cloudEnvironments values the portal knows',
    severity: 'error',
    fixable: false,
    messages: {
      unknownSuggest: 'Unknown cloud `{value}` in cloudEnvironments; did you mean `{suggestion}`?',
      unknown: `Unknown cloud \`{value}\` in cloudEnvironments; use ${cloudEnvironments.map((name) => `\`${name}\``).join(', ')}`,
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const attribute = findAttribute(context.file.properties.block, 'cloudEnvironments');
        if (!attribute) return;
        for (const item of listItems(context.file.file, attribute)) {
          const folded = item.value.toLowerCase();
          if ((cloudEnvironments as readonly string[]).includes(folded)) continue;
          const suggestion = aliases.get(folded.replace(/[\s_-]+/g, '')) ?? closestMatch(item.value, cloudEnvironments);
          const node = { position: item.position };
          if (suggestion) context.report({ node, messageId: 'unknownSuggest', data: { value: item.value, suggestion } });
          else context.report({ node, messageId: 'unknown', data: { value: item.value } });
        }
      },
    };
  },
});
