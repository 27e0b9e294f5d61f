import { linksReviewSite } from '../../../src/rules/links/review-site.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

const body = (markdown: string) => `# Storage account is read-only\n\n${markdown}`;

testRule(linksReviewSite, {
  valid: [
    { name: 'published docs link', source: article(body('[Storage redundancy](https://learn.microsoft.com/azure/storage/common/storage-redundancy)')) },
    { name: 'view and tabs queries', source: article(body('[az storage](https://learn.microsoft.com/cli/azure/storage?view=azure-cli-latest&tabs=bash)')) },
    { name: 'the published branch', source: article(body('[Redundancy](https://learn.microsoft.com/azure/storage/redundancy?branch=live)')) },
    { name: 'branch query on a site that is not docs', source: article(body('[Samples](https://github.com/Azure-Samples/storage?branch=main)')) },
    { name: 'a word containing review', source: article(body('[Reviews](https://reviewsite.example.com/docs)')) },
  ],
  invalid: [
    {
      name: 'review.learn host',
      source: article(body('Follow [the draft](https://review.learn.microsoft.com/azure/storage/redundancy).')),
      errors: [{ messageId: 'reviewHost', line: 5, column: 8, endColumn: 80 }],
    },
    {
      name: 'team subdomain of the review site, in a definition',
      source: article(body('See [draft][d].\n\n[d]: https://storage.review.docs.microsoft.com/azure/redundancy')),
      errors: [{ messageId: 'reviewHost', line: 7, column: 1 }],
    },
    {
      name: 'the host as the templates spell it, in an anchor',
      source: article(body('<a href="https://review.microsoft.docs/azure/storage/">Draft</a>')),
      errors: [{ messageId: 'reviewHost', line: 5, column: 10 }],
    },
    {
      name: 'pull-request branch on the published site',
      source: article(body('- [Enable versioning](https://learn.microsoft.com/azure/storage/versioning?branch=pr-en-us-4521#enable)')),
      errors: [{ messageId: 'reviewBranch', line: 5, column: 3 }],
    },
  ],
});
