import { metadataSupportTopicId } from '../../../src/rules/metadata/support-topic-id.js';
import { multilineArticle } from '../../helpers/multiline-article.js';
import { testRule } from '../../helpers/rule-tester.js';

const apollo = { selfHelpType: 'Apollo' };

testRule(metadataSupportTopicId, {
  valid: [
    { name: 'numeric ids', source: multilineArticle({ supportTopicIds: '32411835, 32411836' }) },
    { name: 'no support topics', source: multilineArticle({ supportTopicIds: '' }) },
    { name: 'GUIDs in an Apollo solution', source: multilineArticle({ ...apollo, supportTopicIds: '4f5e2a1c-0b3d-9e8f-7a6b-5c4d3e2f1a0b' }) },
    { name: 'ids in the catalogue', source: multilineArticle({ supportTopicIds: '32411835,32411836' }), options: { catalog: ['32411835', '32411836'] } },
  ],
  invalid: [
    {
      name: 'letter in an id',
      source: multilineArticle({ supportTopicIds: '32411835, 3241183a' }),
      errors: [{ messageId: 'notNumber', line: 10, column: 30, endLine: 10, endColumn: 38 }],
    },
    {
      name: 'placeholder from the template',
      source: multilineArticle({ supportTopicIds: 'comma, seperated, list' }),
      errors: [
        { messageId: 'notNumber', line: 10, column: 20 },
        { messageId: 'notNumber', line: 10, column: 27 },
        { messageId: 'notNumber', line: 10, column: 38 },
      ],
    },
    {
      name: 'ids separated by spaces',
      source: multilineArticle({ supportTopicIds: '32411835 32411836' }),
      errors: [{ messageId: 'separator', line: 10, column: 20, endColumn: 37 }],
    },
    {
      name: 'GUID in a generic article',
      source: multilineArticle({ supportTopicIds: '4f5e2a1c-0b3d-9e8f-7a6b-5c4d3e2f1a0b' }),
      errors: [{ messageId: 'notNumber', line: 10, column: 20 }],
    },
    {
      name: 'name instead of an id in an Apollo solution',
      source: multilineArticle({ ...apollo, supportTopicIds: 'vm-cannot-start' }),
      errors: [{ messageId: 'notNumberOrGuid', line: 10, column: 20 }],
    },
    {
      name: 'id missing from the catalogue',
      source: multilineArticle({ supportTopicIds: '32411835, 32411899' }),
      options: { catalog: ['32411835', '32411836'] },
      errors: [{ messageId: 'notInCatalog', line: 10, column: 30 }],
    },
  ],
});
