import { libraryDuplicateFileName } from '../../../src/rules/library/duplicate-file-name.js';
import { testLibraryRule } from '../../helpers/rule-tester.js';

const ofType = (selfHelpType: string, id: string) => `<properties articleId="${id}" selfHelpType="${selfHelpType}" />\n\n# Check the logs\n`;

testLibraryRule(libraryDuplicateFileName, {
  valid: [
    { name: 'different names', files: { 'vm/restart.md': ofType('generic', 'a'), 'network/restart-gateway.md': ofType('generic', 'b') } },
    {
      name: 'troubleshooter steps repeat generated names',
      files: { 'sync-tsg/check-error-logs.md': ofType('TSG_Content', 'a'), 'users-tsg/check-error-logs.md': ofType('TSG_Content', 'b') },
    },
  ],
  invalid: [
    {
      name: 'same name in two service folders',
      files: { 'microsoft.compute/check-logs.md': ofType('generic', 'a'), 'microsoft.network/check-logs.md': ofType('resource', 'b') },
      errors: [
        { source: 'microsoft.compute/check-logs.md', messageId: 'duplicate', line: 1, column: 1 },
        { source: 'microsoft.network/check-logs.md', messageId: 'duplicate', line: 1, column: 1 },
      ],
    },
    {
      name: 'names that differ only in case',
      files: { 'vm/Restart.md': ofType('generic', 'a'), 'disks/restart.md': ofType('generic', 'b') },
      errors: [
        { source: 'disks/restart.md', messageId: 'duplicate', line: 1, column: 1 },
        { source: 'vm/Restart.md', messageId: 'duplicate', line: 1, column: 1 },
      ],
    },
  ],
});
