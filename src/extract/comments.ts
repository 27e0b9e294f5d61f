import { nodesOfType, type TreeIndex } from '../parse/tree-index.js';

/** An HTML comment found in the markdown, with its file offsets. */
export interface Comment {
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
  start: number;
  end: number;
}

/**
 * Every HTML comment in the tree's html nodes (block and inline), in document order. Comments inside code
 * are code, not markers, so they are never seen here. Offsets come from the nodes (file positions).
 */
export function collectComments(tree: TreeIndex): Comment[] {
  const comments: Comment[] = [];
  for (const node of nodesOfType(tree, 'html')) {
    const base = node.position?.start.offset;
    if (base === undefined) continue;
    const { value } = node;
    for (let open = value.indexOf('<!--'); open !== -1; ) {
      const close = value.indexOf('-->', open + 4);
      if (close === -1) break;
      comments.push({ body: value.slice(open + 4, close).trim(), start: base + open, end: base + close + 3 });
      open = value.indexOf('<!--', close + 3);
    }
  }
  return comments;
}
