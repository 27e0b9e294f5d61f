import { linksLocale } from '../../../src/rules/links/locale.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Resize a virtual machine\n\n${markdown}`;

testRule(linksLocale, {
  valid: [
    { name: 'locale-free docs link', source: article(body('[Choose a size](https://learn.microsoft.com/azure/virtual-machines/sizes)')) },
    { name: 'first segment that is not a locale', source: article(body('[Server roles](https://learn.microsoft.com/windows-server/administration/)')) },
    { name: 'locale deeper in the path', source: article(body('[Sizes](https://learn.microsoft.com/azure/en-us/sizes)')) },
    { name: 'site that is not known to redirect by language', source: article(body('[Forum](https://forum.example.com/en-us/azure)')) },
    { name: 'Azure China docs keep their language', source: article(body('[Blob basics](https://docs.azure.cn/zh-cn/storage/blobs/)')) },
    {
      name: 'article for Mooncake only',
      source: article(body('[Sizes](https://docs.microsoft.com/en-us/azure/virtual-machines/sizes)'), { cloudEnvironments: 'mooncake' }),
    },
  ],
  invalid: [
    {
      name: 'inline docs link',
      source: article(body('See [VM sizes](https://docs.microsoft.com/en-us/azure/virtual-machines/sizes) first.')),
      output: article(body('See [VM sizes](https://docs.microsoft.com/azure/virtual-machines/sizes) first.')),
      errors: [{ messageId: 'locale', line: 5, column: 5, endLine: 5, endColumn: 78 }],
    },
    {
      name: 'upper-case locale in an article for several clouds',
      source: article(body('[Quotas](https://learn.microsoft.com/EN-US/azure/quotas/view-quotas)'), { cloudEnvironments: 'public,mooncake' }),
      output: article(body('[Quotas](https://learn.microsoft.com/azure/quotas/view-quotas)'), { cloudEnvironments: 'public,mooncake' }),
      errors: [{ messageId: 'locale', line: 5, column: 1 }],
    },
    {
      name: 'definition of a reference link',
      source: article(body('Check the [calculator][calc].\n\n[calc]: https://azure.microsoft.com/en-gb/pricing/calculator/')),
      output: article(body('Check the [calculator][calc].\n\n[calc]: https://azure.microsoft.com/pricing/calculator/')),
      errors: [{ messageId: 'locale', line: 7, column: 1 }],
    },
    {
      name: 'raw HTML anchor',
      source: article(body('<p>Read <a href="https://support.microsoft.com/pt-br/help/4026757">the support article</a>.</p>')),
      output: article(body('<p>Read <a href="https://support.microsoft.com/help/4026757">the support article</a>.</p>')),
      errors: [{ messageId: 'locale', line: 5, column: 18 }],
    },
    {
      name: 'locale with a script subtag, in angle brackets',
      source: article(body('[Sizes](<https://learn.microsoft.com/zh-hans-cn/azure/sizes>)')),
      output: article(body('[Sizes](<https://learn.microsoft.com/azure/sizes>)')),
      errors: [{ messageId: 'locale', line: 5, column: 1 }],
    },
    {
      name: 'site root with only a locale',
      source: article(body('Start at <https://azure.microsoft.com/en-us/>.')),
      output: article(body('Start at <https://azure.microsoft.com/>.')),
      errors: [{ messageId: 'locale', line: 5, column: 10 }],
    },
  ],
});
