import { payloadJsonSyntax } from '../../../src/rules/payload/json-syntax.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

// The body starts on line 3: `# Title` is line 3, the opening `---` line 4, the JSON from line 5.
const withPayload = (json: string, after = '---\n') => article(`# Disk questions\n---\n${json}\n${after}`, { selfHelpType: 'problemScopingQuestions' });

testRule(payloadJsonSyntax, {
  valid: [
    { name: 'well-formed payload', source: withPayload('{\n  "title": "Disk",\n  "formElements": []\n}') },
    { name: 'CRLF line endings', source: withPayload('{\r\n  "title": "Disk",\r\n  "formElements": []\r\n}').replaceAll('\n', '\r\n').replaceAll('\r\r\n', '\r\n') },
    { name: 'escaped tab and line break', source: withPayload('{ "title": "Disk\\tsize\\nin GB", "formElements": [] }') },
  ],
  invalid: [
    {
      name: 'missing comma: at the property after it',
      source: withPayload('{\n  "title": "Disk"\n  "formElements": []\n}'),
      errors: [{ messageIncludes: 'missing `,` before `"formElements"`; add a comma after the previous property', line: 7, column: 3, endLine: 7, endColumn: 17 }],
    },
    {
      name: 'missing comma between array items',
      source: withPayload('{ "formElements": [\n    { "id": "size" }\n    { "id": "type" }\n] }'),
      errors: [{ messageIncludes: 'missing `,` before `{`; add a comma after the previous item', line: 7, column: 5 }],
    },
    {
      name: 'trailing comma: at the comma',
      source: withPayload('{\n  "formElements": [\n    { "id": "size" },\n  ]\n}'),
      errors: [{ messageIncludes: 'trailing `,` before `]`; remove it', line: 7, column: 21, endLine: 7, endColumn: 22 }],
    },
    {
      name: 'trailing comma in an object',
      source: withPayload('{\n  "title": "Disk",\n}'),
      errors: [{ messageIncludes: 'trailing `,` before `}`', line: 6, column: 18 }],
    },
    {
      name: 'unclosed payload: at the opening line, once',
      source: article('# Disk questions\n---\n{ "formElements": [] }\n\nMore text after the JSON.\n', { selfHelpType: 'problemScopingQuestions' }),
      errors: [{ messageIncludes: 'no closing `---` line', line: 4, column: 1, endLine: 4, endColumn: 4 }],
    },
    {
      name: 'unclosed payload that is also broken',
      source: article('# Disk questions\n---\n{ "formElements": [\n', { selfHelpType: 'problemScopingQuestions' }),
      errors: [
        { messageIncludes: 'no closing `---` line', line: 4, column: 1 },
        { messageIncludes: 'this `[` is never closed', line: 5, column: 19 },
      ],
    },
    {
      name: 'closing line missing but a later `---` rule: text after the JSON',
      source: withPayload('{ "formElements": [] }\n\n## Notes', '\n---\n'),
      errors: [{ messageIncludes: 'unexpected `##` after the end of the JSON', line: 7, column: 1 }],
    },
    {
      name: 'raw tab inside a string',
      source: withPayload('{\n  "title": "Disk\tsize",\n  "formElements": []\n}'),
      errors: [{ messageIncludes: 'raw tab inside a string; write it as `\\t`', line: 6, column: 17, endColumn: 18 }],
    },
    {
      name: 'raw line break inside a string',
      source: withPayload('{\n  "title": "Disk\nsize",\n  "formElements": []\n}'),
      errors: [{ messageIncludes: 'line break inside a string', line: 6, column: 17 }],
    },
    {
      name: 'raw line break inside a string, CRLF file',
      source: withPayload('{\r\n  "title": "Disk\r\nsize",\r\n  "formElements": []\r\n}').replaceAll('\n', '\r\n').replaceAll('\r\r\n', '\r\n'),
      errors: [{ messageIncludes: 'line break inside a string', line: 6, column: 17 }],
    },
    {
      name: 'unquoted property name',
      source: withPayload('{\n  title: "Disk",\n  "formElements": []\n}'),
      errors: [{ messageIncludes: 'property name `title` needs double quotes', line: 6, column: 3 }],
    },
    {
      name: 'single-quoted string value',
      source: withPayload("{ \"title\": 'Disk', \"formElements\": [] }"),
      errors: [{ messageIncludes: 'JSON strings need double quotes', line: 5, column: 12 }],
    },
    {
      name: 'missing closing brace at the end',
      source: withPayload('{\n  "formElements": [\n    { "id": "size" }\n  ]'),
      errors: [{ messageIncludes: 'this `{` is never closed; add the matching `}`', line: 5, column: 1 }],
    },
  ],
});
