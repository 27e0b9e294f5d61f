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
  const html = options.html ? createHtmlRenderer(documentNodes) : () => '';
  return {
    rich: (nodes) => ({ text: plainText(nodes), html: html(nodes) }),
    block(node) {
      const known = blocks.get(node);
      if (known) return known;
      const position = positionOrStart(node);
      const block: Block = {
        type: node.type,
        text: plainText([node]),
        html: html([node]),
        markdown: file.text.slice(position.start.offset, position.end.offset),
        position,
      };
      blocks.set(node, block);
      return block;
    },
  };
}
