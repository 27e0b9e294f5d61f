import { describe, expect, it } from 'vitest';
import { scanTags } from '../../src/html/tags.js';

describe('scanTags', () => {
  it('reads names, attributes in any quoting, and offsets', () => {
    const html = `<a href='https://aka.ms/x' target=_blank ONCLICK="run()">x</a>`;
    const [open, close] = scanTags(html);
    expect(open).toMatchObject({ name: 'a', closing: false, start: 0 });
    expect(open!.attributes.map(({ name, value }) => [name, value])).toEqual([
      ['href', 'https://aka.ms/x'],
      ['target', '_blank'],
      ['onclick', 'run()'],
    ]);
    expect(html.slice(open!.attributes[0]!.start, open!.attributes[0]!.end)).toBe(`href='https://aka.ms/x'`);
    expect(close).toMatchObject({ name: 'a', closing: true });
  });

  it('skips comments and text that is not a tag', () => {
    expect(scanTags('<!--$Name-->a < b <br/>').map((tag) => tag.name)).toEqual(['br']);
  });

  it('survives an unclosed tag and an unclosed quote', () => {
    expect(scanTags('<img src="x <b>').map((tag) => tag.name)).toEqual(['img']);
    expect(scanTags('<div class=a <span>').map((tag) => tag.name)).toEqual(['div', 'span']);
  });
});
