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
  BladeReferenceSchema,
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
export type { Article, BladeReference, Block, FormElement, Link, LinkKind, Payload, RichText, Section, Symptom, Token } from './article.js';
export {
  BuildSchema,
  EXPORT_SCHEMA_VERSION,
  ExportIndexSchema,
  ExportShapeSchema,
  ExportedArticleSchema,
  IndexEntrySchema,
  RejectedFileSchema,
  SearchIndexFileSchema,
} from './export.js';
export type { Build, ExportIndex, ExportShape, ExportedArticle, IndexEntry, RejectedFile, SearchIndexFile } from './export.js';
export {
  HelpDiagnosticSchema,
  HelpMetricsChartSchema,
  HelpReplacementMapsSchema,
  HelpSectionSchema,
  HelpSolutionSchema,
  HelpTroubleshooterSchema,
  HelpVideoGroupSchema,
  HelpVideoSchema,
  HelpWebResultSchema,
} from './help-api.js';
export type { HelpReplacementMaps, HelpSection, HelpSolution } from './help-api.js';
export { ConfigSchema, RuleSettingSchema, RuleSeveritySchema } from './config.js';
export type { Config, RuleSetting, RuleSeverity } from './config.js';
export { LintMessageSchema, LintResultSchema } from './report.js';
export type { LintMessage, LintResult } from './report.js';
