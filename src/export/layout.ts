/** The export folder's search index (MiniSearch's serialised form), beside `index.json`. */
export const SEARCH_INDEX_FILE = 'search-index.json';
