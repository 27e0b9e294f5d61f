import { describe, expect, it } from 'vitest';
import { payloadSchema } from '../../../src/rules/payload/schema.js';
import { article } from '../../helpers/article.js';
import { runRule, testRule } from '../../helpers/rule-tester.js';

// `# Title` is line 3 and the opening `---` line 4, so JSON line n is file line n + 4.
const payload = (selfHelpType: string, lines: string[]) => article(`# Storage questions\n---\n${lines.join('\n')}\n---\n`, { selfHelpType });
const questions = (...elements: string[]) => payload('problemScopingQuestions', ['{', '  "title": "Storage account access",', '  "formElements": [', elements.join(',\n'), '  ]', '}']);

const textbox = '    { "id": "account_name", "order": 1, "controlType": "textbox", "displayLabel": "Storage account name" }';
const dropdown = [
  '    {',
  '      "id": "access_tier", "order": 2, "controlType": "dropdown", "displayLabel": "Which access tier?",',
  '      "dropdownOptions": [ { "value": "hot", "text": "Hot" }, { "value": "cool", "text": "Cool" } ]',
  '    }',
].join('\n');

const advisor = (overrides: Record<string, unknown>) => {
  const base: Record<string, unknown> = {
    $schema: 'AdvisorRecommendation', recommendationTypeId: '0f2b6d1e-55aa-4c3e-9d8b-1a2b3c4d5e6f', dataSourceMetadata: { dataSource: 'Kusto' },
    recommendationCategory: 'Cost', recommendationImpact: 'Medium', recommendationResourceType: 'Microsoft.Storage/storageAccounts',
    recommendationFriendlyName: 'Move cold blobs to the cool tier', recommendationMetadataState: 'Active', owner: { email: 'storage@contoso.com' },
    version: 1, description: 'Cold blobs cost less in the cool tier', longDescription: 'Blobs not read for 30 days cost less in the cool tier.',
    potentialBenefits: 'Lower storage cost', actions: [], displayLabel: 'Move cold blobs', learnMoreLink: 'https://learn.microsoft.com/azure/storage/blobs/access-tiers-overview',
  };
  return payload('advisorRecommendationMetadata', JSON.stringify({ ...base, ...overrides }, null, 2).split('\n'));
};

testRule(payloadSchema, {
  valid: [
    { name: 'questions as the template writes them', source: questions(textbox, dropdown, '    { "id": "tip", "order": 3, "controlType": "infoblock", "content": "Have the account name ready." }') },
    {
      name: 'property names and control types in other cases',
      source: questions('    { "id": "tier", "order": 1, "controltype": "DropDown", "displaylabel": "Tier?", "DropdownOptions": [ { "Value": "hot", "Text": "Hot" } ] }'),
    },
    {
      name: 'radio buttons and run-time options',
      source: questions(
        '    { "id": "is_new", "order": 1, "controlType": "radiobuttongroup", "displayLabel": "New account?", "radioButtonOptions": [ { "value": "Yes", "text": "Yes" } ] }',
        '    { "id": "account", "order": 2, "controlType": "dropdown", "displayLabel": "Account", "dynamicDropdownOptions": { "uri": "/accounts" }, "dropdownOptions": null }',
      ),
    },
    { name: 'complete advisor metadata', source: advisor({}) },
    { name: 'advisor values in another case', source: advisor({ recommendationImpact: 'high' }) },
    {
      name: 'support topics with empty descriptions',
      source: payload('supportTopicDescription', ['{ "shortDescription": null, "longDescription": "", "supportTopics": [ { "id": "32411835", "shortDescription": "Slow disk" } ] }']),
    },
    {
      name: 'diagnose-and-solve menu',
      source: payload('diagnoseandsolve', ['{ "commonProblems": [ { "title": "Cannot connect", "subProblems": [ { "title": "RDP fails" } ] } ], "troubleshootingTools": [] }']),
    },
    { name: 'JSON that does not parse is left to payload/json-syntax', source: payload('problemScopingQuestions', ['{ "formElements": [ { "id": "a" } ']) },
    { name: 'generic article without payload', source: article('# Restart the VM\n\nRestart it.') },
  ],
  invalid: [
    {
      name: 'duplicate question id: at the second',
      source: questions(textbox, '    { "id": "account_name", "order": 2, "controlType": "textbox", "displayLabel": "Account name again" }'),
      errors: [{ messageId: 'duplicateId', line: 9, column: 13, endLine: 9, endColumn: 27 }],
    },
    {
      name: 'unknown control type with a suggestion',
      source: questions('    { "id": "tier", "order": 1, "controlType": "dropdwn", "displayLabel": "Tier?" }'),
      errors: [{ messageId: 'unknownControlType', line: 8, column: 48, endColumn: 57 }],
    },
    {
      name: 'missing displayLabel: at the id',
      source: questions('    { "id": "account_name", "order": 1, "controlType": "textbox" }'),
      errors: [{ messageId: 'missingLabel', line: 8, column: 13 }],
    },
    {
      name: 'dropdown without options: at the control type',
      source: questions('    {\n      "id": "tier",\n      "controlType": "dropdown",\n      "displayLabel": "Tier?"\n    }'),
      errors: [{ messageId: 'missingOptions', line: 10, column: 22 }],
    },
    {
      name: 'missing id and missing control type',
      source: questions('    { "order": 1, "controlType": "textbox", "displayLabel": "Name" }', '    { "id": "size", "order": 2, "displayLabel": "Size" }'),
      errors: [
        { messageId: 'missingId', line: 8, column: 5, endColumn: 6 },
        { messageId: 'missingControlType', line: 9, column: 13 },
      ],
    },
    {
      name: 'infoblock without content',
      source: questions('    { "id": "tip", "order": 1, "controlType": "infoblock" }'),
      errors: [{ messageId: 'missingContent', line: 8, column: 13 }],
    },
    {
      name: 'duplicate option value and option without text',
      source: questions([
        '    { "id": "tier", "order": 1, "controlType": "dropdown", "displayLabel": "Tier?", "dropdownOptions": [',
        '      { "value": "hot", "text": "Hot" },',
        '      { "value": "hot", "text": "Premium" },',
        '      { "value": "cool" }',
        '    ] }',
      ].join('\n')),
      errors: [
        { messageId: 'duplicateOption', line: 10, column: 18 },
        { messageId: 'optionField', line: 11, column: 7 },
      ],
    },
    {
      name: 'misspelled property: at its name',
      source: questions('    { "id": "name", "order": 1, "controlType": "textbox", "displayLabel": "Name", "infoBallonText": "As in the portal" }'),
      errors: [{ messageId: 'misspelledProperty', line: 8, column: 83, endColumn: 99 }],
    },
    {
      name: 'formElements is not an array',
      source: payload('problemScopingQuestions', ['{', '  "formElements": { "id": "name" }', '}']),
      errors: [{ messageId: 'wrongType', line: 6, column: 19 }],
    },
    {
      name: 'advisor metadata missing a field and with an unknown category',
      source: advisor({ recommendationCategory: 'Costs', learnMoreLink: undefined }),
      errors: [
        { messageId: 'missingField', line: 5, column: 1 },
        { messageId: 'unknownValue', line: 11, column: 29 },
      ],
    },
    {
      name: 'support topic without id',
      source: payload('supportTopicDescription', ['{', '  "shortDescription": "Disks", "longDescription": "Disk topics",', '  "supportTopics": [ { "shortDescription": "Slow disk" } ]', '}']),
      errors: [{ messageId: 'missingField', line: 7, column: 22 }],
    },
    {
      name: 'diagnose-and-solve without common problems',
      source: payload('diagnoseandsolve', ['{ "troubleshootingTools": [] }']),
      errors: [{ messageId: 'missingField', line: 5, column: 1 }],
    },
  ],
});

describe('payload/schema related places', () => {
  it('points a duplicate id at the first question with it', () => {
    const source = questions(textbox, '    { "id": "account_name", "order": 2, "controlType": "textbox", "displayLabel": "Again" }');
    const [diagnostic] = runRule(payloadSchema, source);
    expect(diagnostic?.related).toEqual([{ message: 'First question with id `account_name`', line: 8, column: 13 }]);
    expect(diagnostic?.message).toBe('Duplicate question id `account_name`; give each question its own id');
  });

  it('names the near control type', () => {
    const [diagnostic] = runRule(payloadSchema, questions('    { "id": "tier", "order": 1, "controlType": "dropdwn", "displayLabel": "Tier?" }'));
    expect(diagnostic?.message).toBe('Unknown controlType `dropdwn`; did you mean `dropdown`');
  });
});
