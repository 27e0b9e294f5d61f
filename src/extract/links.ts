import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Link } from '../../schemas/article.js';
import { plainText } from '../html/render.js';
import { classifyLink, fragmentOf } from '../links/classify.js';
import { positionOrStart } from './blocks.js';

/** Every link in document order: inline links and reference links resolved through their definitions. */
export function collectLinks(tree: Root | Nodes, definitions = collectDefinitions(tree)): Link[] {
  const links: Link[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') links.push(makeLink(node.url, plainText(node.children), node));
    if (node.type === 'linkReference') {
      const definition = definitions.get(normalizeLabel(node.identifier));
      if (definition) links.push(makeLink(definition.url, plainText(node.children), node));
    }
  });
  return links;
}

export function collectDefinitions(tree: Root | Nodes): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    const label = normalizeLabel(node.identifier);
    if (!definitions.has(label)) definitions.set(label, node);
  });
  return definitions;
}

const normalizeLabel = (label: string): string => label.toLowerCase();

function makeLink(href: string, text: string, node: Nodes): Link {
  const fragment = fragmentOf(href);
  return { kind: classifyLink(href), text, href, ...(fragment === undefined ? {} : { fragment }), position: positionOrStart(node) };
}
