import type { Nodes, Root } from 'mdast';
import type { Lines } from './lines.js';
import { refuse } from './refusal.js';

/**
 * micromark keeps line endings as written inside values (text, code, html, alt, title); markdown-it
 * turned them into LF. With CRLF everywhere every LF in a value was a CRLF. With mixed endings each
 * LF is matched to the source line it ends: a value's n-th line ending ends the n-th line of its node
 * (a fenced code value starts one line below its fence). A line feed spelled as a character reference
 * is refused, as is a multi-line title when endings are mixed (its lines are not the node's first).
 */
export function restoreLineEndings(tree: Root, markdown: string, lines: Lines): void {
  if (/&#(?:0*10|x0*a);|&NewLine;/i.test(markdown)) refuse('line feed written as a character reference');
  const restore = usesCrlfOnly(markdown) ? (value: string) => value.replaceAll('\n', '\r\n') : undefined;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('value' in node && node.value.includes('\n')) node.value = restore?.(node.value) ?? asWritten(node.value, firstValueLine(node, markdown), lines);
    if ('alt' in node && node.alt?.includes('\n')) node.alt = restore?.(node.alt) ?? asWritten(node.alt, node.position!.start.line - 1, lines);
    if ('title' in node && node.title?.includes('\n')) node.title = restore?.(node.title) ?? refuse('multi-line title with mixed line endings');
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/** The 0-based source line whose ending is a value's first line ending. */
function firstValueLine(node: Nodes, markdown: string): number {
  const start = node.position!.start;
  const code = markdown.charCodeAt(start.offset!);
  const fenced = node.type === 'code' && (code === 96 || code === 126);
  return start.line - (fenced ? 0 : 1);
}

function asWritten(value: string, firstLine: number, lines: Lines): string {
  let result = '';
  let from = 0;
  let line = firstLine;
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', from)) {
    result += value.slice(from, index) + lines.originalEnding(line++);
    from = index + 1;
  }
  return result + value.slice(from);
}

function usesCrlfOnly(markdown: string): boolean {
  for (let index = markdown.indexOf('\r'); index !== -1; index = markdown.indexOf('\r', index + 1)) {
    if (markdown.charCodeAt(index + 1) !== 10) return false;
  }
  for (let index = markdown.indexOf('\n'); index !== -1; index = markdown.indexOf('\n', index + 1)) {
    if (markdown.charCodeAt(index - 1) !== 13) return false;
  }
  return true;
}
