import { propertiesUnknown } from '../../../src/rules/properties/unknown.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(propertiesUnknown, {
  valid: [
    { name: 'template attributes', source: multilineArticle() },
    { name: 'names in any case', source: multilineArticle({ selfHelpType: undefined, selfhelptype: 'generic', SUPPORTTOPICIDS: '32411835' }) },
    {
      name: 'attributes some teams add on purpose',
      source: multilineArticle({ infoBubbleText: 'We found an issue', clientIds: 'portal', disableClouds: '', symptomId: 'VmStartFailure' }),
    },
  ],
  invalid: [
    {
      name: 'typo in supportTopicIds',
      source: multilineArticle({ supportTopicIds: undefined, supportToicIds: '32411835' }),
      errors: [{ messageId: 'unknownSuggest', line: 15, column: 3, endLine: 15, endColumn: 17 }],
    },
    {
      name: 'name from another tool',
      source: multilineArticle({ keywords: 'vm, boot' }),
      errors: [{ messageId: 'unknown', line: 16, column: 3, endColumn: 11 }],
    },
    {
      name: 'misspelt ms.author',
      source: multilineArticle({ 'ms.author': undefined, 'ms.auhtor': 'kpatel' }),
      errors: [{ messageId: 'unknownSuggest', line: 15, column: 3 }],
    },
  ],
});
