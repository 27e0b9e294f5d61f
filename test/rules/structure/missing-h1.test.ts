import { structureMissingH1 } from '../../../src/rules/structure/missing-h1.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const emptyBody = article('');
const propertiesEnd = emptyBody.indexOf('\n') + 1;

testRule(structureMissingH1, {
  valid: [
    { name: 'ATX H1', source: article('# Virtual machine does not start\n\nCheck the boot diagnostics first.') },
    { name: 'setext H1', source: article('Virtual machine does not start\n==============================\n\nCheck the boot log.') },
    { name: 'H1 after a comment', source: article('<!-- title shown only internally -->\n# Disk is full\n\nFree some space.') },
    {
      name: 'PartnerCenterQuickStart field list has no title',
      source: article('<!--Link-->\nhttps://learn.microsoft.com/partner-center\n\n<!--Text-->\nGet started', { selfHelpType: 'PartnerCenterQuickStart' }),
    },
  ],
  invalid: [
    {
      name: 'body without any heading',
      source: article('Restart the virtual machine from the portal.\n\n## **Recommended Steps**\n\n1. Open the blade'),
      errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 1 }],
    },
    {
      name: 'H2 where the H1 should be',
      source: article('## Which best describes the problem?\n\n1. The cluster does not start'),
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'hash without a space',
      source: article('#Storage account locked\n\nUnlock it from the portal.'),
      errors: [{ messageId: 'noSpace', line: 3, column: 1, endLine: 3, endColumn: 24 }],
    },
    {
      name: 'hash without a space before a payload',
      source: article('#Scoping questions for backup\n---\n{ "formElements": [] }\n---\n', { selfHelpType: 'problemScopingQuestions' }),
      errors: [{ messageId: 'noSpace', line: 3, column: 1, endColumn: 30 }],
    },
    {
      name: 'empty body',
      source: emptyBody,
      errors: [{ messageId: 'missing', line: 1, column: propertiesEnd }],
    },
  ],
});
