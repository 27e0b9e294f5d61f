import type { Article, Token } from '../../schemas/article.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { portalArticle } from '../export/portal.js';
import type { LibraryEntry } from '../watch/library-session.js';
import { renderBody } from './article-body.js';
import { createPlacer, describeCounts, renderDiagnostic, renderDiagnostics, type Placer } from './diagnostics-view.js';
import { html, inlineCode, trusted, type SafeHtml } from './html.js';
import { renderJson, renderScopingForm } from './payload-form.js';

/** The article view: blade header, body, payload form, tokens, metadata, problems and the source. */
export function renderArticleMain(entry: LibraryEntry, text: string | undefined): SafeHtml {
  // What the portal gets: the export's portal-ready article (unsafe links neutralised, payload HTML sanitised).
  const article = entry.article ? portalArticle(entry.article, undefined).article : undefined;
  const breadcrumb = html`<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Library</a> <span aria-hidden="true">›</span> <span>${entry.source}</span></nav>`;
  if (!article) return html`${breadcrumb}${renderRejected(entry, text)}`;
  const placer = createPlacer(entry.diagnostics);
  // Narrow pieces first, so each finding sits by the smallest thing that holds it (see createPlacer).
  const metadata = renderMetadata(article, placer, text);
  const titleProblems = renderDiagnostics(placer.take(article.titlePosition), text);
  const issue = renderIssueDescription(article, placer, text);
  const payload = renderPayload(article, placer, text);
  const body = renderBody({ article, placer, text });
  const tokens = renderTokens(article.tokens);
  const rest = placer.rest();
  return html`${breadcrumb}
  <div class="blade-layout">
    <article class="blade" aria-labelledby="article-title">
      <header class="blade-header">
        <p class="eyebrow">${[article.selfHelpType ?? 'unknown type', article.metadata.service, article.metadata.resource].filter(Boolean).join(' · ')}</p>
        <h1 id="article-title">${article.title || article.metadata.pageTitle || entry.source}</h1>
        ${article.metadata.description ? html`<p class="description">${article.metadata.description}</p>` : ''}
        <p class="problem-count ${entry.diagnostics.length ? 'has-problems' : 'clean'}"><a href="#problems">${describeCounts(entry.diagnostics)}</a></p>
        ${titleProblems}
      </header>
      ${issue}${tokens}
      ${body.value.trim() ? html`<div class="blade-body">${body}</div>` : ''}
      ${payload}
    </article>
    <aside class="side" aria-label="Article details">
      ${renderProblemList(entry.diagnostics, rest, text)}
      ${metadata}
    </aside>
  </div>
  ${renderSource(text, entry.diagnostics)}`;
}

function renderRejected(entry: LibraryEntry, text: string | undefined): SafeHtml {
  return html`<article class="blade rejected" aria-labelledby="article-title">
    <header class="blade-header"><p class="eyebrow">Not an article yet</p><h1 id="article-title">${entry.source}</h1></header>
    <div class="load-error" role="alert"><p>This file could not be read as an article. Fix the problems below; the preview updates when you save.</p>
    ${renderDiagnostics(entry.diagnostics, text, 'Why the file could not be read')}</div>
  </article>${renderSource(text, entry.diagnostics, true)}`;
}

/** Every finding at a glance, each linking to its line; the full entry sits next to what it concerns. */
function renderProblemList(all: readonly Diagnostic[], unplaced: readonly Diagnostic[], text: string | undefined): SafeHtml {
  const index = all.map((item) => html`<li class="${item.severity}"><a href="#L${item.line}">${item.line}:${item.column}</a> ${inlineCode(item.message)} <span class="rule-id">${item.ruleId}</span></li>`);
  const others = unplaced.length ? html`<p>Not tied to a part shown on the page:</p><ul class="diagnostics">${unplaced.map((item) => renderDiagnostic(item, text))}</ul>` : '';
  return html`<section class="problems" id="problems" aria-labelledby="problems-title">
    <h2 id="problems-title">Problems</h2>
    <p>${describeCounts(all)}.</p>
    ${all.length ? html`<ol class="problem-index">${index}</ol>` : ''}
    ${others}
  </section>`;
}

function renderMetadata(article: Article, placer: Placer, text: string | undefined): SafeHtml {
  const rows = article.properties.attributes.map((attribute) => {
    const found = renderDiagnostics(placer.take(attribute.position), text);
    return html`<tr class="${found ? 'has-problems' : ''}"><th scope="row"><a href="#L${attribute.position.start.line}">${attribute.name}</a></th>
      <td>${attribute.value === '' ? html`<span class="empty">(empty)</span>` : attribute.value}${found}</td></tr>`;
  });
  const blockProblems = renderDiagnostics(placer.take(article.properties.position), text);
  return html`<section class="metadata" aria-labelledby="metadata-title"><h2 id="metadata-title">Properties</h2>${blockProblems}
    <table><thead><tr><th scope="col">Attribute</th><th scope="col">Value</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function renderIssueDescription(article: Article, placer: Placer, text: string | undefined): SafeHtml | '' {
  const issue = article.issueDescription;
  if (!issue) return '';
  const found = renderDiagnostics(placer.take(issue.position), text);
  return html`<section class="issue-description" aria-label="Issue description">${trusted(issue.html)}${found}</section>`;
}

/** One row per token name: the default the portal falls back to, and a field to try a customer's value. */
function renderTokens(tokens: readonly Token[]): SafeHtml | '' {
  const byName = new Map<string, Token>();
  for (const token of tokens) if (!byName.has(token.name)) byName.set(token.name, token);
  if (byName.size === 0) return '';
  const rows = [...byName.values()].map((token, index) => html`<tr>
    <th scope="row"><code>${token.name}</code></th><td>${token.default || html`<span class="empty">(no default)</span>`}${token.closed ? '' : html` <span class="tag warn">not closed</span>`}</td>
    <td><label class="visually-hidden" for="token-${index}">Value for ${token.name}</label><input id="token-${index}" type="text" data-token-input="${token.name}" data-token-default="${token.default}" placeholder="${token.default}"></td></tr>`);
  return html`<section class="tokens" aria-labelledby="tokens-title"><h2 id="tokens-title">Replacement tokens</h2>
    <p>The portal fills these in for each customer. Type a value to see it in place.</p>
    <table><thead><tr><th scope="col">Token</th><th scope="col">Default</th><th scope="col">Try a value</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function renderPayload(article: Article, placer: Placer, text: string | undefined): SafeHtml | '' {
  const payload = article.payload;
  if (!payload) return '';
  const found = renderDiagnostics(placer.take(payload.position), text);
  const error = payload.error
    ? html`<div class="payload-error" role="alert"><p><strong>The JSON payload does not parse</strong> at line ${payload.error.line}, column ${payload.error.column}: ${inlineCode(payload.error.message)}</p>
      ${payload.json === undefined ? html`<p>The questions cannot be shown until it does. <a href="#L${payload.error.line}">Show the line</a></p>` : html`<p>Read anyway, leniently: the questions below may differ from what the portal shows.</p>`}</div>`
    : '';
  const form = renderScopingForm(payload);
  const content = form ?? (payload.json === undefined ? '' : html`<details class="json-payload"><summary>JSON payload</summary>${renderJson(payload.json)}</details>`);
  const title = form ? 'Problem details' : 'Payload';
  return html`<section class="payload" aria-labelledby="payload-title" data-lines="${payload.position.start.line}-${payload.position.end.line}">
    <h2 id="payload-title">${title}</h2>${error}${found}${content}</section>`;
}

/** The file with line numbers and each finding under its line: the place to go from a problem's `line:column`. */
function renderSource(text: string | undefined, diagnostics: readonly Diagnostic[], open = false): SafeHtml | '' {
  if (text === undefined) return '';
  const byLine = new Map<number, Diagnostic[]>();
  for (const item of diagnostics) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
  const lines = text.split(/\r?\n/).map((line, index) => {
    const number = index + 1;
    const found = byLine.get(number) ?? [];
    return html`<li id="L${number}" class="${found.length ? 'has-problems' : ''}"><span class="ln" aria-hidden="true">${number}</span><code>${line || ' '}</code>${renderDiagnostics(found, text, `Problems on line ${number}`)}</li>`;
  });
  return html`<details class="source" id="source"${open ? trusted(' open') : ''}><summary><h2>Source</h2></summary><ol class="source-lines">${lines}</ol></details>`;
}
