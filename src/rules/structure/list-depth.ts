/**
 * The portal renders two levels of list nesting; every template says "only 2 levels of bullets are
 * supported". A third level is flattened or mis-indented, so the structure the author meant is lost.
 * 12 of 2,007 corpus files nest deeper (56 items).
 */
import type { List, ListItem, Nodes } from 'mdast';
import { defineRule } from '../rule.js';

const MAX_DEPTH = 2;

export const structureListDepth = defineRule({
  meta: {
    id: 'structure/list-depth',
    description: 'Disallow lists nested more than 2 levels deep',
    severity: 'warning',
    fixable: false,
    messages: {
      tooDeep: 'List item nested {depth} levels deep; the portal shows only 2 levels, so move it up a level',
    },
  },
  create(context) {
    // Depth of each list, set by the list that contains it (the walk visits outer lists first).
    const depths = new WeakMap<List, number>();
    return {
      list(node) {
        const depth = depths.get(node) ?? 1;
        for (const item of node.children) for (const child of item.children) markNestedLists(child, depth + 1, depths);
        if (depth !== MAX_DEPTH + 1) return; // deeper lists sit inside an item already reported
        for (const item of node.children) {
          if (item.position) context.report({ node: { position: itemHead(item) }, messageId: 'tooDeep', data: { depth } });
        }
      },
    };
  },
});

/** Give every list under `node` (not inside another list) the depth `depth`. Iterative: deep quotes cannot overflow. */
function markNestedLists(node: Nodes, depth: number, depths: WeakMap<List, number>): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'list') depths.set(current, depth);
    else if ('children' in current) for (const child of current.children) stack.push(child);
  }
}

/** From the bullet to the end of the item's first block, so the report does not span nested lists. */
function itemHead(item: ListItem): NonNullable<ListItem['position']> {
  const position = item.position!;
  const first = item.children[0]?.position;
  return { start: position.start, end: first && first.end.offset !== undefined ? first.end : position.end };
}
