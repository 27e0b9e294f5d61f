import type { Nodes, RootContent } from 'mdast';
import type { Block, RichText } from '../../schemas/article.js';
import { plainText } from '../html/plain-text.js';
import { createHtmlRenderer } from '../html/render.js';
import type { SourceFile } from '../source.js';
import { positionOrStart } from './blocks.js';

/**
 * Rich text and blocks for one extraction. Rendering HTML is most of extraction's cost and validation
 * never reads it, so a text-only renderer leaves `html` empty. Blocks are memoised per node: the
 * Recommended Steps region shows the same blocks as the sections, rendered once.
 */
export interface Renderer {
  rich(nodes: readonly Nodes[]): RichText;
  block(node: RootContent): Block;
}

/** `documentNodes`: every node of the document (its tree index), where link definitions are found. */
export function createRenderer(file: SourceFile, documentNodes: readonly Nodes[], options: { html: boolean }): Renderer {
  const blocks = new WeakMap<RootContent, Block>();
  // One node's rich text is the same whether asked for as rich text (the summary is the first
  // paragraph) or as a block of its section: rendered once.
  const singles = new WeakMap<Nodes, RichText>();
  const html = options.html ? createHtmlRenderer(documentNodes) : () => '';
  const rich = (nodes: readonly Nodes[]): RichText => {
    if (nodes.length !== 1) return { text: plainText(nodes), html: html(nodes) };
    const node = nodes[0]!;
    let known = singles.get(node);
    if (!known) singles.set(node, (known = { text: plainText(nodes), html: html(nodes) }));
    return { ...known };
  };
  return {
    rich,
    block(node) {
      const known = blocks.get(node);
      if (known) return known;
      const position = positionOrStart(node);
      const block: Block = { type: node.type, ...rich([node]), markdown: file.text.slice(position.start.offset, position.end.offset), position };
      blocks.set(node, block);
      return block;
    },
  };
}
