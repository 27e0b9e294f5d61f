import type { Definition, Html, Nodes, Parent } from 'mdast';
import type { Link } from '../../schemas/article.js';
import type { Position } from '../../schemas/position.js';
import { plainText } from '../html/plain-text.js';
import { fragmentOf } from '../links/classify.js';
import { linkFacts } from '../links/facts.js';
import { anchorHrefs } from '../parse/html-anchors.js';
import { nodesOfType, type TreeIndex } from '../parse/tree-index.js';
import { positionOrStart } from './blocks.js';

/**
 * Every link in document order: inline links, reference links resolved through their definitions, and
 * raw `<a href>` anchors (107 corpus anchors; the portal renders them like markdown links).
 */
export function collectLinks(tree: TreeIndex, definitions = collectDefinitions(tree)): Link[] {
  const links: Link[] = [];
  tree.nodes.forEach((node, at) => {
    const parent = tree.parents[at];
    const index = tree.positions[at];
    if (node.type === 'link') links.push(makeLink(node.url, plainText(node.children), positionOrStart(node)));
    if (node.type === 'linkReference') {
      const definition = definitions.get(normalizeLabel(node.identifier));
      if (definition) links.push(makeLink(definition.url, plainText(node.children), positionOrStart(node)));
    }
    if (node.type === 'html') {
      for (const anchor of anchorHrefs(node)) {
        const text = anchor.text ?? (parent && index !== undefined ? textUntilClose(parent, index) : '');
        links.push(makeLink(anchor.url, text, anchor.position));
      }
    }
  });
  return links;
}

export function collectDefinitions(tree: TreeIndex): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const node of nodesOfType(tree, 'definition')) {
    const label = normalizeLabel(node.identifier);
    if (!definitions.has(label)) definitions.set(label, node);
  }
  return definitions;
}

/** The links that lie inside the given nodes (blocks of one part of the article), in document order. */
export function linksWithin(links: readonly Link[], nodes: readonly Nodes[]): Link[] {
  const ranges = nodes.flatMap((node) => (node.position ? [[node.position.start.offset ?? 0, node.position.end.offset ?? 0] as const] : []));
  return links.filter(({ position }) => ranges.some(([start, end]) => position.start.offset >= start && position.end.offset <= end));
}

const normalizeLabel = (label: string): string => label.toLowerCase();

/**
 * An inline `<a href>` whose text is markdown: the siblings after it up to the html node holding `</a>`
 * or the next `<a` (which ends it, as in a browser), so each sibling is read for one anchor at most.
 */
function textUntilClose(parent: Parent, index: number): string {
  const siblings: Nodes[] = [];
  for (let next = index + 1; next < parent.children.length; next += 1) {
    const sibling = parent.children[next]!;
    if (sibling.type === 'html') {
      const value = (sibling as Html).value.toLowerCase();
      if (value.includes('</a') || value.includes('<a')) break;
      continue;
    }
    siblings.push(sibling as Nodes);
  }
  return plainText(siblings).replace(/\s+/g, ' ');
}

function makeLink(href: string, text: string, position: Position): Link {
  const fragment = fragmentOf(href);
  const { kind, ...facts } = linkFacts(href);
  return { kind, text, href, ...(fragment === undefined ? {} : { fragment }), ...facts, position };
}
