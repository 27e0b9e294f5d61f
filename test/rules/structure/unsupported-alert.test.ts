import { structureUnsupportedAlert } from '../../../src/rules/structure/unsupported-alert.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(structureUnsupportedAlert, {
  valid: [
    { name: 'template note', source: article('# Title\n\n> Note: Resizing restarts the virtual machine.') },
    { name: 'bold note', source: article('# Title\n\n> **Note:** Resizing restarts the virtual machine.') },
    { name: 'DocFX div is not an alert', source: article('# Title\n\n> [!div class="nextstepaction"]\n> [Next](https://learn.microsoft.com/azure)') },
    { name: 'alert in code', source: article('# Title\n\n```\n> [!NOTE]\n> Text\n```') },
    { name: 'marker later in the quote', source: article('# Title\n\n> Docs write [!NOTE] for notes; the portal does not.') },
  ],
  invalid: [
    {
      name: 'GitHub note',
      source: article('# Title\n\n> [!NOTE]\n> Resizing restarts the virtual machine.'),
      errors: [{ messageId: 'alert', line: 5, column: 3, endLine: 5, endColumn: 10 }],
    },
    {
      name: 'lower-case warning on one line',
      source: article('# Title\n\n> [!warning] Deleting the disk cannot be undone.'),
      errors: [{ messageId: 'alert', line: 5, column: 3, endColumn: 13 }],
    },
    {
      name: 'tip in a list item',
      source: article('# Title\n\n1. Stop the VM\n\n   > [!TIP]\n   > Deallocate it to stop billing.'),
      errors: [{ messageId: 'alert', line: 7, column: 6 }],
    },
  ],
});
