import type { FormatterContext, FileReport } from '../../src/report/results.js';

/** A run over four files of a library checked out at /work/lib: realistic ids, messages, fixes and a related place. */
export const cwd = '/work/lib';

export const bootText = '<properties articleId="abc" />\n\n# Boot\n';

export const reports: FileReport[] = [
  {
    filePath: '/work/lib/articles/vm/boot.md',
    source: 'articles/vm/boot.md',
    text: bootText,
    // Out of order on purpose: results are sorted by position.
    diagnostics: [
      {
        ruleId: 'metadata/article-id',
        severity: 'error',
        message: 'Invalid articleId `abc`; use a GUID',
        messageId: 'notGuid',
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 65,
      },
      {
        ruleId: 'links/locale',
        severity: 'warning',
        message: 'Unexpected locale `en-us`; remove it',
        messageId: 'locale',
        line: 12,
        column: 8,
        endLine: 12,
        endColumn: 62,
        fix: { range: [402, 408], text: '' },
      },
      {
        ruleId: 'structure/section-heading',
        severity: 'error',
        message: 'Heading `Steps` should be `Recommended Steps`',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 9,
        fix: { range: [200, 208], text: '## Recommended Steps' },
      },
    ],
  },
  {
    filePath: '/work/lib/articles/storage/blob.md',
    source: 'articles/storage/blob.md',
    diagnostics: [
      {
        ruleId: 'library/duplicate-article-id',
        severity: 'error',
        message: 'Duplicate articleId `abc`; give each article its own id',
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 65,
        related: [{ message: 'Also used here', file: 'articles/vm/boot.md', line: 1, column: 60 }],
      },
      {
        ruleId: 'links/descriptive-text',
        severity: 'warning',
        message: 'Link text `here` says nothing; describe the target.',
        line: 9,
        column: 5,
        related: [{ message: 'Target defined here', line: 40, column: 1 }],
      },
      { ruleId: 'structure/raw-html', severity: 'warning', message: 'Unexpected HTML `<center>`', line: 104, column: 3 },
    ],
  },
  { filePath: '/work/lib/articles/clean.md', source: 'articles/clean.md', text: '# Clean\n', diagnostics: [] },
  {
    filePath: '/work/lib/articles/net work/dns setup.md',
    source: 'articles/net work/dns setup.md',
    diagnostics: [{ ruleId: 'internal/error', severity: 'error', message: 'Rule `links/empty` failed: boom', line: 1, column: 1 }],
  },
];

export const context: FormatterContext = {
  cwd,
  color: false,
  version: '0.1.0',
  rulesMeta: {
    'metadata/article-id': { description: 'Require articleId to be a GUID', severity: 'error' },
    'links/locale': { description: 'Disallow locale segments in docs links', severity: 'warning' },
    'structure/section-heading': { description: 'Require template section headings', severity: 'error' },
    'library/duplicate-article-id': { description: 'Disallow articleIds used by more than one article', severity: 'error' },
    'links/descriptive-text': { description: 'Require link text that says where it goes', severity: 'warning' },
    'structure/raw-html': { description: 'Disallow HTML the portal does not render', severity: 'warning' },
  },
};
