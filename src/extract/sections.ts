import type { RootContent } from 'mdast';
import type { Section } from '../../schemas/article.js';
import { isBoldOnlyParagraph, positionOrStart, titleText } from './blocks.js';
import type { Renderer } from './renderer.js';

/** A section with the mdast nodes of its blocks, for extraction steps that need the tree. */
export interface SectionNode {
  section: Section;
  /** The heading or bold paragraph that opened the section (none for the document). */
  titleNode?: RootContent;
  nodes: RootContent[];
  children: SectionNode[];
  parent?: SectionNode;
}

/**
 * Build the heading tree. A bold-only paragraph opens a section one level below the enclosing heading.
 * Every top-level block lands in exactly one section, so the export loses nothing the author wrote.
 */
export function buildSections(children: readonly RootContent[], render: Renderer): SectionNode[] {
  const root = makeNode({ title: '', depth: 0, kind: 'document', position: positionOrStart(children[0] ?? {}) });
  const stack: SectionNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const node of children) {
    if (node.type === 'heading') {
      while (stack.length > 1 && top().section.depth >= node.depth) stack.pop();
      open(makeNode({ title: titleText(node), depth: node.depth, kind: 'heading', position: positionOrStart(node) }, node));
    } else if (isBoldOnlyParagraph(node)) {
      while (stack.length > 1 && top().section.kind === 'bold-paragraph') stack.pop();
      const depth = Math.min(top().section.depth + 1, 7);
      open(makeNode({ title: titleText(node), depth, kind: 'bold-paragraph', position: positionOrStart(node) }, node));
    } else {
      top().section.blocks.push(render.block(node));
      top().nodes.push(node);
    }
  }
  return root.nodes.length > 0 ? [root, ...root.children] : root.children;

  function open(node: SectionNode): void {
    const parent = top();
    node.parent = parent;
    parent.children.push(node);
    parent.section.sections.push(node.section);
    stack.push(node);
  }
}

function makeNode(head: Pick<Section, 'title' | 'depth' | 'kind' | 'position'>, titleNode?: RootContent): SectionNode {
  return { section: { ...head, blocks: [], sections: [] }, nodes: [], children: [], ...(titleNode ? { titleNode } : {}) };
}

/** Depth-first, document order. */
export function* walkSections(nodes: readonly SectionNode[]): Generator<SectionNode> {
  for (const node of nodes) {
    yield node;
    yield* walkSections(node.children);
  }
}
