import { z } from 'zod';
import { PositionSchema } from './position.js';

/**
 * Every selfHelpType seen in the public repository, in the spelling its templates use.
 * Real files vary the case (`selfhelptype="tsg_content"`); `parse` maps them here.
 */
export const selfHelpTypes = [
  'generic',
  'resource',
  'TSG_Content',
  'TSG_Description',
  'TSG_Questions',
  'problemScopingQuestions',
  'diagnostics',
  'advisorRecommendationMetadata',
  'rca',
  'servicehealthinsights',
  'supportTopicDescription',
  'Apollo',
  'diagnoseandsolve',
  'tools',
  'PartnerCenterQuickStart',
] as const;

export const SelfHelpTypeSchema = z.enum(selfHelpTypes).meta({
  id: 'SelfHelpType',
  description: 'The article family, which decides its template, required properties and payload',
});
export type SelfHelpType = z.infer<typeof SelfHelpTypeSchema>;

export const cloudEnvironments = ['public', 'fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'] as const;
export const CloudEnvironmentSchema = z.enum(cloudEnvironments);
export type CloudEnvironment = z.infer<typeof CloudEnvironmentSchema>;

/** Attributes whose value is a comma-separated list; split, trimmed, empties dropped. */
export const listProperties = [
  'supportTopicIds',
  'productPesIds',
  'cloudEnvironments',
  'resourceTags',
  'authors',
] as const;

/** Attributes with a single string value, in the templates' spelling. */
export const stringProperties = [
  'pageTitle',
  'description',
  'infoBubbleText',
  'service',
  'resource',
  'ms.author',
  'ms.service',
  'selfHelpType',
  'articleId',
  'ownershipId',
  'schemaVersion',
  'diagnosticScenario',
  'articleTags',
  'clientIds',
  'disableClouds',
  'category',
  'authorAlias',
  'resourceRequired',
  'icmService',
  'icmTeam',
  'feedbackEmail',
  'symptomId',
  'searchTags',
  'productFamilyId',
] as const;

/** Every attribute name the templates or the corpus use on purpose; anything else lands in `extra`. */
export const knownProperties = [...stringProperties, ...listProperties, 'displayOrder'] as const;
export type KnownProperty = (typeof knownProperties)[number];

const stringFields = Object.fromEntries(stringProperties.map((name) => [name, z.string().optional()])) as {
  [K in (typeof stringProperties)[number]]: z.ZodOptional<z.ZodString>;
};
const listFields = Object.fromEntries(listProperties.map((name) => [name, z.array(z.string()).optional()])) as {
  [K in (typeof listProperties)[number]]: z.ZodOptional<z.ZodArray<z.ZodString>>;
};

export const MetadataSchema = z
  .object({
    ...stringFields,
    ...listFields,
    displayOrder: z
      .number()
      .nullable()
      .optional()
      .describe('null when the attribute is empty or not a number (the raw text stays in `properties.attributes`)'),
    extra: z
      .record(z.string(), z.string())
      .describe('Attributes that are not known properties, under their names as written'),
  })
  .meta({
    id: 'Metadata',
    description:
      'The <properties> block under canonical attribute names: entities decoded, whitespace collapsed, lists split, clouds lower-cased',
  });
export type Metadata = z.infer<typeof MetadataSchema>;

export const PropertyAttributeSchema = z
  .object({
    name: z.string().describe('The attribute name as written'),
    key: z.string().describe('The canonical name (`articleid` → `articleId`), or the written name when unknown'),
    known: z.boolean(),
    value: z.string().describe('The decoded value, whitespace as written'),
    position: PositionSchema.describe('From the attribute name to the closing quote'),
    valuePosition: PositionSchema.describe('The value between its quotes'),
  })
  .meta({ id: 'PropertyAttribute' });
export type PropertyAttribute = z.infer<typeof PropertyAttributeSchema>;

export const PropertiesBlockSchema = z
  .object({
    position: PositionSchema,
    attributes: z.array(PropertyAttributeSchema),
  })
  .meta({ id: 'PropertiesBlock', description: 'The <properties … /> block with every attribute as written' });
export type PropertiesBlock = z.infer<typeof PropertiesBlockSchema>;
