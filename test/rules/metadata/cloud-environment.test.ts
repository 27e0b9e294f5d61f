import { metadataCloudEnvironment } from '../../../src/rules/metadata/cloud-environment.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(metadataCloudEnvironment, {
  valid: [
    { name: 'public', source: multilineArticle() },
    { name: 'every cloud, as the templates capitalise them', source: multilineArticle({ cloudEnvironments: 'public, blackForest, fairfax, MoonCake, usnat, ussec' }) },
    { name: 'trailing comma', source: multilineArticle({ cloudEnvironments: 'public,fairfax,' }) },
  ],
  invalid: [
    {
      name: 'typo in the second cloud',
      source: multilineArticle({ cloudEnvironments: 'public, fairfx' }),
      errors: [{ messageId: 'unknownSuggest', line: 13, column: 30, endLine: 13, endColumn: 36 }],
    },
    {
      name: 'Azure CLI cloud name',
      source: multilineArticle({ cloudEnvironments: 'AzureChinaCloud' }),
      errors: [{ messageId: 'unknownSuggest', line: 13, column: 22, endColumn: 37 }],
    },
    {
      name: 'Azure for the public cloud',
      source: multilineArticle({ cloudEnvironments: 'Azure' }),
      errors: [{ messageId: 'unknownSuggest', line: 13, column: 22 }],
    },
    {
      name: 'unknown cloud among good ones',
      source: multilineArticle({ cloudEnvironments: 'public,govcloud,mooncake' }),
      errors: [{ messageId: 'unknown', line: 13, column: 29, endColumn: 37 }],
    },
  ],
});
