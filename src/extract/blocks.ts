import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from '../../schemas/position.js';

/** The file position of a node; remark positions are already file positions (see split). */
export function nodePosition(node: { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }): Position | undefined {
  const { position } = node;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined;
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset },
  };
}

const nowhere: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
export const positionOrStart = (node: Parameters<typeof nodePosition>[0]): Position => nodePosition(node) ?? nowhere;


/** A paragraph whose only content is one bold span: authors use it as a sub-heading. */
export function isBoldOnlyParagraph(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]!.type === 'strong' && toString(meaningful[0]).trim() !== '';
}

/** Heading or bold-paragraph text without emphasis markers, white space collapsed. */
export const titleText = (node: RootContent): string => toString(node).replace(/\s+/g, ' ').trim();
