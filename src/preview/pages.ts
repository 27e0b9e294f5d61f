import type { LibraryEntry } from '../watch/library-session.js';
import { countSeverities } from './diagnostics-view.js';
import { encodePath, html, type SafeHtml } from './html.js';

/** The page shell. Script and styles are separate files so the CSP can forbid every inline script. */
export function renderLayout(title: string, page: string, main: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · selfhelp preview</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/preview.css">
<script type="module" src="/assets/preview.js"></script>
</head>
<body data-page="${page}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="topbar"><a class="brand" href="/">selfhelp <span>preview</span></a><span class="live" id="live-status" role="status" aria-live="polite"></span></header>
<main id="main" tabindex="-1">${main}</main>
</body>
</html>
`.value;
}

export interface LibraryQuery {
  q: string;
  service: string;
  type: string;
  cloud: string;
  problems: boolean;
}

export function readLibraryQuery(params: URLSearchParams): LibraryQuery {
  return {
    q: params.get('q')?.trim() ?? '',
    service: params.get('service') ?? '',
    type: params.get('type') ?? '',
    cloud: params.get('cloud') ?? '',
    problems: params.get('problems') === '1',
  };
}

interface Row {
  entry: LibraryEntry;
  service: string;
  type: string;
  clouds: string[];
  errors: number;
  warnings: number;
}

function toRow(entry: LibraryEntry): Row {
  const metadata = entry.article?.metadata;
  return {
    entry,
    service: metadata?.service?.trim() ?? '',
    type: entry.article?.selfHelpType ?? '',
    clouds: metadata?.cloudEnvironments ?? [],
    ...countSeverities(entry.diagnostics),
  };
}

/** Services vary in case across files (`Microsoft.Network`, `microsoft.network`); filter on one spelling. */
const fold = (value: string): string => value.toLowerCase();

function matches(row: Row, query: LibraryQuery, found: ReadonlySet<string> | undefined): boolean {
  if (query.service && fold(row.service) !== fold(query.service)) return false;
  if (query.type && row.type !== query.type) return false;
  if (query.cloud && !row.clouds.includes(query.cloud)) return false;
  if (query.problems && row.errors + row.warnings === 0) return false;
  return !found || found.has(row.entry.source);
}

function select(name: string, label: string, values: readonly string[], chosen: string): SafeHtml {
  const options = values.map((value) => html`<option value="${value}"${fold(value) === fold(chosen) ? html` selected` : ''}>${value}</option>`);
  return html`<div class="field"><label for="filter-${name}">${label}</label><select id="filter-${name}" name="${name}"><option value="">All</option>${options}</select></div>`;
}

const unique = (values: readonly string[]): string[] => {
  const seen = new Map<string, string>();
  for (const value of values) if (value && !seen.has(fold(value))) seen.set(fold(value), value);
  return [...seen.values()].sort((a, b) => fold(a).localeCompare(fold(b)));
};

function renderRow(row: Row, visible: boolean): SafeHtml {
  const { entry } = row;
  const title = entry.article ? entry.article.title || entry.article.metadata.pageTitle || entry.source : entry.source;
  const counts = html`${row.errors ? html`<span class="count error">${row.errors} error${row.errors === 1 ? '' : 's'}</span>` : ''}${row.warnings ? html`<span class="count warning">${row.warnings} warning${row.warnings === 1 ? '' : 's'}</span>` : ''}${row.errors + row.warnings === 0 ? html`<span class="count ok">OK</span>` : ''}`;
  return html`<tr data-source="${entry.source}" data-service="${fold(row.service)}" data-type="${row.type}" data-clouds="${row.clouds.join(' ')}" data-problems="${row.errors + row.warnings}"${visible ? '' : html` hidden`}>
    <td><a href="/article/${encodePath(entry.source)}">${title}</a>${entry.article ? '' : html` <span class="tag warn">not readable</span>`}<div class="path">${entry.source}</div></td>
    <td>${row.service}</td><td>${row.type}</td><td>${row.clouds.map((cloud) => html`<span class="chip">${cloud}</span>`)}</td><td class="counts">${counts}</td></tr>`;
}

/**
 * Every row is in the page and non-matches are `hidden`: the filter form works as a plain GET without
 * script, and with script the same rows are shown or hidden as the author types.
 */
export function renderLibraryMain(entries: readonly LibraryEntry[], query: LibraryQuery, found: ReadonlySet<string> | undefined): SafeHtml {
  const rows = entries.map(toRow);
  const visible = rows.map((row) => matches(row, query, found));
  const shown = visible.filter(Boolean).length;
  const withProblems = rows.filter((row) => row.errors + row.warnings > 0).length;
  return html`<h1>Article library</h1>
  <p class="summary">${entries.length} files, ${withProblems} with problems.</p>
  <form class="filters" role="search" method="get" action="/" aria-label="Filter articles">
    <div class="field grow"><label for="filter-q">Search</label><input id="filter-q" type="search" name="q" value="${query.q}" placeholder="Words from titles, symptoms, causes, text"></div>
    ${select('service', 'Service', unique(rows.map((row) => row.service)), query.service)}
    ${select('type', 'Type', unique(rows.map((row) => row.type)), query.type)}
    ${select('cloud', 'Cloud', unique(rows.flatMap((row) => row.clouds)), query.cloud)}
    <div class="field check"><input id="filter-problems" type="checkbox" name="problems" value="1"${query.problems ? html` checked` : ''}><label for="filter-problems">Has problems</label></div>
    <button type="submit">Apply</button>
  </form>
  <p id="result-count" class="result-count" role="status">Showing ${shown} of ${entries.length}</p>
  <table class="library"><caption class="visually-hidden">Articles</caption>
    <thead><tr><th scope="col">Title</th><th scope="col">Service</th><th scope="col">Type</th><th scope="col">Clouds</th><th scope="col">Problems</th></tr></thead>
    <tbody>${rows.map((row, index) => renderRow(row, visible[index]!))}</tbody>
  </table>`;
}

export const renderMessageMain = (heading: string, message: string): SafeHtml =>
  html`<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Library</a></nav><h1>${heading}</h1><p>${message}</p>`;
