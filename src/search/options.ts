/**
 * The one MiniSearch configuration: the export builds the index with it and selfhelp/client loads it
 * with it (MiniSearch needs the same fields to read an index back). Browser-safe: no imports.
 */
export const searchFields = ['title', 'description', 'symptoms', 'causes', 'body'] as const;
/** Stored with each hit, so result lists and facets need no article fetch. */
export const storedFields = ['articleId', 'title', 'description', 'service', 'selfHelpType', 'clouds', 'supportTopicIds', 'productPesIds'] as const;

export type SearchField = (typeof searchFields)[number];
export type StoredField = (typeof storedFields)[number];

/**
 * One searchable document. `file` is the MiniSearch id, being unique (article ids are not: the corpus
 * repeats some); the article id is stored as `articleId` since MiniSearch puts a hit's id in `id`.
 */
export interface SearchDocument {
  file: string;
  articleId: string;
  title: string;
  description: string;
  symptoms: string;
  causes: string;
  body: string;
  service: string | null;
  selfHelpType: string | null;
  clouds: string[];
  supportTopicIds: string[];
  productPesIds: string[];
}

export const searchIndexOptions = {
  idField: 'file',
  fields: [...searchFields],
  storeFields: [...storedFields],
};

/** Defaults for queries: titles and symptoms say what an article is about, so they weigh more. */
export const defaultQueryOptions = {
  boost: { title: 3, symptoms: 2, description: 2, causes: 1.5 },
  prefix: true,
  fuzzy: 0.15,
  combineWith: 'AND' as const,
};
