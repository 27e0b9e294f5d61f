/**
 * `search-index.json`: a MiniSearch index over every exported article. Documents are added in the order
 * of their source paths, so the serialised index is the same bytes for the same articles whatever the
 * order files were read or finished in.
 */
import MiniSearch from 'minisearch';
import type { Article } from '../../schemas/article.js';
import type { SearchIndexFile } from '../../schemas/export.js';
import { searchIndexOptions, type SearchDocument } from '../search/options.js';

/** An article's search document, without its `file` (the export names files only once all are in). */
export function searchDocument(article: Article): Omit<SearchDocument, 'file'> {
  const { metadata } = article;
  const blocks: string[] = [];
  const collect = (sections: Article['sections']): void => {
    for (const section of sections) {
      if (section.title) blocks.push(section.title);
      for (const block of section.blocks) if (block.type !== 'code' && block.type !== 'html') blocks.push(block.text);
      collect(section.sections);
    }
  };
  collect(article.sections);
  return {
    articleId: article.id,
    title: article.title,
    description: metadata.description ?? '',
    symptoms: article.symptoms.map((symptom) => symptom.title).join('\n'),
    causes: article.symptoms.flatMap((symptom) => symptom.causes.map((cause) => cause.text)).join('\n'),
    body: blocks.join('\n'),
    service: metadata.service ?? null,
    selfHelpType: article.selfHelpType,
    clouds: metadata.cloudEnvironments ?? [],
    supportTopicIds: metadata.supportTopicIds ?? [],
    productPesIds: metadata.productPesIds ?? [],
  };
}

/** The index of `documents`, added in the order given (callers pass them sorted by source). */
export function buildSearchIndex(documents: readonly SearchDocument[], schemaVersion: string): SearchIndexFile {
  const builder = new SearchIndexBuilder();
  for (const document of documents) builder.add(document);
  return builder.toFile(schemaVersion);
}

/**
 * An index built one document at a time, so an export can index each article as soon as it is ready
 * (while worker threads are still reading the rest) instead of all of them at the end.
 */
export class SearchIndexBuilder {
  readonly #search = new MiniSearch<SearchDocument>(searchIndexOptions);

  add(document: SearchDocument): void {
    this.#search.add(document);
  }

  toFile(schemaVersion: string): SearchIndexFile {
    return {
      schemaVersion,
      engine: 'minisearch',
      options: searchIndexOptions,
      index: this.#search.toJSON() as unknown as SearchIndexFile['index'],
    };
  }
}
