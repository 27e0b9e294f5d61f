import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { DiagnosticSchema } from './diagnostic.js';
import { CloudEnvironmentSchema, SelfHelpTypeSchema } from './properties.js';

/**
 * Semver of the exported JSON. Major: a field is removed, renamed or changes type; minor: a field or a
 * file is added; patch: values improve (better extraction) with the same shape.
 * 1.1.0: link `blade`/`bladeError`/`localeFreeHref`/`unsafeReason`/`writtenHref`, index `build` and entry
 * `description`/`helpApiFile`, `search-index.json`, `help-api/<id>.json`.
 */
export const EXPORT_SCHEMA_VERSION = '1.1.0';

export const ExportedArticleSchema = ArticleSchema.extend({
  schemaVersion: z.string(),
  sha256: z.string().describe('Hash of the source file bytes'),
  diagnostics: z.array(DiagnosticSchema).describe('Problems found while reading the article; it is exported anyway'),
}).meta({ id: 'ExportedArticle', description: 'DIR/articles/<id>.json' });
export type ExportedArticle = z.infer<typeof ExportedArticleSchema>;

export const IndexEntrySchema = z
  .object({
    id: z.string(),
    file: z.string().describe('Path of the article JSON inside the export folder'),
    source: z.string(),
    title: z.string(),
    description: z.string().nullable().describe('The description property, for result lists'),
    selfHelpType: SelfHelpTypeSchema.nullable(),
    service: z.string().nullable(),
    resource: z.string().nullable(),
    supportTopicIds: z.array(z.string()),
    productPesIds: z.array(z.string()),
    cloudEnvironments: z.array(z.string()),
    sha256: z.string(),
    helpApiFile: z.string().optional().describe('Path of the Help API solution JSON, in a `--shape help-api` export'),
  })
  .meta({ id: 'IndexEntry' });
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const RejectedFileSchema = z
  .object({ source: z.string(), diagnostics: z.array(DiagnosticSchema).min(1) })
  .meta({ id: 'RejectedFile', description: 'An input file that could not be exported, and why' });
export type RejectedFile = z.infer<typeof RejectedFileSchema>;

export const ExportShapeSchema = z.enum(['help-api']);
export type ExportShape = z.infer<typeof ExportShapeSchema>;

export const BuildSchema = z
  .object({
    cloud: CloudEnvironmentSchema.nullable().describe('The cloud this export is for; null for every article of every cloud'),
    shapes: z.array(ExportShapeSchema).describe('Extra shapes written beside the articles'),
  })
  .meta({ id: 'Build', description: 'The options the export was built with (no dates: exports are reproducible)' });
export type Build = z.infer<typeof BuildSchema>;

export const ExportIndexSchema = z
  .object({
    schemaVersion: z.string(),
    build: BuildSchema,
    searchIndex: z.string().describe('Path of the MiniSearch index inside the export folder'),
    articles: z.array(IndexEntrySchema),
    rejected: z.array(RejectedFileSchema),
  })
  .meta({ id: 'ExportIndex', description: 'DIR/index.json: every input file, exported or rejected' });
export type ExportIndex = z.infer<typeof ExportIndexSchema>;

export const SearchIndexFileSchema = z
  .object({
    schemaVersion: z.string(),
    engine: z.literal('minisearch').describe('Load `index` with MiniSearch.loadJS(index, options) (selfhelp/client does)'),
    options: z.object({
      idField: z.string(),
      fields: z.array(z.string()).describe('Searched fields'),
      storeFields: z.array(z.string()).describe('Fields returned with each hit, for facets'),
    }),
    index: z
      .looseObject({ documentCount: z.number().int().min(0), serializationVersion: z.number().int() })
      .describe('MiniSearch.toJSON() output'),
  })
  .meta({ id: 'SearchIndexFile', description: 'DIR/search-index.json: full-text search over every exported article' });
export type SearchIndexFile = z.infer<typeof SearchIndexFileSchema>;
