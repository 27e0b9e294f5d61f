import { EXPORT_SCHEMA_VERSION, type ExportIndex } from '../../schemas/export.js';
import { loadExport } from '../client/index.js';
import { SEARCH_INDEX_FILE } from '../export/layout.js';
import { portalArticle } from '../export/portal.js';
import { buildSearchIndex, searchDocument } from '../export/search.js';
import type { LibrarySession } from '../watch/library-session.js';

/**
 * Full-text search over the library through the export's own pipeline: the export's search documents
 * and `search-index.json` builder, queried with `selfhelp/client`, so what an author finds here is what a
 * portal using the client finds. Each document's `file` is the article's source (unique where ids are
 * not). The index is rebuilt lazily, once per library change, on the first search after it.
 */
export interface LibrarySearch {
  /** Sources matching the query, best first; undefined for an empty query (no filter). */
  search(query: string): Promise<Set<string> | undefined>;
}

/** The client needs an export index; search reads only the search index, so no entries are listed. */
const searchOnlyIndex: ExportIndex = {
  schemaVersion: EXPORT_SCHEMA_VERSION,
  build: { cloud: null, shapes: [] },
  searchIndex: SEARCH_INDEX_FILE,
  articles: [],
  rejected: [],
};

export function createLibrarySearch(session: LibrarySession): LibrarySearch {
  let built: { generation: number; client: ReturnType<typeof loadExport> } | undefined;
  const client = () => {
    if (built?.generation === session.generation()) return built.client;
    const documents = session.entries().flatMap((entry) => (entry.article ? [{ file: entry.source, ...searchDocument(portalArticle(entry.article, undefined).article) }] : []));
    const searchIndex = buildSearchIndex(documents, EXPORT_SCHEMA_VERSION);
    built = { generation: session.generation(), client: loadExport({ index: searchOnlyIndex, searchIndex }) };
    return built.client;
  };
  return {
    async search(query) {
      if (query.trim() === '') return undefined;
      const hits = await (await client()).search(query, { limit: Number.MAX_SAFE_INTEGER });
      return new Set(hits.map((hit) => hit.file));
    },
  };
}
