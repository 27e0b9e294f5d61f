import { propertiesMissing } from '../../../src/rules/properties/missing.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(propertiesMissing, {
  valid: [
    { name: 'block on the first line', source: article('# Reset a forgotten password\n\nOpen the sign-in page.') },
    {
      name: 'block after an HTML comment',
      source: '<!-- Owner: identity team -->\n<properties pageTitle="Reset a forgotten password" selfHelpType="generic" />\n\n# Reset a forgotten password\n',
    },
  ],
  invalid: [
    {
      name: 'no metadata block at all',
      source: '# Reset a forgotten password\n\nOpen the sign-in page and select **Forgot password**.\n',
      errors: [{ messageId: 'missing', messageIncludes: '`<properties … />`', line: 1, column: 1 }],
    },
    {
      name: 'metadata written as YAML front matter',
      source: '---\ntitle: Reset a forgotten password\n---\n\n# Reset a forgotten password\n',
      errors: [{ messageId: 'missing', messageIncludes: 'No `<properties', line: 1, column: 1 }],
    },
    {
      name: 'misspelt tag name',
      source: '<propertes pageTitle="Reset a forgotten password" />\n\n# Reset a forgotten password\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
