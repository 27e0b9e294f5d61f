import { linksAkaMs } from '../../../src/rules/links/aka-ms.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(linksAkaMs, {
  valid: [
    { name: 'full docs link', source: article('# Title\n\n[Reset a password](https://learn.microsoft.com/entra/sspr)') },
    { name: 'URL in inline code is text', source: article('# Title\n\nType `https://aka.ms/sspr` in the browser.') },
    { name: 'a host that only ends like aka.ms', source: article('# Title\n\n[Kafka](https://kafka.ms.example.com/)') },
  ],
  invalid: [
    {
      name: 'inline link',
      source: article('# Title\n\nSee [password reset](https://aka.ms/sspr).'),
      errors: [{ messageId: 'shortLink', line: 5, column: 5, endLine: 5, endColumn: 42 }],
    },
    {
      name: 'reference link, reported at its definition where the address is written',
      source: article('# Title\n\nSee [password reset][sspr].\n\n[sspr]: https://aka.ms/sspr'),
      errors: [{ messageId: 'shortLink', line: 7, column: 1 }],
    },
    {
      name: 'bare URL',
      source: article('# Title\n\nOpen https://aka.ms/vmsizes to compare sizes.'),
      errors: [{ messageId: 'shortLink', line: 5, column: 6, endColumn: 28 }],
    },
    {
      name: 'raw HTML anchor',
      source: article("# Title\n\n<a href='https://aka.ms/sspr'>SSPR</a>"),
      errors: [{ messageId: 'shortLink', line: 5, column: 10, endColumn: 29 }],
    },
  ],
});
