import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { DiagnosticSchema } from './diagnostic.js';
import { SelfHelpTypeSchema } from './properties.js';

/**
 * Semver of the exported JSON. Major: a field is removed, renamed or changes type; minor: a field is added;
 * patch: values improve (better extraction) with the same shape.
 */
export const EXPORT_SCHEMA_VERSION = '1.0.0';

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
    selfHelpType: SelfHelpTypeSchema.nullable(),
    service: z.string().nullable(),
    resource: z.string().nullable(),
    supportTopicIds: z.array(z.string()),
    productPesIds: z.array(z.string()),
    cloudEnvironments: z.array(z.string()),
    sha256: z.string(),
  })
  .meta({ id: 'IndexEntry' });
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const RejectedFileSchema = z
  .object({ source: z.string(), diagnostics: z.array(DiagnosticSchema).min(1) })
  .meta({ id: 'RejectedFile', description: 'An input file that could not be exported, and why' });
export type RejectedFile = z.infer<typeof RejectedFileSchema>;

export const ExportIndexSchema = z
  .object({
    schemaVersion: z.string(),
    articles: z.array(IndexEntrySchema),
    rejected: z.array(RejectedFileSchema),
  })
  .meta({ id: 'ExportIndex', description: 'DIR/index.json: every input file, exported or rejected' });
export type ExportIndex = z.infer<typeof ExportIndexSchema>;
