import { structureSectionHeading } from '../../../src/rules/structure/section-heading.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const steps = '1. Open the virtual machine blade\n2. Select **Restart**';
const docs = '* [Boot diagnostics](https://learn.microsoft.com/azure/virtual-machines/boot-diagnostics)';

testRule(structureSectionHeading, {
  valid: [
    { name: 'template spelling', source: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}\n\n## **Recommended Documents**\n\n${docs}`) },
    { name: 'trailing spaces after the heading', source: article(`# VM does not start\n\n## **Recommended Steps**   \n\n${steps}`) },
    { name: 'other headings are free', source: article(`# VM does not start\n\n### Recommended articles\n\n${docs}\n\n## Next steps\n\n${steps}`) },
    { name: 'the H1 title itself', source: article(`# Recommended steps\n\n${steps}`) },
    {
      name: 'Apollo follows its own template',
      source: article(`# Title\n\n## Virtual machine does not start\n\n### Recommended steps\n\n${steps}`, { selfHelpType: 'Apollo' }),
    },
    { name: 'bold words inside a list are not headings', source: article(`# VM does not start\n\n- **Recommended steps**\n- Restart it`) },
  ],
  invalid: [
    {
      name: 'wrong case',
      source: article(`# VM does not start\n\n## **Recommended steps**\n\n${steps}`),
      errors: [{ messageId: 'spelling', line: 5, column: 1, endLine: 5, endColumn: 25 }],
      output: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}`),
    },
    {
      name: 'not bold',
      source: article(`# VM does not start\n\n## Recommended Documents\n\n${docs}`),
      errors: [{ messageId: 'spelling', line: 5, column: 1, endColumn: 25 }],
      output: article(`# VM does not start\n\n## **Recommended Documents**\n\n${docs}`),
    },
    {
      name: 'H3 instead of H2',
      source: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}\n\n### **Recommended Documents**\n\n${docs}`),
      errors: [{ messageId: 'spelling', line: 10, column: 1 }],
      output: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}\n\n## **Recommended Documents**\n\n${docs}`),
    },
    {
      name: 'typo, singular and colon',
      source: article(`# VM does not start\n\n## **Recomended Step:**\n\n${steps}\n\n## Recommended Documentation\n\n${docs}`),
      errors: [
        { messageId: 'spelling', line: 5, column: 1 },
        { messageId: 'spelling', line: 10, column: 1 },
      ],
      output: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}\n\n## **Recommended Documents**\n\n${docs}`),
    },
    {
      name: 'bold paragraph instead of a heading, line break kept',
      source: article(`# VM does not start\n\n**Recommended Documents:**\n<br>\n\n${docs}`),
      errors: [{ messageId: 'spelling', line: 5, column: 1, endLine: 5, endColumn: 27 }],
      output: article(`# VM does not start\n\n## **Recommended Documents**\n<br>\n\n${docs}`),
    },
    {
      name: 'setext heading',
      source: article(`# VM does not start\n\nRecommended steps\n-----------------\n\n${steps}`),
      errors: [{ messageId: 'spelling', line: 5, column: 1, endLine: 6, endColumn: 18 }],
      output: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}`),
    },
    {
      name: 'second H1',
      source: article(`# VM does not start\n\n# Recommended Steps\n\n${steps}`),
      errors: [{ messageId: 'spelling', line: 5, column: 1 }],
      output: article(`# VM does not start\n\n## **Recommended Steps**\n\n${steps}`),
    },
  ],
});
