import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  EXPORT_SCHEMA_VERSION,
  ExportIndexSchema,
  ExportedArticleSchema,
  type ExportIndex,
  type ExportedArticle,
  type IndexEntry,
} from '../../schemas/export.js';
import type { FileResult } from '../process.js';

/** The export as data: output-relative path → file content. The CLI writes it; tests read it directly. */
export interface ExportBundle {
  index: ExportIndex;
  files: Map<string, string>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A file name from an id: only [A-Za-z0-9._-], never `.`/`..`, bounded length. */
export function safeFileStem(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return cleaned === '' ? 'article' : cleaned;
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * Build every export file from processed results. Output is independent of input order: results are
 * sorted by source, and a name taken twice (duplicate articleIds, ids that sanitise alike) gets a hash
 * of the source for every file after the first.
 */
export function exportLibrary(results: readonly FileResult[]): ExportBundle {
  const sorted = [...results].sort((a, b) => compare(a.source, b.source));
  const files = new Map<string, string>();
  const entries: IndexEntry[] = [];
  const rejected: ExportIndex['rejected'] = [];
  for (const result of sorted) {
    const { article } = result;
    if (!article) {
      rejected.push({ source: result.source, diagnostics: result.diagnostics });
      continue;
    }
    let stem = safeFileStem(article.id);
    if (stem !== article.id || files.has(`articles/${stem}.json`)) stem = `${stem}--${shortHash(result.source)}`;
    const file = `articles/${stem}.json`;
    const exported: ExportedArticle = {
      schemaVersion: EXPORT_SCHEMA_VERSION,
      ...article,
      sha256: result.sha256 ?? '',
      diagnostics: result.diagnostics,
    };
    files.set(file, stringify(exported));
    entries.push(indexEntry(exported, file));
  }
  entries.sort((a, b) => compare(a.id, b.id) || compare(a.source, b.source));
  const index: ExportIndex = { schemaVersion: EXPORT_SCHEMA_VERSION, articles: entries, rejected };
  files.set('index.json', stringify(index));
  for (const [name, schema] of Object.entries(exportSchemas)) files.set(`schema/${name}.schema.json`, stringify(z.toJSONSchema(schema)));
  return { index, files };
}

export const exportSchemas = { article: ExportedArticleSchema, index: ExportIndexSchema } as const;

function indexEntry(article: ExportedArticle, file: string): IndexEntry {
  const { metadata } = article;
  return {
    id: article.id,
    file,
    source: article.source,
    title: article.title,
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
