export { PointSchema, PositionSchema } from './position.js';
export type { Point, Position } from './position.js';
export { DiagnosticSchema, FixSchema, RelatedPlaceSchema, SeveritySchema } from './diagnostic.js';
export type { Diagnostic, Fix, RelatedPlace, Severity } from './diagnostic.js';
export {
  CloudEnvironmentSchema,
  MetadataSchema,
  PropertiesBlockSchema,
  PropertyAttributeSchema,
  SelfHelpTypeSchema,
  cloudEnvironments,
  knownProperties,
  listProperties,
  selfHelpTypes,
  stringProperties,
} from './properties.js';
export type {
  CloudEnvironment,
  KnownProperty,
  Metadata,
  PropertiesBlock,
  PropertyAttribute,
  SelfHelpType,
} from './properties.js';
export {
  ArticleSchema,
  BlockSchema,
  CauseSchema,
  FormElementSchema,
  IssueDescriptionSchema,
  LinkKindSchema,
  LinkSchema,
  PayloadSchema,
  ProblemScopingSchema,
  RegionSchema,
  ResolutionSchema,
  RichTextSchema,
  SectionSchema,
  StepSchema,
  SymptomSchema,
  TokenSchema,
} from './article.js';
export type { Article, Block, FormElement, Link, LinkKind, Payload, RichText, Section, Symptom, Token } from './article.js';
export {
  EXPORT_SCHEMA_VERSION,
  ExportIndexSchema,
  ExportedArticleSchema,
  IndexEntrySchema,
  RejectedFileSchema,
} from './export.js';
export type { ExportIndex, ExportedArticle, IndexEntry, RejectedFile } from './export.js';
export { ConfigSchema, RuleSettingSchema, RuleSeveritySchema } from './config.js';
export type { Config, RuleSetting, RuleSeverity } from './config.js';
export { LintMessageSchema, LintResultSchema } from './report.js';
export type { LintMessage, LintResult } from './report.js';
