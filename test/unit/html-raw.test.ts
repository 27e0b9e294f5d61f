import type { Html } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isHtmlElementName } from '../../src/html/elements.js';
import { commentsIn, rawHtmlOf } from '../../src/html/raw.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';

describe('rawHtmlOf', () => {
  it('returns the text as written, quote markers included, so offsets are file offsets', () => {
    const source = article('# Title\n\n> <div>\n> <span>Restart</span>\n> </div>');
    const { parsed } = parseArticle(source, { path: 'a.md' });
    const quote = parsed!.tree.children[1]!;
    const html = (quote as { children: Html[] }).children[0]!;
    const raw = rawHtmlOf(parsed!.file, html)!;
    expect(html.value).toBe('<div>\n<span>Restart</span>\n</div>');
    expect(raw.text).toBe('<div>\n> <span>Restart</span>\n> </div>');
    expect(source.slice(raw.start + raw.text.indexOf('<span>'), raw.start + raw.text.indexOf('<span>') + 6)).toBe('<span>');
  });

  it('is undefined for a node without a position', () => {
    expect(rawHtmlOf({ text: '<b>' }, { type: 'html', value: '<b>' })).toBeUndefined();
  });
});

describe('commentsIn', () => {
  it('finds every comment with trimmed bodies and file offsets', () => {
    const comments = commentsIn({ text: 'x <!-- $Name -->v<!--/$Name--> <!-- open', start: 100 });
    expect(comments).toEqual([
      { body: '$Name', start: 102, end: 116 },
      { body: '/$Name', start: 117, end: 130 },
    ]);
  });
});

describe('isHtmlElementName', () => {
  it('knows HTML elements in any case, not placeholders', () => {
    expect(['div', 'BR', 'Script', 'kbd'].map(isHtmlElementName)).toEqual([true, true, true, true]);
    expect(['tenantName', 'guid', 'storageaccount', 'insight'].map(isHtmlElementName)).toEqual([false, false, false, false]);
  });
});
