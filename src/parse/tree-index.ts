import type { Nodes, Parent, Root } from 'mdast';

/**
 * Every node of a tree in document order, with its parent and its index there: built in the one walk
 * that also checks depth, then read by extraction (links, definitions, comments) and by the rules'
 * dispatcher, so no stage walks the tree again.
 */
export interface TreeIndex {
  /** Pre-order: a node comes before its children, siblings in order. `nodes[0]` is the root. */
  readonly nodes: readonly Nodes[];
  /** `parents[i]` holds `nodes[i]` at `positions[i]`; the root has neither. */
  readonly parents: ReadonlyArray<Parent | undefined>;
  readonly positions: readonly number[];
}

/** A node deeper than the limit: the caller reports it (at `node`) instead of walking further. */
export interface TooDeep {
  node: Nodes;
}

/** Index the tree without recursion (thousands of nested quotes cannot overflow the stack). */
export function indexTree(tree: Root, maxDepth: number): TreeIndex | TooDeep {
  const nodes: Nodes[] = [];
  const parents: Array<Parent | undefined> = [];
  const positions: number[] = [];
  const stack: Array<{ node: Nodes; parent: Parent | undefined; position: number; depth: number }> = [
    { node: tree, parent: undefined, position: -1, depth: 0 },
  ];
  while (stack.length > 0) {
    const { node, parent, position, depth } = stack.pop()!;
    if (depth > maxDepth) return { node };
    nodes.push(node);
    parents.push(parent);
    positions.push(position);
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        stack.push({ node: node.children[index]!, parent: node, position: index, depth: depth + 1 });
      }
    }
  }
  return { nodes, parents, positions };
}

/** The nodes of one type, in document order. */
export function nodesOfType<T extends Nodes['type']>(index: TreeIndex, type: T): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = [];
  for (const node of index.nodes) if (node.type === type) found.push(node as Extract<Nodes, { type: T }>);
  return found;
}
