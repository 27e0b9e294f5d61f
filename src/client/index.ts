/**
 * selfhelp/client: read a `selfhelp export` folder from a portal (browser) or a service (Node). Only
 * type imports from the schemas and browser-safe modules: no zod, no parser, no `node:` built-ins, so
 * a bundler ships MiniSearch and this file, nothing else.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { ExportIndex, ExportedArticle, IndexEntry, SearchIndexFile } from '../../schemas/export.js';
import type { HelpSolution } from '../../schemas/help-api.js';
import { defaultQueryOptions, searchIndexOptions, type SearchDocument, type StoredField } from '../search/options.js';

export { escapeHtml, fillTokens } from '../html/fill-tokens.js';
export type { TokenValues } from '../html/fill-tokens.js';
export type { ExportIndex, ExportedArticle, HelpSolution, IndexEntry, SearchIndexFile };

/** The part of `fetch` the client uses, so tests and servers can pass their own. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface ClientOptions {
  /** The export folder's URL (`https://cdn.example/selfhelp/public/`); files are fetched relative to it. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** An index already loaded (bundled, or read from disk); skips fetching `index.json`. */
  index?: ExportIndex;
  /** A search index already loaded; otherwise fetched on the first search. */
  searchIndex?: SearchIndexFile;
}

export interface ArticleFilter {
  supportTopicId?: string;
  productPesId?: string;
  cloud?: string;
  service?: string;
  selfHelpType?: string;
}

/** One search result: the article's id and file, what the index stores about it, and why it matched. */
export interface SearchHit extends Omit<Pick<SearchDocument, StoredField>, 'articleId'> {
  id: string;
  file: string;
  score: number;
  /** The indexed words the query matched. */
  terms: string[];
}

export interface SelfHelpClient {
  readonly index: ExportIndex;
  /** Index entries matching every given field (case-insensitive for clouds and services). */
  filter(filter?: ArticleFilter): IndexEntry[];
  /** The index entry of an article id (the first, when an id is duplicated). */
  entry(id: string): IndexEntry | undefined;
  /** Fetch one article; undefined for an id the export does not have. */
  getArticle(id: string): Promise<ExportedArticle | undefined>;
  /** Fetch one article's Help API solution, in an export built with `--shape help-api`. */
  getHelpSolution(id: string): Promise<HelpSolution | undefined>;
  /** Full-text search over titles, descriptions, symptoms, causes and body text, best first. */
  search(query: string, options?: { filter?: ArticleFilter; limit?: number }): Promise<SearchHit[]>;
}

/** Load an export: from `options.index`, or `index.json` under `options.baseUrl`. */
export async function loadExport(options: ClientOptions): Promise<SelfHelpClient> {
  const fetchJson = jsonFetcher(options);
  const index = options.index ?? ((await fetchJson('index.json')) as ExportIndex);
  const byId = new Map<string, IndexEntry>();
  for (const entry of index.articles) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  let search: Promise<MiniSearch<SearchDocument>> | undefined;
  const searchEngine = () => {
    search ??= (options.searchIndex ? Promise.resolve(options.searchIndex) : (fetchJson(index.searchIndex) as Promise<SearchIndexFile>)).then(
      (file) => MiniSearch.loadJS<SearchDocument>(file.index as Parameters<typeof MiniSearch.loadJS>[0], searchIndexOptions),
    );
    return search;
  };
  return {
    index,
    filter: (filter = {}) => index.articles.filter((entry) => matches(entry, filter)),
    entry: (id) => byId.get(id),
    async getArticle(id) {
      const entry = byId.get(id);
      return entry ? ((await fetchJson(entry.file)) as ExportedArticle) : undefined;
    },
    async getHelpSolution(id) {
      const file = byId.get(id)?.helpApiFile;
      return file ? ((await fetchJson(file)) as HelpSolution) : undefined;
    },
    async search(query, { filter, limit = 20 } = {}) {
      const engine = await searchEngine();
      const hits = engine.search(query, {
        ...defaultQueryOptions,
        ...(filter ? { filter: (hit: SearchResult) => matches(hitFacets(hit), filter) } : {}),
      });
      return hits.slice(0, limit).map((hit) => {
        const { articleId, ...stored } = storedOf(hit);
        return { id: articleId, file: String(hit.id), ...stored, score: hit.score, terms: hit.terms };
      });
    },
  };
}

interface Facets {
  supportTopicIds: readonly string[];
  productPesIds: readonly string[];
  cloudEnvironments: readonly string[];
  service: string | null;
  selfHelpType: string | null;
}

function matches(entry: Facets, filter: ArticleFilter): boolean {
  const same = (a: string | null, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
  if (filter.supportTopicId !== undefined && !entry.supportTopicIds.includes(filter.supportTopicId)) return false;
  if (filter.productPesId !== undefined && !entry.productPesIds.includes(filter.productPesId)) return false;
  if (filter.cloud !== undefined && !entry.cloudEnvironments.some((cloud) => same(cloud, filter.cloud!))) return false;
  if (filter.service !== undefined && !same(entry.service, filter.service)) return false;
  if (filter.selfHelpType !== undefined && !same(entry.selfHelpType, filter.selfHelpType)) return false;
  return true;
}

/** The stored fields of a hit (MiniSearch spreads them onto the result). */
function storedOf(hit: SearchResult): Pick<SearchDocument, StoredField> {
  const { articleId, title, description, service, selfHelpType, clouds, supportTopicIds, productPesIds } = hit as unknown as Pick<SearchDocument, StoredField>;
  return { articleId, title, description, service, selfHelpType, clouds, supportTopicIds, productPesIds };
}

/** A hit's facets under the index entry's names (the search index calls the clouds `clouds`). */
const hitFacets = (hit: SearchResult): Facets => ({ ...storedOf(hit), cloudEnvironments: storedOf(hit).clouds });

function jsonFetcher(options: ClientOptions): (file: string) => Promise<unknown> {
  return async (file) => {
    const fetchFn = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
    if (!fetchFn) throw new Error('No fetch available: pass options.fetch');
    if (options.baseUrl === undefined) throw new Error(`Cannot fetch \`${file}\` without options.baseUrl`);
    const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    const url = new URL(file, base).href;
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`Fetching ${url} failed with HTTP ${response.status}`);
    return response.json();
  };
}
