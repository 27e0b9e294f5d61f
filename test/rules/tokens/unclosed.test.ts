import { tokensUnclosed } from '../../../src/rules/tokens/unclosed.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const diagnostics = { selfHelpType: 'diagnostics' };

testRule(tokensUnclosed, {
  valid: [
    { name: 'closed token', source: article('# Title\n\nServer <!--$ServerName-->[ServerName]<!--/$ServerName--> is busy.', diagnostics) },
    {
      name: 'two tokens in bold',
      source: article('# Title\n\nDatabase **<!--$Db-->db<!--/$Db-->** on **<!--$Server-->srv<!--/$Server-->** is full.', diagnostics),
    },
    { name: 'token syntax in code is text', source: article('# Title\n\nWrite `<!--$Name-->` then the default.', diagnostics) },
    { name: 'other comments', source: article('# Title\n\n<!--issueDescription-->\nThe disk is full.\n<!--/issueDescription-->', diagnostics) },
  ],
  invalid: [
    {
      name: 'never closed',
      source: article('# Title\n\nServer <!--$ServerName-->[ServerName] is busy.', diagnostics),
      errors: [{ messageId: 'unclosed', line: 5, column: 8, endLine: 5, endColumn: 26 }],
    },
    {
      name: 'closed under another name',
      source: article('# Title\n\nServer <!--$ServerName-->[ServerName]<!--/$Server--> is busy.', diagnostics),
      errors: [{ messageId: 'mismatch', line: 5, column: 38, endColumn: 53 }],
    },
    {
      name: 'closing without an opening',
      source: article('# Title\n\nServer [ServerName]<!--/$ServerName--> is busy.', diagnostics),
      errors: [{ messageId: 'stray', line: 5, column: 20 }],
    },
    {
      name: 'inner token left open',
      source: article('# Title\n\nThe <!--$Vm-->VM <!--$Region-->region<!--/$Vm--> stopped.', diagnostics),
      errors: [{ messageId: 'unclosed', line: 5, column: 18, endColumn: 32 }],
    },
    {
      name: 'open in one paragraph, closed in a block comment later',
      source: article('# Title\n\nThe <!--$Vm-->VM stopped.\n\n<!--/$VM-->', diagnostics),
      errors: [{ messageId: 'mismatch', line: 7, column: 1 }],
    },
  ],
});
