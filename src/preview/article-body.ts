import type { Article, Block, Section, Symptom } from '../../schemas/article.js';
import type { Position } from '../../schemas/position.js';
import { isDocumentsTitle } from '../extract/standard-sections.js';
import { renderDiagnostics, type Placer } from './diagnostics-view.js';
import { html, trusted, type SafeHtml } from './html.js';

/**
 * The body of an article as the portal's troubleshooting blade shows it: the heading tree in order,
 * symptoms as collapsible sections listing their causes and the steps that fix them, Recommended
 * Documents as a link list. All article markup is the export's sanitised `html`; nothing is re-rendered
 * from markdown here, so the preview shows exactly what a portal consuming the export would get.
 */
export interface BodyContext {
  article: Article;
  placer: Placer;
  /** The file text, for describing fixes. */
  text: string | undefined;
}

const contains = (outer: Position, inner: Position): boolean =>
  outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

const partsOf = (symptom: Symptom): Position[] => [...symptom.causes.map((cause) => cause.position), ...symptom.steps.map((step) => step.position)];

const headingTag = (depth: number): string => `h${Math.min(Math.max(depth, 2), 6)}`;

/** Only links a reader can follow safely become anchors; portal blade links are labelled, not followed. */
function stepLink(step: Symptom['steps'][number]): SafeHtml {
  if (/^(https?:|mailto:)/i.test(step.href)) return html`<a class="step-link" href="${step.href}">${step.text || step.href}</a>`;
  if (/^data-blade:/i.test(step.href)) return html`<span class="step-link blade" title="Opens a portal blade: ${step.href}">${step.text} <span class="tag">portal blade</span></span>`;
  return html`<span class="step-link unsafe">${step.text} <span class="tag">link not shown</span></span>`;
}

function renderBlock(block: Block, context: BodyContext): SafeHtml {
  const found = renderDiagnostics(context.placer.take(block.position), context.text);
  return html`<div class="block${found ? ' has-problems' : ''}" data-lines="${block.position.start.line}-${block.position.end.line}">${trusted(block.html)}${found}</div>`;
}

/** The causes and steps of a symptom; `intro` is what the author wrote around them ("Common causes:"). */
function renderSymptom(symptom: Symptom, intro: readonly Block[], context: BodyContext, index: number, depth: number): SafeHtml {
  const causes = symptom.causes.map((cause) => {
    const resolutions = cause.resolutions.map((item) => {
      const found = renderDiagnostics(context.placer.take(item.position), context.text);
      return html`<li class="resolution">${trusted(item.html)}${found}</li>`;
    });
    const found = renderDiagnostics(context.placer.take(cause.position), context.text);
    return html`<li class="cause">${trusted(cause.html)}${found}${resolutions.length ? html`<ul class="resolutions">${resolutions}</ul>` : ''}</li>`;
  });
  const steps = symptom.steps.map((step) => html`<li>${stepLink(step)}${renderDiagnostics(context.placer.take(step.position), context.text)}</li>`);
  const introHtml = intro.map((block) => renderBlock(block, context));
  const titleProblems = renderDiagnostics(context.placer.take(symptom.position), context.text);
  const tag = headingTag(depth);
  const inner = headingTag(depth + 1);
  const count = `${symptom.causes.length} cause${symptom.causes.length === 1 ? '' : 's'}`;
  return html`<details class="symptom" id="symptom-${index + 1}" data-lines="${symptom.position.start.line}"${index === 0 ? trusted(' open') : ''}>
    <summary><${trusted(tag)} class="symptom-title">${symptom.title}</${trusted(tag)}><span class="badge">${count}</span></summary>
    <div class="symptom-body">${titleProblems}${introHtml}
      ${causes.length ? html`<${trusted(inner)} class="label">Possible causes</${trusted(inner)}><ol class="causes">${causes}</ol>` : ''}
      ${steps.length ? html`<${trusted(inner)} class="label">Steps to resolve</${trusted(inner)}><ul class="steps">${steps}</ul>` : ''}
    </div>
  </details>`;
}

interface Walk {
  context: BodyContext;
  bySectionStart: Map<number, { symptom: Symptom; index: number }>;
  /** Symptoms stated by the H1 alone: their causes sit in some section's blocks. */
  loose: Array<{ symptom: Symptom; index: number }>;
  shown: Set<Symptom>;
}

function renderBlocks(blocks: readonly Block[], walk: Walk, depth: number): SafeHtml[] {
  const skip = walk.context.article.issueDescription?.position;
  const out: SafeHtml[] = [];
  for (const block of blocks) {
    if (skip && contains(skip, block.position)) continue;
    const owner = walk.loose.find(({ symptom }) => partsOf(symptom).some((part) => contains(block.position, part)));
    if (!owner) {
      out.push(renderBlock(block, walk.context));
      continue;
    }
    if (walk.shown.has(owner.symptom)) continue;
    walk.shown.add(owner.symptom);
    out.push(renderSymptom(owner.symptom, [], walk.context, owner.index, depth + 1));
  }
  return out;
}

function renderSection(section: Section, walk: Walk): SafeHtml {
  const { context } = walk;
  const children = section.sections.map((child) => renderSection(child, walk));
  const match = section.kind === 'document' || section.depth <= 1 ? undefined : walk.bySectionStart.get(section.position.start.offset);
  if (match) {
    walk.shown.add(match.symptom);
    const parts = partsOf(match.symptom);
    const intro = section.blocks.filter((block) => !parts.some((part) => contains(block.position, part)));
    return html`${renderSymptom(match.symptom, intro, context, match.index, section.depth)}${children}`;
  }
  const blocks = renderBlocks(section.blocks, walk, section.depth);
  // The H1 is the blade's title, already shown in the header.
  if (section.kind === 'document' || section.depth <= 1) return html`${blocks}${children}`;
  const tag = trusted(headingTag(section.depth));
  const found = renderDiagnostics(context.placer.take(section.position), context.text);
  const kind = isDocumentsTitle(section.title) ? 'documents' : 'section';
  return html`<section class="${kind}" data-lines="${section.position.start.line}"><${tag}>${section.title}</${tag}>${found}${blocks}${children}</section>`;
}

/** Render the whole body; symptoms the heading tree did not place are listed at the end. */
export function renderBody(context: BodyContext): SafeHtml {
  const { article } = context;
  const starts = new Set<number>();
  const collect = (sections: readonly Section[]): void =>
    sections.forEach((section) => {
      if (section.kind !== 'document' && section.depth > 1) starts.add(section.position.start.offset);
      collect(section.sections);
    });
  collect(article.sections);
  const indexed = article.symptoms.map((symptom, index) => ({ symptom, index }));
  const walk: Walk = {
    context,
    bySectionStart: new Map(indexed.filter(({ symptom }) => starts.has(symptom.position.start.offset)).map((item) => [item.symptom.position.start.offset, item])),
    loose: indexed.filter(({ symptom }) => !starts.has(symptom.position.start.offset)),
    shown: new Set(),
  };
  const body = article.sections.map((section) => renderSection(section, walk));
  const left = indexed.filter(({ symptom }) => !walk.shown.has(symptom)).map(({ symptom, index }) => renderSymptom(symptom, [], context, index, 2));
  return html`${body}${left}`;
}
