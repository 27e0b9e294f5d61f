import { payloadMissing } from '../../../src/rules/payload/missing.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const questions = '---\n{ "formElements": [] }\n---\n';

testRule(payloadMissing, {
  valid: [
    { name: 'scoping questions with a payload', source: article(`# Disk questions\n${questions}`, { selfHelpType: 'problemScopingQuestions' }) },
    { name: 'a payload that does not parse is still there', source: article('# Disk questions\n---\n{ "formElements": [ }\n---\n', { selfHelpType: 'problemScopingQuestions' }) },
    { name: 'generic articles need none', source: article('# Restart the VM\n\nRestart it from the portal.') },
    { name: 'tools articles are markdown', source: article('# Tools\n\n[Redeploy](data-blade:Microsoft_Azure_Compute.RedeployBlade)', { selfHelpType: 'tools' }) },
  ],
  invalid: [
    {
      name: 'scoping questions without payload: at the H1',
      source: article('# Disk questions\n\nNo questions yet.', { selfHelpType: 'problemScopingQuestions' }),
      errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 17 }],
    },
    {
      name: 'advisor metadata without payload',
      source: article('# Use managed disks', { selfHelpType: 'advisorRecommendationMetadata' }),
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'type written in another case',
      source: article('# Compute topics', { selfHelpType: 'supporttopicdescription' }),
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'no H1: at the selfHelpType value',
      source: '<properties pageTitle="Compute menu" selfHelpType="diagnoseandsolve" articleId="compute-menu" />\n\nNo menu yet.',
      errors: [{ messageId: 'missing', line: 1, column: 52 }],
    },
  ],
});
