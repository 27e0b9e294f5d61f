import { describe, expect, it } from 'vitest';
import type { Section } from '../../schemas/article.js';
import { fillTokens } from '../../src/index.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';

const body = [
  '# We found a problem with your database',
  '',
  '<!--issueDescription-->',
  '<!--$EventStatus-->Active<!--/$EventStatus-->: at <!--$StartTime-->start time<!--/$StartTime--> UTC the database **<!--$DatabaseName-->your database<!--/$DatabaseName-->** on server <!--$ServerName-->`server`<!--/$ServerName--> stopped accepting connections.',
  '<!--/issueDescription-->',
  '',
  '## **Recommended Steps**',
  '',
  '* Restart <!--$AppName-->the app<!--/$AppName--> after <!--$Unclosed-->the failover',
  '',
].join('\n');

const blocksOf = (sections: readonly Section[]): Section['blocks'] => sections.flatMap((section) => [...section.blocks, ...blocksOf(section.sections)]);

describe('replacement tokens in the HTML', () => {
  const { article: model } = parseArticle(article(body), { path: 'articles/sql/unavailable.md' });
  const html = blocksOf(model!.sections).map((block) => block.html);

  it('mark each token default with its name, including a token that starts a line', () => {
    expect(model!.issueDescription!.html).toBe(
      '<p><span data-token="EventStatus">Active</span>: at <span data-token="StartTime">start time</span> UTC the database ' +
        '<strong><span data-token="DatabaseName">your database</span></strong> on server ' +
        '<span data-token="ServerName"><code>server</code></span> stopped accepting connections.</p>',
    );
    expect(html).toContain('<ul>\n<li>Restart <span data-token="AppName">the app</span> after the failover</li>\n</ul>');
  });

  it('keep the plain text readable without markers', () => {
    expect(model!.issueDescription!.text).toBe('Active: at start time UTC the database your database on server server stopped accepting connections.');
  });
});

describe('fillTokens', () => {
  const marked = '<p>Server <span data-token="ServerName">your server</span> in <span data-token="Region">region</span></p>';

  it('puts values in place of defaults, escaped as text', () => {
    expect(fillTokens(marked, { ServerName: 'sql-prod-01' })).toBe(
      '<p>Server <span data-token="ServerName">sql-prod-01</span> in <span data-token="Region">region</span></p>',
    );
    expect(fillTokens(marked, { ServerName: '<img src=x onerror="alert(1)">', Region: 'West & "East"' })).toBe(
      '<p>Server <span data-token="ServerName">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span> in ' +
        '<span data-token="Region">West &amp; &quot;East&quot;</span></p>',
    );
  });

  it('can fill a page again, and takes numbers and booleans', () => {
    const once = fillTokens(marked, { ServerName: 'a', Region: 3 });
    expect(fillTokens(once, { ServerName: 'b', Region: true })).toBe(
      '<p>Server <span data-token="ServerName">b</span> in <span data-token="Region">true</span></p>',
    );
  });

  it('replaces a default holding markup or other tokens as a whole', () => {
    const nested = '<p><span data-token="Outer">a <span data-token="Inner">b</span> <strong>c</strong></span> d</p>';
    expect(fillTokens(nested, { Outer: 'X' })).toBe('<p><span data-token="Outer">X</span> d</p>');
    expect(fillTokens(nested, { Inner: 'Y' })).toBe('<p><span data-token="Outer">a <span data-token="Inner">Y</span> <strong>c</strong></span> d</p>');
    expect(fillTokens(nested, { Outer: 'X', Inner: 'Y' })).toBe('<p><span data-token="Outer">X</span> d</p>');
  });

  it('ignores names it is not given and values named like Object members', () => {
    expect(fillTokens(marked, {})).toBe(marked);
    expect(fillTokens('<span data-token="constructor">c</span>', {})).toBe('<span data-token="constructor">c</span>');
  });

  it('fills every html field of an article and leaves the input untouched', () => {
    const { article: model } = parseArticle(article(body), { path: 'articles/sql/unavailable.md' });
    const filled = fillTokens(model!, { DatabaseName: 'orders', AppName: '<b>shop</b>' });
    expect(filled.issueDescription!.html).toContain('<span data-token="DatabaseName">orders</span>');
    expect(JSON.stringify(filled)).toContain('<span data-token=\\"AppName\\">&lt;b&gt;shop&lt;/b&gt;</span>');
    expect(model!.issueDescription!.html).toContain('your database');
    expect(filled.tokens).toEqual(model!.tokens);
  });
});
