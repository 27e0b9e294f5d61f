import { describe, expect, it } from 'vitest';
import { validateResult } from '../../../src/lint/validate.js';
import { parseArticle } from '../../../src/process.js';
import { fileUnusedDisable } from '../../../src/rules/file/unused-disable.js';
import { linksAkaMs } from '../../../src/rules/links/aka-ms.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(fileUnusedDisable, {
  valid: [{ name: 'no directives', source: article('# Title\n\nPlain text.\n') }],
  invalid: [
    {
      name: 'disable-next-line that suppresses nothing',
      source: article('# Title\n\n<!-- selfhelp-disable-next-line links/aka-ms -->\nPlain text.\n'),
      errors: [{ messageIncludes: '`links/aka-ms`', line: 5, column: 1, endLine: 5, endColumn: 49 }],
      output: article('# Title\n\n\nPlain text.\n'),
    },
  ],
});

describe('inline directives', () => {
  const run = (body: string) =>
    validateResult(parseArticle(article(body)), { rules: [linksAkaMs, fileUnusedDisable] }).map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`);

  it('disable-next-line suppresses the named rule on the next line only', () => {
    expect(run('# T\n\n<!-- selfhelp-disable-next-line links/aka-ms -->\n[a](https://aka.ms/a) [b](https://aka.ms/b)\n\n[c](https://aka.ms/c)\n')).toEqual(['8 links/aka-ms']);
  });

  it('disable … enable covers the lines between', () => {
    expect(run('# T\n\n<!-- selfhelp-disable links/aka-ms -->\n\n[a](https://aka.ms/a)\n\n<!-- selfhelp-enable links/aka-ms -->\n\n[b](https://aka.ms/b)\n')).toEqual(['11 links/aka-ms']);
  });

  it('a directive for another rule does not suppress, and is itself reported', () => {
    expect(run('# T\n\n<!-- selfhelp-disable-next-line links/locale -->\n[a](https://aka.ms/a)\n')).toEqual(['5 file/unused-disable', '6 links/aka-ms']);
  });
});
