import { linksAkaMs } from '../../../src/rules/links/aka-ms.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(linksAkaMs, {
  valid: [
    { name: 'full docs link', source: article('# Title\n\n[Reset a password](https://learn.microsoft.com/entra/sspr)') },
    { name: 'URL in inline code is text', source: article('# Title\n\nType `https://aka.ms/sspr` in the browser.') },
  ],
  invalid: [
    {
      name: 'inline link',
      source: article('# Title\n\nSee [password reset](https://aka.ms/sspr).'),
      errors: [{ messageId: 'shortLink', line: 5, column: 5, endLine: 5, endColumn: 42 }],
    },
    {
      name: 'reference link',
      source: article('# Title\n\nSee [password reset][sspr].\n\n[sspr]: https://aka.ms/sspr'),
      errors: [{ messageId: 'shortLink', line: 5, column: 5 }],
    },
  ],
});
