import { libraryDisplayOrder } from '../../../src/rules/library/display-order.js';
import { testLibraryRule } from '../../helpers/rule-tester.js';

// `<properties displayOrder="` is 26 characters, so the order starts at column 27.
const ordered = (order: string, service: string, id: string, selfHelpType = 'generic') =>
  `<properties displayOrder="${order}" service="${service}" selfHelpType="${selfHelpType}" articleId="${id}" />\n\n# Article ${id}\n`;

testLibraryRule(libraryDisplayOrder, {
  valid: [
    { name: 'distinct orders', files: { 'vm/a.md': ordered('1', 'microsoft.compute', 'a'), 'vm/b.md': ordered('2', 'microsoft.compute', 'b') } },
    { name: 'same order in different services', files: { 'vm/a.md': ordered('1', 'microsoft.compute', 'a'), 'net/b.md': ordered('1', 'microsoft.network', 'b') } },
    {
      name: 'same order in lists of different types',
      files: { 'vm/a.md': ordered('1', 'microsoft.compute', 'a'), 'vm/b.md': ordered('1', 'microsoft.compute', 'b', 'diagnostics') },
    },
    {
      name: 'a public article and its Mooncake twin share a number',
      files: {
        'vm/a.md': ordered('3', 'microsoft.compute', 'a').replace(' />', ' cloudEnvironments="public, fairfax" />'),
        'vm/a-mooncake.md': ordered('3', 'microsoft.compute', 'a-cn').replace(' />', ' cloudEnvironments="mooncake" />'),
      },
    },
    { name: 'empty displayOrder is not a number', files: { 'vm/a.md': ordered('', 'microsoft.compute', 'a'), 'vm/b.md': ordered('', 'microsoft.compute', 'b') } },
  ],
  invalid: [
    {
      name: 'same service (in another case) and order',
      files: { 'vm/a.md': ordered('10', 'microsoft.compute', 'a'), 'vm/b.md': ordered('10', 'Microsoft.Compute', 'b') },
      errors: [
        { source: 'vm/a.md', messageId: 'duplicate', line: 1, column: 27 },
        { source: 'vm/b.md', messageId: 'duplicate', line: 1, column: 27 },
      ],
    },
    {
      name: 'two articles share a cloud (no clouds means public)',
      files: {
        'vm/a.md': ordered('4', 'microsoft.compute', 'a').replace(' />', ' cloudEnvironments="public,mooncake" />'),
        'vm/b.md': ordered('4', 'microsoft.compute', 'b'),
        'vm/c.md': ordered('4', 'microsoft.compute', 'c').replace(' />', ' cloudEnvironments="fairfax" />'),
      },
      errors: [
        { source: 'vm/a.md', messageId: 'duplicate', line: 1, column: 27 },
        { source: 'vm/b.md', messageId: 'duplicate', line: 1, column: 27 },
      ],
    },
  ],
});
