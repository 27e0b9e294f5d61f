import type { List, ListItem, RootContent } from 'mdast';
import type { Link, Symptom } from '../../schemas/article.js';
import { plainText } from '../html/plain-text.js';
import type { Renderer } from './renderer.js';
import { positionOrStart } from './blocks.js';
import { linksWithin } from './links.js';
import { walkSections, type SectionNode } from './sections.js';
import { isDocumentsTitle, isStandardTitle, isStepsTitle } from './standard-sections.js';

/** A sentence or title that announces a list of causes: "Common root causes include:", "This can happen if:". */
const CAUSES_INTRO = /\b(?:causes?|reasons?|can happen|could happen|may happen|might happen|happens (?:if|when)|occurs? (?:if|when)|due to)\b/i;
/** A sentence that sends the reader to the steps that fix the symptom. */
const STEP_SENTENCE = /\b(?:troubleshoot|resolve|follow the steps|steps described|to fix|mitigate)/i;

interface Owner {
  section: SectionNode;
  /** Runs of consecutive blocks that belong to the symptom (its own, and those of its Recommended Steps). */
  runs: Array<{ title: string; nodes: RootContent[] }>;
}

/**
 * A symptom is a titled section (heading or bold-only paragraph, other than the standard ones) with a
 * list of causes or a sentence linking to steps. Causes written straight under Recommended Steps belong
 * to the enclosing section: for a single-symptom article that is the H1, whose title states the symptom.
 */
export function extractSymptoms(sections: readonly SectionNode[], links: readonly Link[], render: Renderer): Symptom[] {
  const owners = new Map<SectionNode, Owner>();
  for (const node of walkSections(sections)) {
    const owner = ownerOf(node);
    if (!owner || node.nodes.length === 0) continue;
    const entry = owners.get(owner) ?? { section: owner, runs: [] };
    entry.runs.push({ title: node.section.title, nodes: node.nodes });
    owners.set(owner, entry);
  }
  const symptoms: Symptom[] = [];
  for (const owner of owners.values()) {
    const symptom = toSymptom(owner, links, render);
    if (symptom) symptoms.push(symptom);
  }
  return symptoms.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

function ownerOf(node: SectionNode): SectionNode | undefined {
  const { title, kind } = node.section;
  if (kind === 'document') return undefined;
  if (isDocumentsTitle(title)) return undefined;
  if (isStepsTitle(title)) return node.parent ? ownerOf(node.parent) : undefined;
  return node;
}

/** `links`: every link of the article, from extraction's one walk; the symptom keeps those in its blocks. */
function toSymptom(owner: Owner, links: readonly Link[], render: Renderer): Symptom | undefined {
  const causeLists: List[] = [];
  const otherNodes: RootContent[] = [];
  for (const run of owner.runs) {
    run.nodes.forEach((node, index) => {
      const intro = index === 0 ? run.title : plainText([run.nodes[index - 1]!]);
      if (node.type === 'list' && CAUSES_INTRO.test(intro)) causeLists.push(node);
      else otherNodes.push(node);
    });
  }
  const { section } = owner.section;
  const isDocumentTitle = section.kind === 'heading' && section.depth === 1;
  const stepsLinked = otherNodes.some((node) => STEP_SENTENCE.test(plainText([node])) && linksWithin(links, [node]).length > 0);
  if (causeLists.length === 0 && (isDocumentTitle || !stepsLinked || isStandardTitle(section.title))) return undefined;
  return {
    title: section.title,
    causes: causeLists.flatMap((list) => list.children.map((item) => toCause(item, render))),
    steps: linksWithin(links, otherNodes).map(({ text, href, fragment, position }) => ({
      text,
      href,
      ...(fragment === undefined ? {} : { fragment }),
      position,
    })),
    position: section.position,
  };
}

function toCause(item: ListItem, render: Renderer): Symptom['causes'][number] {
  const own = item.children.filter((child) => child.type !== 'list');
  const nested = item.children.filter((child): child is List => child.type === 'list');
  return {
    ...render.rich(own),
    resolutions: nested.flatMap((list) =>
      list.children.map((resolution) => ({ ...render.rich(resolution.children), position: positionOrStart(resolution) })),
    ),
    position: positionOrStart(item),
  };
}
