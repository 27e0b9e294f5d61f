import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import { toLintResults } from '../../src/report/results.js';
import { context, reports } from './fixtures.js';

describe('github', () => {
  it('writes one workflow command per message, paths relative to the working directory', () => {
    expect(github(toLintResults(reports), context).split('\n')).toEqual([
      '::error file=articles/vm/boot.md,line=1,col=60,endLine=1,endColumn=65,title=metadata/article-id::Invalid articleId `abc`; use a GUID',
      '::error file=articles/vm/boot.md,line=7,col=1,endLine=7,endColumn=9,title=structure/section-heading::Heading `Steps` should be `Recommended Steps`',
      '::warning file=articles/vm/boot.md,line=12,col=8,endLine=12,endColumn=62,title=links/locale::Unexpected locale `en-us`; remove it',
      '::error file=articles/storage/blob.md,line=1,col=60,endLine=1,endColumn=65,title=library/duplicate-article-id::Duplicate articleId `abc`; give each article its own id',
      '::warning file=articles/storage/blob.md,line=9,col=5,title=links/descriptive-text::Link text `here` says nothing; describe the target.',
      '::warning file=articles/storage/blob.md,line=104,col=3,title=structure/raw-html::Unexpected HTML `<center>`',
      '::error file=articles/net work/dns setup.md,line=1,col=1,title=internal/error::Rule `links/empty` failed: boom',
      '',
    ]);
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const results = toLintResults([
      {
        filePath: '/work/lib/a,b:c.md',
        source: 'a,b:c.md',
        diagnostics: [{ ruleId: 'links/insecure', severity: 'warning', message: '100% sure: a\r\nb, c', line: 2, column: 3 }],
      },
    ]);
    expect(github(results, context)).toBe('::warning file=a%2Cb%3Ac.md,line=2,col=3,title=links/insecure::100%25 sure: a%0D%0Ab, c\n');
  });

  it('escapes % before the codes it introduces', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('x:%,y')).toBe('x%3A%25%2Cy');
  });

  it('prints nothing for a clean run', () => {
    expect(github(toLintResults([reports[2]!]), context)).toBe('');
  });
});
