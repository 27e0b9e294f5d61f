import { metadataProductId } from '../../../src/rules/metadata/product-id.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

const description = { selfHelpType: 'supportTopicDescription' };

testRule(metadataProductId, {
  valid: [
    { name: 'numeric ids', source: multilineArticle({ productPesIds: '14749, 16579' }) },
    { name: 'product GUID in a support topic description', source: multilineArticle({ ...description, productPesIds: '2c1e6f0a-7d3b-4a9e-8f5c-1b0d9e8a7c6f' }) },
  ],
  invalid: [
    {
      name: 'placeholder from the template',
      source: multilineArticle({ productPesIds: 'ProductId' }),
      errors: [{ messageId: 'notNumber', line: 12, column: 18, endLine: 12, endColumn: 27 }],
    },
    {
      name: 'semicolon instead of a comma',
      source: multilineArticle({ productPesIds: '14749, 16579;16580' }),
      errors: [{ messageId: 'separator', line: 12, column: 25, endColumn: 36 }],
    },
    {
      name: 'name of the product',
      source: multilineArticle({ productPesIds: 'Virtual Machine running Windows' }),
      errors: [{ messageId: 'notNumber', line: 12, column: 18 }],
    },
    {
      name: 'placeholder in a support topic description',
      source: multilineArticle({ ...description, productPesIds: '<product sap id>' }),
      errors: [{ messageId: 'notNumberOrGuid', line: 12, column: 18 }],
    },
  ],
});
