/**
 * Mark replacement tokens in the HTML: the comments `<!--$Name-->` … `<!--/$Name-->` around a default
 * become `<span data-token="Name">default</span>`, so a portal (or fillTokens) can put the customer's
 * value in place. Comments never survive sanitising, so without this step a token would be
 * indistinguishable from the text around it.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { TOKEN_CLOSE, TOKEN_NAME } from './token-syntax.js';

/** A rehype plugin; runs after rehype-raw (which turns raw comments into comment nodes). */
export function rehypeTokenSpans() {
  return (tree: Root): void => wrapTokens(tree);
}

function wrapTokens(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as ElementContent[];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const name = child.type === 'comment' ? TOKEN_NAME.exec(child.value.trim())?.[1] : undefined;
    const close = name === undefined ? -1 : closingIndex(children, index + 1, name);
    if (close === -1) continue;
    const span: Element = {
      type: 'element',
      tagName: 'span',
      properties: { dataToken: name },
      children: children.slice(index + 1, close),
    };
    children.splice(index, close - index + 1, span);
  }
  for (const child of children) wrapTokens(child);
}

function closingIndex(siblings: readonly ElementContent[], from: number, name: string): number {
  for (let index = from; index < siblings.length; index += 1) {
    const sibling = siblings[index]!;
    if (sibling.type === 'comment' && TOKEN_CLOSE.exec(sibling.value.trim())?.[1] === name) return index;
  }
  return -1;
}
