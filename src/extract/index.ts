import type { Heading, RootContent } from 'mdast';
import type { Article, Link } from '../../schemas/article.js';
import { selfHelpTypes, type SelfHelpType } from '../../schemas/properties.js';
import type { ParsedFile } from '../parse/index.js';
import { positionOf, type SourceFile } from '../source.js';
import { isBoldOnlyParagraph, nodePosition, titleText } from './blocks.js';
import { createRenderer, type Renderer } from './renderer.js';
import { collectComments, type Comment } from './comments.js';
import { articleIdFromPath } from './ids.js';
import { collectDefinitions, collectLinks, linksWithin } from './links.js';
import { buildSections, walkSections, type SectionNode } from './sections.js';
import { isDocumentsTitle, isStepsTitle } from './standard-sections.js';
import { extractSymptoms } from './symptoms.js';
import { extractTokens } from './tokens.js';

const typeByFolded = new Map<string, SelfHelpType>(selfHelpTypes.map((type) => [type.toLowerCase(), type]));

/** The canonical selfHelpType for a value written in any case, or null. */
export const canonicalSelfHelpType = (value: string | undefined): SelfHelpType | null =>
  typeByFolded.get((value ?? '').trim().toLowerCase()) ?? null;

export interface ExtractOptions {
  /** Render the `html` of rich text (default true); validation turns it off, it never reads HTML. */
  html?: boolean;
}

/** Build the typed article from a parsed file. Pure: same parsed file, same article. */
export function extractArticle(parsed: ParsedFile, options: ExtractOptions = {}): Article {
  const { file, tree, properties, index } = parsed;
  const metadata = properties.metadata;
  const render = createRenderer(file, index.nodes, { html: options.html !== false });
  const sections = buildSections(tree.children, render);
  const comments = collectComments(index);
  const links = collectLinks(index, collectDefinitions(index));
  const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const titlePosition = h1 ? nodePosition(h1) : undefined;
  const article: Article = {
    id: metadata.articleId?.trim() || articleIdFromPath(file.source),
    source: file.source,
    selfHelpType: canonicalSelfHelpType(metadata.selfHelpType),
    metadata,
    properties: properties.block,
    title: h1 ? titleText(h1) : '',
    ...(titlePosition ? { titlePosition } : {}),
    summary: summaryOf(tree.children, render),
    sections: sections.map((node) => node.section),
    symptoms: extractSymptoms(sections, links, render),
    recommendedSteps: region(sections, isStepsTitle, links, render),
    recommendedDocuments: region(sections, isDocumentsTitle, links, render),
    links,
    tokens: extractTokens(file, comments),
    issueDescription: issueDescriptionOf(file, comments, tree.children, render),
    payload: parsed.payload?.payload ?? null,
  };
  // No runtime check against ArticleSchema here (it cost a fifth of extraction on every file): the
  // Article type is inferred from it, so the compiler checks the shape, and the corpus and fuzz suites
  // check every model against ArticleSchema and every exported file against its JSON Schema.
  return article;
}

function summaryOf(children: readonly RootContent[], render: Renderer) {
  const first = children.find((node) => node.type === 'paragraph' && !isBoldOnlyParagraph(node));
  return first ? render.rich([first]) : null;
}

/** The first standard section matching the title test, with its subsections' blocks. */
function region(
  sections: readonly SectionNode[],
  matches: (title: string) => boolean,
  allLinks: readonly Link[],
  render: Renderer,
): Article['recommendedSteps'] {
  for (const node of walkSections(sections)) {
    if (node.section.kind === 'document' || !matches(node.section.title)) continue;
    // As written: the blocks, and the titles of subsections (bold-paragraph symptoms) in their place.
    const nodes = [...walkSections([node])].flatMap((inner) =>
      inner !== node && inner.titleNode ? [inner.titleNode, ...inner.nodes] : inner.nodes,
    );
    // The article's links, already collected in one walk, that fall inside the region's blocks.
    return { blocks: nodes.map((inner) => render.block(inner)), links: linksWithin(allLinks, nodes), position: node.section.position };
  }
  return null;
}

/** The blocks between `<!--issueDescription-->` and `<!--/issueDescription-->`. */
function issueDescriptionOf(file: SourceFile, comments: readonly Comment[], children: readonly RootContent[], render: Renderer) {
  const open = comments.find((comment) => comment.body.toLowerCase() === 'issuedescription');
  if (!open) return null;
  const close = comments.find((comment) => comment.start > open.start && comment.body.toLowerCase() === '/issuedescription');
  const end = close?.start ?? file.text.length;
  const inside = children.filter((node) => {
    const position = nodePosition(node);
    return position !== undefined && position.end.offset > open.end && position.start.offset < end;
  });
  return { ...render.rich(inside), position: positionOf(file, open.start, close?.end ?? end) };
}
