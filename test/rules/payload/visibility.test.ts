import { describe, expect, it } from 'vitest';
import { payloadVisibility } from '../../../src/rules/payload/visibility.js';
import { article } from '../../helpers/article.js';
import { runRule, testRule } from '../../helpers/rule-tester.js';

// JSON line n is file line n + 4; each question below is one line, the first on file line 7.
const questions = (...elements: string[]) =>
  article(`# Backup questions\n---\n{\n  "formElements": [\n${elements.join(',\n')}\n  ]\n}\n---\n`, { selfHelpType: 'problemScopingQuestions' });

const osQuestion = '    { "id": "vm_os", "order": 1, "controlType": "dropdown", "displayLabel": "OS?", "dropdownOptions": [ { "value": "Windows", "text": "Windows" }, { "value": "Linux", "text": "Linux" } ] }';
const shownWhen = (visibility: string, id = 'details') =>
  `    { "id": "${id}", "order": 2, "controlType": "textbox", "displayLabel": "Details", "visibility": ${JSON.stringify(visibility)} }`;
// On a `shownWhen` line the visibility text starts at column 104, after its opening quote.
const start = 104;

testRule(payloadVisibility, {
  valid: [
    { name: 'known id and option', source: questions(osQuestion, shownWhen('vm_os == Windows')) },
    { name: 'null and grouping', source: questions(osQuestion, shownWhen('vm_os != null && (vm_os == Linux || vm_os == Windows)')) },
    { name: 'constant visibility', source: questions(osQuestion, shownWhen('true'), shownWhen('null', 'more')) },
    {
      name: 'dont_know_answer where it is an option',
      source: questions(
        '    { "id": "tier", "order": 1, "controlType": "dropdown", "displayLabel": "Tier?", "dropdownOptions": [ { "value": "hot", "text": "Hot" }, { "value": "dont_know_answer", "text": "Not sure" } ] }',
        shownWhen('tier == dont_know_answer'),
      ),
    },
    { name: 'guard against dont_know_answer that is not an option', source: questions(osQuestion, shownWhen('vm_os != null && vm_os != dont_know_answer')) },
    { name: 'free-text questions take any value', source: questions('    { "id": "vm_name", "order": 1, "controlType": "textbox", "displayLabel": "VM name" }', shownWhen('vm_name == web01')) },
    {
      name: 'run-time options take any value',
      source: questions('    { "id": "vault", "order": 1, "controlType": "dropdown", "displayLabel": "Vault", "dynamicDropdownOptions": { "uri": "/vaults" } }', shownWhen('vault == dont_know_answer')),
    },
    { name: 'JSON boolean visibility', source: questions(osQuestion, '    { "id": "details", "order": 2, "controlType": "textbox", "displayLabel": "Details", "visibility": true }') },
  ],
  invalid: [
    {
      name: 'unknown question id: at the id',
      source: questions(osQuestion, shownWhen('vm_oss == Windows')),
      errors: [{ messageId: 'unknownId', line: 8, column: start, endColumn: start + 6 }],
    },
    {
      name: 'value the dropdown cannot take: at the value',
      source: questions(osQuestion, shownWhen('vm_os == Window')),
      errors: [{ messageId: 'unknownValue', line: 8, column: start + 9, endColumn: start + 15 }],
    },
    {
      name: 'dont_know_answer that is not an option',
      source: questions(osQuestion, shownWhen('vm_os == dont_know_answer')),
      errors: [{ messageId: 'unknownValue', line: 8, column: start + 9 }],
    },
    {
      name: 'several problems in one expression',
      source: questions(osQuestion, shownWhen('vm_os == Linux || vm_os == Ubuntu || disk == Premium')),
      errors: [
        { messageId: 'unknownValue', line: 8, column: start + 27 },
        { messageId: 'unknownId', line: 8, column: start + 37 },
      ],
    },
    {
      name: 'expression that cannot be read',
      source: questions(osQuestion, shownWhen('vm_os = Linux')),
      errors: [{ messageId: 'syntax', line: 8, column: start + 6 }],
    },
    {
      name: 'escaped characters before the value keep the column right',
      source: questions(osQuestion, '    { "id": "details", "order": 2, "controlType": "textbox", "displayLabel": "Details", "visibility": "vm_os == \\u0057indow" }'),
      errors: [{ messageId: 'unknownValue', line: 8, column: start + 9, endColumn: start + 20 }],
    },
  ],
});

describe('payload/visibility messages', () => {
  it('suggests the near id and lists the options', () => {
    const messages = runRule(payloadVisibility, questions(osQuestion, shownWhen('vm_oss == Windows || vm_os == Mac'))).map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([
      'Visibility names unknown question `vm_oss`; did you mean `vm_os`',
      'Question `vm_os` has no option `Mac`; use one of `Windows`, `Linux`',
    ]);
  });

  it('suggests an option that differs only in case', () => {
    const [diagnostic] = runRule(payloadVisibility, questions(osQuestion, shownWhen('vm_os == linux')));
    expect(diagnostic?.message).toBe('Question `vm_os` has no option `linux`; did you mean `Linux`');
  });
});
