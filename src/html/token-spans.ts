/**
 * Mark replacement tokens in the HTML: the comments `<!--$Name-->` … `<!--/$Name-->` around a default
 * become `<span data-token="Name">default</span>`, so a portal (or fillTokens) can put the customer's
 * value in place. Comments never survive sanitising, so without this step a token would be
 * indistinguishable from the text around it.
 */
import type { ElementContent, Nodes } from 'hast';
import { TOKEN_CLOSE, TOKEN_NAME } from './token-syntax.js';

/** Wrap each token's nodes in its span; runs once raw HTML is parsed (its comments are comment nodes). */
export function wrapTokenSpans(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as ElementContent[];
  const closes = closingIndexes(children);
  const wrapped: ElementContent[] = [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const close = closes[index];
    if (close === undefined) {
      wrapped.push(child);
      continue;
    }
    const name = tokenName(child, TOKEN_NAME)!;
    wrapped.push({ type: 'element', tagName: 'span', properties: { dataToken: name }, children: children.slice(index + 1, close) });
    index = close;
  }
  (node as { children: ElementContent[] }).children = wrapped;
  for (const child of wrapped) wrapTokenSpans(child);
}

const tokenName = (node: ElementContent, pattern: RegExp): string | undefined =>
  node.type === 'comment' ? pattern.exec(node.value.trim())?.[1] : undefined;

/**
 * For each opening comment, the index of the next closing comment of the same name among its siblings.
 * One pass from the right, so a paragraph of thousands of unclosed openings stays linear.
 */
function closingIndexes(siblings: readonly ElementContent[]): Array<number | undefined> {
  const next = new Map<string, number>();
  const closes: Array<number | undefined> = [];
  for (let index = siblings.length - 1; index >= 0; index -= 1) {
    const sibling = siblings[index]!;
    const closing = tokenName(sibling, TOKEN_CLOSE);
    if (closing !== undefined) next.set(closing, index);
    const opening = tokenName(sibling, TOKEN_NAME);
    if (opening !== undefined) closes[index] = next.get(opening);
  }
  return closes;
}
