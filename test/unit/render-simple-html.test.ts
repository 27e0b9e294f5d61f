import fc from 'fast-check';
import type { Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderHtml, simpleHtmlNodes } from '../../src/html/render.js';

/** What parse5 (through hast-util-raw, as the renderer uses it) makes of a value inside a paragraph. */
function parsedByParse5(value: string): RootContent[] {
  const tree = raw({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'raw', value }] }] }) as Root;
  const paragraph = tree.children[0] as { children: RootContent[] };
  return JSON.parse(JSON.stringify(paragraph.children, (key, inner: unknown) => (key === 'position' ? undefined : inner))) as RootContent[];
}

/** Adjacent text nodes merged, as a parser emits them. */
function mergedText(nodes: readonly RootContent[]): RootContent[] {
  const merged: RootContent[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}

describe('simpleHtmlNodes (the renderer skips the HTML parser for comments and line breaks)', () => {
  it('builds comments, breaks and white space as parse5 does', () => {
    for (const value of ['<!--$Name-->', '<!-- a -- b -->', '<!-- x --->', '<!---->', '<br>', '<BR/>', '<br />', ' <br>\n<!--/$Name-->  ']) {
      expect(mergedText(simpleHtmlNodes(value)!), value).toEqual(parsedByParse5(value));
    }
  });

  it('leaves everything else to the parser', () => {
    for (const value of ['<!-->', '<!--->', '<!-- a --!>', '<!-- open', '<br class="x">', '</br>', '<b>', 'text<br>', '<br', '<!-- a --> b']) {
      expect(simpleHtmlNodes(value), value).toBeUndefined();
    }
  });

  it('agrees with parse5 on every value it accepts (property, fixed seed)', () => {
    const piece = fc.constantFrom('<!--', '-->', '--!>', '<br', '<BR', '>', '/>', ' ', '\n', '-', '!', 'x', '<', '$T');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const value = pieces.join('');
        const nodes = simpleHtmlNodes(value);
        if (nodes !== undefined) expect(mergedText(nodes)).toEqual(parsedByParse5(value));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  it('renders a token between comments and a break the same with or without the parser', () => {
    const paragraph = (values: string[]): Paragraph => ({
      type: 'paragraph',
      children: [{ type: 'html', value: values[0]! }, { type: 'text', value: 'contoso' }, { type: 'html', value: values[1]! }, { type: 'text', value: ' and' }, { type: 'html', value: values[2]! }],
    });
    // `<b></b>` forces the parser for the whole block; it renders to nothing itself.
    const viaParser = renderHtml([paragraph(['<!--$Account-->', '<!--/$Account--><b></b>', '<br/>'])]);
    expect(renderHtml([paragraph(['<!--$Account-->', '<!--/$Account-->', '<br/>'])])).toBe(viaParser.replace('<b></b>', ''));
    expect(viaParser).toBe('<p><span data-token="Account">contoso</span><b></b> and<br></p>');
  });
});
