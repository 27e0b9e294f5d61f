import type { Html } from 'mdast';
import type { Comment } from '../extract/comments.js';
import type { SourceFile } from '../source.js';

/** Raw HTML exactly as written in the file, with the file offset it starts at. */
export interface RawHtml {
  text: string;
  start: number;
}

/**
 * The source text of an `html` node. Inside a quote or list, `node.value` drops the `> ` and indent of
 * continuation lines, so offsets into it drift from the file; offsets into this text do not.
 * Undefined when the node has no position (generated nodes).
 */
export function rawHtmlOf(file: Pick<SourceFile, 'text'>, node: Html): RawHtml | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return { text: file.text.slice(start, end), start };
}

/** The `<!-- … -->` comments in one piece of raw HTML, in order, with file offsets. */
export function commentsIn(raw: RawHtml): Comment[] {
  const comments: Comment[] = [];
  for (let open = raw.text.indexOf('<!--'); open !== -1; ) {
    const close = raw.text.indexOf('-->', open + 4);
    if (close === -1) break;
    comments.push({ body: raw.text.slice(open + 4, close).trim(), start: raw.start + open, end: raw.start + close + 3 });
    open = raw.text.indexOf('<!--', close + 3);
  }
  return comments;
}
