import type { Nodes, Root } from 'mdast';
import { refuse } from './refusal.js';

/**
 * micromark keeps line endings as written inside values (text, code, html, alt, title); markdown-it
 * turned them into LF. With CRLF everywhere every LF in a value was a CRLF, so put them back; a file
 * mixing endings (or spelling a line feed as a character reference) is refused.
 */
export function restoreCrlf(tree: Root, markdown: string): void {
  if (!usesCrlfOnly(markdown)) refuse('mixed line endings');
  if (/&#(?:0*10|x0*a);|&NewLine;/i.test(markdown)) refuse('line feed written as a character reference');
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('value' in node && node.value.includes('\n')) node.value = node.value.replaceAll('\n', '\r\n');
    if ('alt' in node && node.alt?.includes('\n')) node.alt = node.alt.replaceAll('\n', '\r\n');
    if ('title' in node && node.title?.includes('\n')) node.title = node.title.replaceAll('\n', '\r\n');
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

function usesCrlfOnly(markdown: string): boolean {
  for (let index = markdown.indexOf('\r'); index !== -1; index = markdown.indexOf('\r', index + 1)) {
    if (markdown.charCodeAt(index + 1) !== 10) return false;
  }
  let lineFeeds = 0;
  for (let index = markdown.indexOf('\n'); index !== -1; index = markdown.indexOf('\n', index + 1)) {
    if (markdown.charCodeAt(index - 1) !== 13) return false;
    lineFeeds++;
  }
  return lineFeeds > 0;
}
