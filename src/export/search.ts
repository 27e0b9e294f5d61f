/**
 * `search-index.json`: a MiniSearch index over every exported article. Documents are added in file
 * order, so the serialised index is the same bytes for the same articles whatever the input order.
 */
import MiniSearch from 'minisearch';
import type { Article } from '../../schemas/article.js';
import type { SearchIndexFile } from '../../schemas/export.js';
import { searchIndexOptions, type SearchDocument } from '../search/options.js';

export function searchDocument(article: Article, file: string): SearchDocument {
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
    file,
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

export function buildSearchIndex(documents: readonly SearchDocument[], schemaVersion: string): SearchIndexFile {
  const search = new MiniSearch<SearchDocument>(searchIndexOptions);
  search.addAll([...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  return {
    schemaVersion,
    engine: 'minisearch',
    options: searchIndexOptions,
    index: search.toJSON() as unknown as SearchIndexFile['index'],
  };
}
