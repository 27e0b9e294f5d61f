/** The public API of selfhelp: read, parse, validate and export self-help articles. */
export { parseArticle, processBytes, processSource } from './process.js';
export type { FileResult } from './process.js';
export { decodeSource, sourceFromText } from './source.js';
export type { SourceFile } from './source.js';
export { loadLibrary } from './library/load.js';
export type { LoadOptions } from './library/load.js';
export { validateLibrary } from './library/validate.js';
export type { ValidateLibraryOptions, ValidatedFile } from './library/validate.js';
export { exportLibrary } from './export/bundle.js';
export type { ExportBundle, ExportOptions } from './export/bundle.js';
export { writeBundle } from './export/write.js';
export type { WriteOptions, WriteStats } from './export/write.js';
export { fillTokens, escapeHtml } from './html/fill-tokens.js';
export type { TokenValues } from './html/fill-tokens.js';
export { allRules, rules, libraryWideRules } from './rules/index.js';
export { defineRule, defineLibraryRule } from './rules/rule.js';
export type { Rule, LibraryRule, RuleMeta, RuleContext, Visitors } from './rules/rule.js';
export { formatters } from './report/index.js';
export {
  ArticleSchema,
  ConfigSchema,
  DiagnosticSchema,
  ExportIndexSchema,
  ExportedArticleSchema,
  MetadataSchema,
  EXPORT_SCHEMA_VERSION,
  HelpSolutionSchema,
  SearchIndexFileSchema,
} from '../schemas/index.js';
export type {
  Article,
  Config,
  Diagnostic,
  ExportIndex,
  ExportedArticle,
  HelpSolution,
  Metadata,
  SearchIndexFile,
  Symptom,
} from '../schemas/index.js';
