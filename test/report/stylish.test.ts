import { describe, expect, it } from 'vitest';
import { toLintResults } from '../../src/report/results.js';
import { stylish } from '../../src/report/stylish.js';
import { context, reports } from './fixtures.js';

const stripAnsi = (text: string) => text.replace(/\u001B\[\d+m/g, '');

describe('stylish', () => {
  const results = toLintResults(reports);

  it('prints aligned rows per file and the summary, like ESLint', () => {
    const expected = [
      '',
      '/work/lib/articles/vm/boot.md',
      '   1:60  error    Invalid articleId `abc`; use a GUID            metadata/article-id',
      '   7:1   error    Heading `Steps` should be `Recommended Steps`  structure/section-heading',
      '  12:8   warning  Unexpected locale `en-us`; remove it           links/locale',
      '',
      '/work/lib/articles/storage/blob.md',
      '    1:60  error    Duplicate articleId `abc`; give each article its own id  library/duplicate-article-id',
      '    9:5   warning  Link text `here` says nothing; describe the target       links/descriptive-text',
      '  104:3   warning  Unexpected HTML `<center>`                               structure/raw-html',
      '',
      '/work/lib/articles/net work/dns setup.md',
      '  1:1  error  Rule `links/empty` failed: boom  internal/error',
      '',
      '\u2716 7 problems (4 errors, 3 warnings)',
      '  1 error and 1 warning potentially fixable with the --fix option.',
      '',
    ].join('\n');
    expect(stylish(results, context)).toBe(expected);
  });

  it('writes no escape codes without colour', () => {
    expect(stylish(results, context)).not.toContain('\u001B');
  });

  it('colours severities, dims positions and rule ids, underlines paths when asked', () => {
    const output = stylish(results, { ...context, color: true });
    expect(output).toContain('\u001B[4m/work/lib/articles/vm/boot.md\u001B[24m');
    expect(output).toContain('   \u001B[2m1:60\u001B[22m  \u001B[31merror\u001B[39m    Invalid articleId');
    expect(output).toContain('\u001B[33mwarning\u001B[39m  Unexpected locale');
    expect(output).toContain('  \u001B[2m12:8\u001B[22m   \u001B[33mwarning');
    expect(output).toContain('\u001B[2mlinks/locale\u001B[22m');
    expect(output).toContain('\u001B[1m\u001B[31m\u2716 7 problems (4 errors, 3 warnings)\u001B[39m\u001B[22m');
    expect(stripAnsi(output)).toBe(stylish(results, context));
  });

  it('prints the summary in yellow when there are only warnings, and no fix line when nothing is fixable', () => {
    const [, blob] = reports;
    const warningsOnly = toLintResults([{ ...blob!, diagnostics: blob!.diagnostics.filter((d) => d.severity === 'warning') }]);
    const output = stylish(warningsOnly, { ...context, color: true });
    expect(output).toContain('\u001B[1m\u001B[33m\u2716 2 problems (0 errors, 2 warnings)\u001B[39m\u001B[22m\n');
    expect(stripAnsi(output)).not.toContain('potentially fixable');
  });

  it('says "1 problem" in the singular', () => {
    const [, , , dns] = reports;
    expect(stylish(toLintResults([dns!]), context)).toContain('\u2716 1 problem (1 error, 0 warnings)\n');
  });

  it('prints nothing for a clean run', () => {
    const [, , clean] = reports;
    expect(stylish(toLintResults([clean!]), { ...context, color: true })).toBe('');
    expect(stylish([], context)).toBe('');
  });
});
