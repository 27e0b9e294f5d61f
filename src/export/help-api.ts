/**
 * One article as an Azure Microsoft.Help "solution": the body as HTML with a placeholder where each
 * Apollo widget stands, and the widgets in `replacementMaps` for the portal to draw. Apollo articles
 * split into `sections` at `:::Section Title:::` lines (the Solutions 2.0 form); other articles are
 * one content. Built from the exported article alone, so it matches the article JSON exactly.
 */
import type { Article, Section } from '../../schemas/article.js';
import type { HelpReplacementMaps, HelpSolution } from '../../schemas/help-api.js';
import { escapeHtml } from '../html/fill-tokens.js';
import { parseApolloWidgets } from '../html/apollo-tags.js';
import { widgetMaps, emptyMaps, mergeMaps, type WidgetCounter } from './help-api-maps.js';

interface Part {
  title: string | undefined;
  html: string[];
  maps: HelpReplacementMaps;
}

export function helpApiSolution(article: Article, schemaVersion: string): HelpSolution {
  const titleSection = customerTitleSection(article);
  const counter: WidgetCounter = new Map();
  const parts: Part[] = [{ title: undefined, html: [], maps: emptyMaps() }];
  const visit = (section: Section): void => {
    const isFrame = section.kind === 'document' || (section.kind === 'heading' && section.depth === 1) || section === titleSection;
    if (!isFrame) parts[parts.length - 1]!.html.push(headingHtml(section));
    for (const block of section.blocks) {
      const sectionTitle = apolloSectionTitle(block.text);
      if (block.type === 'paragraph' && sectionTitle !== undefined) {
        parts.push({ title: sectionTitle, html: [], maps: emptyMaps() });
        continue;
      }
      const part = parts[parts.length - 1]!;
      const widgets = block.markdown.includes('<') ? parseApolloWidgets(block.markdown) : [];
      // An HTML block is the widget itself; a paragraph holding one keeps its words, the widget after them.
      if (block.html !== '' && (widgets.length === 0 || block.type !== 'html')) part.html.push(block.html);
      if (widgets.length === 0) continue;
      const mapped = widgetMaps(widgets, counter);
      part.maps = mergeMaps(part.maps, mapped.maps);
      part.html.push(...mapped.placeholders);
    }
    section.sections.forEach(visit);
  };
  article.sections.forEach(visit);
  const [main, ...sections] = parts;
  return {
    schemaVersion,
    solutionId: article.id,
    title: titleSection?.title ?? article.title,
    content: main!.html.join('\n'),
    replacementMaps: mergeMaps(main!.maps, articleMaps(article)),
    sections: sections.map((part) => ({ title: part.title ?? '', content: part.html.join('\n'), replacementMaps: part.maps })),
  };
}

/** The Apollo template: "H1 title is required and is used only internally"; the first H2 is shown to customers. */
function customerTitleSection(article: Article): Section | undefined {
  if (article.selfHelpType !== 'Apollo') return undefined;
  const stack = [...article.sections];
  while (stack.length > 0) {
    const section = stack.shift()!;
    if (section.kind === 'heading' && section.depth === 2) return section;
    stack.unshift(...section.sections);
  }
  return undefined;
}

/** `:::Section Diagnose sign-in problems:::` → `Diagnose sign-in problems`. */
export function apolloSectionTitle(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(':::') || !trimmed.endsWith(':::') || trimmed.length < 7) return undefined;
  const inner = trimmed.slice(3, -3).trim();
  if (inner.slice(0, 7).toLowerCase() !== 'section') return undefined;
  const title = inner.slice(7).trim();
  return title === '' ? undefined : title;
}

function headingHtml(section: Section): string {
  const text = escapeHtml(section.title);
  if (section.kind === 'bold-paragraph') return `<p><strong>${text}</strong></p>`;
  const depth = Math.min(Math.max(section.depth, 1), 6);
  return `<h${depth}>${text}</h${depth}>`;
}

/**
 * What the article as a whole runs: a diagnostics article reports on its `diagnosticScenario`; a
 * problem-scoping payload with a `diagnosticCard` (27 corpus files) drives a self-service troubleshooter.
 */
function articleMaps(article: Article): HelpReplacementMaps {
  const maps = emptyMaps();
  const scenario = article.metadata.diagnosticScenario?.trim();
  if (scenario) maps.diagnostics.push({ solutionId: scenario, requiredParameters: [], insights: [] });
  const card = diagnosticCardOf(article.payload?.json);
  if (card) maps.troubleshooters.push({ solutionId: article.id, title: card.title, summary: card.description });
  return maps;
}

function diagnosticCardOf(json: unknown): { title: string; description: string } | undefined {
  if (json === null || typeof json !== 'object' || !('diagnosticCard' in json)) return undefined;
  const card = json.diagnosticCard;
  if (card === null || typeof card !== 'object') return undefined;
  const field = (name: string): string => {
    const value = (card as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
  };
  return { title: field('title'), description: field('description') };
}
