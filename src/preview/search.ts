import MiniSearch from 'minisearch';
import { portalArticle } from '../export/portal.js';
import { searchDocument } from '../export/search.js';
import { defaultQueryOptions, searchIndexOptions, type SearchDocument } from '../search/options.js';
import type { LibrarySession } from '../watch/library-session.js';

/**
 * Full-text search over the library with the export's own search index: the same documents
 * (`searchDocument`), fields, boosts and query defaults as `DIR/search-index.json`, so what an author
 * finds here is what a portal finds. Documents are keyed by source, which is unique where ids are not.
 * The index is rebuilt lazily, once per library change, on the first search after it.
 */
export interface LibrarySearch {
  /** Sources matching every word (prefix and slightly fuzzy); undefined for an empty query (no filter). */
  search(query: string): Set<string> | undefined;
}

export function createLibrarySearch(session: LibrarySession): LibrarySearch {
  let built: { generation: number; index: MiniSearch<SearchDocument> } | undefined;
  const index = (): MiniSearch<SearchDocument> => {
    if (built?.generation === session.generation()) return built.index;
    // Stored fields are only echoed into hits, and the stored `id` (the articleId) would shadow the hit's
    // own id (the source); the page needs nothing else from a hit, so store none.
    const search = new MiniSearch<SearchDocument>({ ...searchIndexOptions, storeFields: [] });
    for (const entry of session.entries()) {
      if (entry.article) search.add(searchDocument(portalArticle(entry.article, undefined).article, entry.source));
    }
    built = { generation: session.generation(), index: search };
    return search;
  };
  return {
    search(query) {
      if (query.trim() === '') return undefined;
      return new Set(index().search(query, defaultQueryOptions).map((hit) => String(hit.id)));
    },
  };
}
