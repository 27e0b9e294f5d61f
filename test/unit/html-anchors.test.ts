import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { anchorHrefs, decodeCharacterReferences } from '../../src/parse/html-anchors.js';
import { sourceFromText } from '../../src/source.js';

function anchorsOf(markdown: string, withSource = true) {
  const source = sourceFromText(markdown);
  const nodes: Html[] = [];
  visit(parseMarkdown(markdown), 'html', (node) => {
    nodes.push(node);
  });
  return nodes.flatMap((node) => anchorHrefs(node, withSource ? source : undefined));
}

const start = (anchor: { position: { start: { line: number; column: number } } }) => [anchor.position.start.line, anchor.position.start.column];

describe('anchorHrefs', () => {
  it('reads href, text and the place of the value in a block of HTML', () => {
    const [anchor, ...rest] = anchorsOf('Intro line\n\n<div>\nSee <a title="x" href="https://learn.microsoft.com/azure/">the <b>Azure</b> docs</a>.\n</div>\n');
    expect(rest).toEqual([]);
    expect(anchor).toMatchObject({ url: 'https://learn.microsoft.com/azure/', text: 'the Azure docs', hasImage: false });
    expect(start(anchor!)).toEqual([4, 24]);
    expect(anchor!.written).toEqual({ text: 'https://learn.microsoft.com/azure/', start: 'Intro line\n\n<div>\nSee <a title="x" href="'.length });
  });

  it('places values on later lines of HTML nested in a list, whose indentation the node leaves out', () => {
    const markdown = '- Step one\n\n  <div>\n  <a href=\'https://status.azure.com/\'>Azure status</a>\n  </div>\n';
    const [anchor] = anchorsOf(markdown);
    expect(start(anchor!)).toEqual([4, 12]);
    expect(markdown.slice(anchor!.position.start.offset, anchor!.position.end.offset)).toBe('https://status.azure.com/');
  });

  it('without the source file, counts lines within the node (exact outside lists and quotes)', () => {
    const [anchor] = anchorsOf('<p>\n<a href="https://azure.microsoft.com/">Azure</a>\n</p>\n', false);
    expect(start(anchor!)).toEqual([2, 10]);
  });

  it('decodes character references in the href as browsers do', () => {
    const [anchor] = anchorsOf('<a href="&#106;ava&#x09;script&colon;void(0)">Run</a>\n');
    expect(anchor!.url).toBe('java\tscript:void(0)');
    expect(anchor!.written.text).toBe('&#106;ava&#x09;script&colon;void(0)');
  });

  it('leaves text undefined when the closing tag is in later markdown (inline HTML)', () => {
    const anchors = anchorsOf('Read <a href="https://learn.microsoft.com/">the docs</a> first.\n');
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ url: 'https://learn.microsoft.com/', text: undefined });
    expect(start(anchors[0]!)).toEqual([1, 15]);
  });

  it('notices images, and skips anchors without href and comments', () => {
    const anchors = anchorsOf('<div>\n<a name="top"></a><!-- <a href="https://x.example/"> -->\n<a href="https://portal.azure.com/"><img src="logo.png" alt=""></a>\n</div>\n');
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ url: 'https://portal.azure.com/', text: '', hasImage: true });
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes numeric references with or without a semicolon, and the named ones URLs use', () => {
    expect(decodeCharacterReferences('a&amp;b&#47;c&#x2F;d&#58e&sol;')).toBe('a&b/c/d:e/');
  });
  it('keeps unknown names and turns invalid code points into U+FFFD', () => {
    expect(decodeCharacterReferences('&unknown; &#0; &#xD800;')).toBe('&unknown; \ufffd \ufffd');
  });
});
