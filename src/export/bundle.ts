import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  EXPORT_SCHEMA_VERSION,
  ExportIndexSchema,
  ExportedArticleSchema,
  SearchIndexFileSchema,
  type ExportIndex,
  type ExportShape,
  type ExportedArticle,
  type IndexEntry,
} from '../../schemas/export.js';
import { HelpSolutionSchema } from '../../schemas/help-api.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { CloudEnvironment } from '../../schemas/properties.js';
import { diagnosticAt } from '../diagnostics.js';
import type { FileResult } from '../process.js';
import { availableIn } from './clouds.js';
import { SEARCH_INDEX_FILE } from './layout.js';
import { helpApiSolution } from './help-api.js';
import { portalArticle } from './portal.js';
import { SearchIndexBuilder, searchDocument, searchEntry, type SearchEntry } from './search.js';

/** The export as data: output-relative path → file content. The CLI writes it; tests read it directly. */
export interface ExportBundle {
  index: ExportIndex;
  files: Map<string, string>;
}

export interface ExportOptions {
  /** Export only the articles available in this cloud, with docs links on its documentation host. */
  cloud?: CloudEnvironment;
  /** Extra shapes to write beside the articles. */
  shapes?: readonly ExportShape[];
}


const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A file name from an id: only [A-Za-z0-9._-], never `.`/`..`, bounded length. */
export function safeFileStem(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return cleaned === '' ? 'article' : cleaned;
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * One file's share of the export, computed on its own (so in a worker thread): the article's JSON, or
 * why it is left out. Everything that depends on the other files (file names, the index, the search
 * index) is decided by `assembleExport`.
 */
export type ExportPiece =
  | { source: string; kind: 'article'; id: string; json: string; helpApiJson?: string; entry: Omit<IndexEntry, 'file'>; search: SearchEntry }
  | { source: string; kind: 'rejected'; diagnostics: Diagnostic[] }
  | { source: string; kind: 'not-in-cloud' };

export function exportPiece(result: FileResult, options: ExportOptions = {}): ExportPiece {
  const { cloud } = options;
  const { source } = result;
  if (!result.article) return { source, kind: 'rejected', diagnostics: result.diagnostics };
  if (cloud !== undefined && !availableIn(result.article, cloud)) return { source, kind: 'not-in-cloud' };
  let portal: ReturnType<typeof portalArticle>;
  try {
    portal = portalArticle(result.article, result.parsed, { cloud });
  } catch (error) {
    // A bug while preparing one article rejects that article, not the whole export.
    const detail = error instanceof Error ? error.message : String(error);
    return { source, kind: 'rejected', diagnostics: [diagnosticAt('internal/error', 'error', `Internal error while exporting this file (${detail}); please report it`)] };
  }
  const exported: ExportedArticle = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    ...portal.article,
    sha256: result.sha256 ?? '',
    diagnostics: [...result.diagnostics, ...portal.diagnostics],
  };
  return {
    source,
    kind: 'article',
    id: portal.article.id,
    json: stringify(exported),
    ...(options.shapes?.includes('help-api') ? { helpApiJson: stringify(helpApiSolution(portal.article, EXPORT_SCHEMA_VERSION)) } : {}),
    entry: indexEntry(exported),
    search: searchEntry(searchDocument(portal.article)),
  };
}

/**
 * Build every export file from processed results. Output is independent of input order: results are
 * sorted by source, and a name taken twice (duplicate articleIds, ids that sanitise alike) gets a hash
 * of the source for every file after the first. No dates or host facts: the same inputs and options
 * give the same bytes.
 */
export function exportLibrary(results: readonly FileResult[], options: ExportOptions = {}): ExportBundle {
  return assembleExport(results.map((result) => exportPiece(result, options)), options);
}

/** Name each piece's files and build the index, the search index and the schemas around them. */
export function assembleExport(pieces: readonly ExportPiece[], options: ExportOptions = {}): ExportBundle {
  const assembler = new ExportAssembler(options);
  for (const piece of [...pieces].sort((a, b) => compare(a.source, b.source))) assembler.add(piece);
  return assembler.finish();
}

/**
 * Builds the bundle from pieces given in source order, one at a time: a file's name depends only on the
 * pieces before it, so each article can be named and indexed for search as soon as it and those before
 * it are ready (`exportFiles` feeds it while workers still read the rest).
 */
export class ExportAssembler {
  readonly #files = new Map<string, string>();
  /** Names taken so far (the files themselves may have gone to `onFile`). */
  readonly #names = new Set<string>();
  readonly #entries: IndexEntry[] = [];
  readonly #rejected: ExportIndex['rejected'] = [];
  readonly #search = new SearchIndexBuilder();
  #lastSource: string | undefined;

  /**
   * With `onFile`, each file goes there as soon as it is named instead of into the bundle, so a large
   * export can be written while it is assembled and never held whole; the bundle's `files` stays empty.
   */
  constructor(
    readonly options: ExportOptions = {},
    readonly onFile?: (relative: string, content: string) => void,
  ) {}

  #emit(relative: string, content: string): void {
    this.#names.add(relative);
    if (this.onFile) this.onFile(relative, content);
    else this.#files.set(relative, content);
  }

  add(piece: ExportPiece): void {
    if (this.#lastSource !== undefined && compare(piece.source, this.#lastSource) <= 0) throw new Error(`Export pieces out of order: ${piece.source}`);
    this.#lastSource = piece.source;
    if (piece.kind === 'rejected') this.#rejected.push({ source: piece.source, diagnostics: piece.diagnostics });
    if (piece.kind !== 'article') return;
    let stem = safeFileStem(piece.id);
    if (stem !== piece.id || this.#names.has(`articles/${stem}.json`)) stem = `${stem}--${shortHash(piece.source)}`;
    const file = `articles/${stem}.json`;
    this.#emit(file, piece.json);
    const entry: IndexEntry = { ...piece.entry, file };
    if (this.options.shapes?.includes('help-api') && piece.helpApiJson !== undefined) {
      entry.helpApiFile = `help-api/${stem}.json`;
      this.#emit(entry.helpApiFile, piece.helpApiJson);
    }
    this.#entries.push(entry);
    this.#search.add(file, piece.search);
  }

  finish(): ExportBundle {
    const helpApi = this.options.shapes?.includes('help-api') ?? false;
    const entries = [...this.#entries].sort((a, b) => compare(a.id, b.id) || compare(a.source, b.source));
    const index: ExportIndex = {
      schemaVersion: EXPORT_SCHEMA_VERSION,
      build: { cloud: this.options.cloud ?? null, shapes: helpApi ? ['help-api'] : [] },
      searchIndex: SEARCH_INDEX_FILE,
      articles: entries,
      rejected: this.#rejected,
    };
    this.#emit('index.json', stringify(index));
    // Compact: the index is large and read by programs only.
    this.#emit(SEARCH_INDEX_FILE, this.#search.toText(EXPORT_SCHEMA_VERSION));
    for (const [name, schema] of Object.entries(exportSchemas)) this.#emit(`schema/${name}.schema.json`, stringify(z.toJSONSchema(schema)));
    return { index, files: this.#files };
  }
}

/** Every file kind of the export and its schema: `DIR/schema/<name>.schema.json`. */
export const exportSchemas = {
  article: ExportedArticleSchema,
  index: ExportIndexSchema,
  'search-index': SearchIndexFileSchema,
  'help-api': HelpSolutionSchema,
} as const;

function indexEntry(article: ExportedArticle): Omit<IndexEntry, 'file'> {
  const { metadata } = article;
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    description: metadata.description ?? null,
    selfHelpType: article.selfHelpType,
    service: metadata.service ?? null,
    resource: metadata.resource ?? null,
    supportTopicIds: metadata.supportTopicIds ?? [],
    productPesIds: metadata.productPesIds ?? [],
    cloudEnvironments: metadata.cloudEnvironments ?? [],
    sha256: article.sha256,
  };
}

export const stringify = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
