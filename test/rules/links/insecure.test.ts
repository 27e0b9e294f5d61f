import { linksInsecure } from '../../../src/rules/links/insecure.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Media playback fails\n\n${markdown}`;

testRule(linksInsecure, {
  valid: [
    { name: 'https link', source: article(body('[Media formats](https://learn.microsoft.com/azure/media-services/)')) },
    { name: 'local test page', source: article(body('Browse to [the test page](http://localhost:8080/player) on the server.')) },
    { name: 'private address', source: article(body('Probe [the health page](http://10.0.0.4/health) from the VM.')) },
    { name: 'bare www name the author wrote without a scheme', source: article(body('Allow www.contoso.com:80 through the firewall.')) },
  ],
  invalid: [
    {
      name: 'known https host is fixed',
      source: article(body('Compare [prices](http://azure.microsoft.com/pricing/details/media-services/).')),
      output: article(body('Compare [prices](https://azure.microsoft.com/pricing/details/media-services/).')),
      errors: [{ messageId: 'knownHttps', line: 5, column: 9, endColumn: 77 }],
    },
    {
      name: 'unknown host is reported without a fix',
      source: article(body('Read [the spec](http://spec.example.org/streaming).')),
      errors: [{ messageId: 'insecure', line: 5, column: 6 }],
    },
    {
      name: 'explicit port is not fixed',
      source: article(body('[Docs](http://docs.microsoft.com:80/azure/)')),
      errors: [{ messageId: 'insecure', line: 5, column: 1 }],
    },
    {
      name: 'upper-case scheme in a definition',
      source: article(body('See [the docs][d].\n\n[d]: HTTP://learn.microsoft.com/azure/media-services/')),
      output: article(body('See [the docs][d].\n\n[d]: https://learn.microsoft.com/azure/media-services/')),
      errors: [{ messageId: 'knownHttps', line: 7, column: 1 }],
    },
    {
      name: 'anchor and bare URL',
      source: article(body('<a href="http://go.microsoft.com/fwlink/?linkid=2000">Download</a>\n\nOr open http://github.com/Azure/media-player.')),
      output: article(body('<a href="https://go.microsoft.com/fwlink/?linkid=2000">Download</a>\n\nOr open https://github.com/Azure/media-player.')),
      errors: [
        { messageId: 'knownHttps', line: 5, column: 10 },
        { messageId: 'knownHttps', line: 7, column: 9 },
      ],
    },
  ],
});
