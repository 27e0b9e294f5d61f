import { describe, expect, it } from 'vitest';
import type { Section } from '../../schemas/article.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { renderHtml, sanitizeHtml } from '../../src/html/render.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';

const html = (markdown: string) => renderHtml(parseMarkdown(markdown).children);

describe('raw HTML in markdown', () => {
  it('maps the formatting tags authors use to the same safe tags', () => {
    expect(html('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, then run <code>az login</code>.<BR>Done')).toBe(
      '<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, then run <code>az login</code>.<br>Done</p>',
    );
    expect(html('H<sub>2</sub>O at 10<sup>3</sup> <i>litres</i>, <em>really</em> <strong>cold</strong> <b>water</b>')).toBe(
      '<p>H<sub>2</sub>O at 10<sup>3</sup> <i>litres</i>, <em>really</em> <strong>cold</strong> <b>water</b></p>',
    );
    expect(html("See <a href='https://learn.microsoft.com/azure/storage/' target='_blank' title='Docs'>the docs</a>")).toBe(
      '<p>See <a href="https://learn.microsoft.com/azure/storage/" title="Docs">the docs</a></p>',
    );
  });

  it('unwraps tags portals do not render and keeps their text', () => {
    expect(html('<div align="center">Centered <font color="red">warning</font></div>')).toBe('Centered warning');
    expect(html('Replace <resourceGroupName> with your group')).toBe('<p>Replace  with your group</p>');
  });

  it('sanitises HTML strings written outside markdown the same way', () => {
    expect(sanitizeHtml("<b>Most requests</b> resolve with <a href='https://learn.microsoft.com/azure/' onclick='x()'>these</a><script>x()</script>")).toBe(
      '<b>Most requests</b> resolve with <a href="https://learn.microsoft.com/azure/">these</a>',
    );
  });
});

describe('export/raw-html warnings', () => {
  const body = [
    '# Backup fails',
    '',
    'Replace <resourceGroupName> with your group.',
    '',
    '<div style="color:red">Stop the job first</div>',
    '',
    '- Run <span title="PowerShell">Stop-Job</span>, see <a name="stop"></a>below<br>',
    '  then <b onclick="go()">wait</b>',
    '',
    'Web results:',
    '<azureKB>',
    '  <client>portal</client>',
    '</azureKB>',
    '',
  ].join('\n');
  const { diagnostics } = JSON.parse([...exportLibrary([parseArticle(article(body), { path: 'a.md' })]).files].find(([file]) => file.startsWith('articles/'))![1]);
  const warnings = diagnostics.map((diagnostic: { message: string; line: number; column: number }) => [diagnostic.line, diagnostic.column, diagnostic.message]);

  it('name each dropped tag or attribute where it is written, and stay silent for mapped tags and Apollo widgets', () => {
    expect(warnings).toEqual([
      [5, 9, 'Raw HTML tag `<resourceGroupName>` is left out of the export (its text is kept); use markdown or backticks'],
      [7, 1, 'Raw HTML tag `<div>` is left out of the export (its text is kept); use markdown or backticks'],
      [9, 53, 'Attribute `name` on `<a>` is removed from the export; portals do not use it'],
      [10, 8, 'Event handler `onclick` on `<b>` is removed from the export; portals never run scripts'],
    ]);
  });
});

describe('raw HTML past the nesting limit', () => {
  const body = `# Deep markup\n\nBefore the wall.\n\nStart ${'<b>'.repeat(5000)}inside${'</b>'.repeat(5000)} end.\n\n<font>one</font> and <font>two</font>\n`;
  const result = parseArticle(article(body), { path: 'deep.md' });
  const exported = JSON.parse([...exportLibrary([result]).files].find(([file]) => file.startsWith('articles/'))![1]);

  it('is left out instead of overflowing the parser, and the article is still exported', () => {
    const blocks = (sections: Section[]): Section['blocks'] => sections.flatMap((section) => [...section.blocks, ...blocks(section.sections)]);
    const html = blocks(exported.sections).map((block) => block.html);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal/error')).toEqual([]);
    expect(html).toContain('<p>Start inside end.</p>');
    expect(sanitizeHtml(`${'<i>'.repeat(500)}x`)).toBe('');
  });

  it('is reported once, and a repeated problem once per file', () => {
    expect(exported.diagnostics.map((diagnostic: { line: number; message: string }) => [diagnostic.line, diagnostic.message])).toEqual([
      [7, 'Raw HTML nested more than 100 levels deep is left out of the export; simplify it'],
      [9, 'Raw HTML tag `<font>` is left out of the export (its text is kept); use markdown or backticks'],
    ]);
  });
});

