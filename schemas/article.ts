import { z } from 'zod';
import { PositionSchema } from './position.js';
import { MetadataSchema, PropertiesBlockSchema, SelfHelpTypeSchema } from './properties.js';

export const RichTextSchema = z
  .object({
    text: z.string().describe('Plain text, for search and summaries'),
    html: z.string().describe('Sanitised HTML fragment rendered from the markdown'),
  })
  .meta({ id: 'RichText' });
export type RichText = z.infer<typeof RichTextSchema>;

export const BlockSchema = z
  .object({
    type: z.string().describe('The markdown construct: paragraph, list, code, table, html, blockquote, …'),
    text: z.string(),
    html: z.string(),
    markdown: z.string().describe('The block exactly as written in the source'),
    position: PositionSchema,
  })
  .meta({ id: 'Block', description: 'One top-level block of the body' });
export type Block = z.infer<typeof BlockSchema>;

export const SectionKindSchema = z.enum(['document', 'heading', 'bold-paragraph']);

export interface Section {
  title: string;
  depth: number;
  kind: z.infer<typeof SectionKindSchema>;
  position: z.infer<typeof PositionSchema>;
  blocks: Block[];
  sections: Section[];
}
export const SectionSchema: z.ZodType<Section> = z
  .object({
    title: z.string().describe('Heading text without emphasis markers'),
    depth: z.number().int().min(0).max(7).describe('Heading level; a bold-only paragraph is one below its parent'),
    kind: SectionKindSchema,
    position: PositionSchema.describe('Where the title is written'),
    blocks: z.array(BlockSchema).describe('Blocks between this title and the next title'),
    get sections() {
      return z.array(SectionSchema);
    },
  })
  .meta({ id: 'Section' });

export const LinkKindSchema = z.enum(['docs', 'blade', 'external', 'anchor', 'mailto', 'unsafe']);
export type LinkKind = z.infer<typeof LinkKindSchema>;

export const BladeReferenceSchema = z
  .object({
    extension: z.string().describe('The portal extension that owns the blade, e.g. `Microsoft_Azure_Support`'),
    name: z.string().describe('The blade, e.g. `ResourceHealthBlade`'),
    parameters: z.record(z.string(), z.string()).describe('Blade inputs in order of writing; `$name` values are filled by the portal'),
    uri: z.string().optional().describe('The http(s) fallback address after `;data-blade-uri:`'),
  })
  .meta({ id: 'BladeReference', description: 'A portal blade a link opens' });
export type BladeReference = z.infer<typeof BladeReferenceSchema>;

export const LinkSchema = z
  .object({
    kind: LinkKindSchema,
    text: z.string(),
    href: z
      .string()
      .describe('The target as written; in the export, empty for `unsafe` links and moved to the cloud docs host in per-cloud builds'),
    fragment: z.string().optional().describe('The part after `#`, decoded'),
    blade: BladeReferenceSchema.optional().describe('For `blade` links the portal can route'),
    bladeError: z.string().optional().describe('For `blade` links the portal cannot route: why'),
    localeFreeHref: z.string().optional().describe('For `docs` links: the href without a locale segment such as `/en-us/`'),
    unsafeReason: z.string().optional().describe('For `unsafe` links in the export: why the target was removed'),
    writtenHref: z.string().optional().describe('In a per-cloud export, the href as written when the export moved it'),
    position: PositionSchema,
  })
  .meta({ id: 'Link' });
export type Link = z.infer<typeof LinkSchema>;

export const StepSchema = z
  .object({
    text: z.string(),
    href: z.string(),
    fragment: z.string().optional(),
    position: PositionSchema,
  })
  .meta({ id: 'Step', description: 'A link to the steps that fix a symptom' });

export const ResolutionSchema = RichTextSchema.extend({ position: PositionSchema }).meta({ id: 'Resolution' });

export const CauseSchema = RichTextSchema.extend({
  resolutions: z.array(ResolutionSchema).describe('Nested list items under the cause'),
  position: PositionSchema,
}).meta({ id: 'Cause' });

export const SymptomSchema = z
  .object({
    title: z.string(),
    causes: z.array(CauseSchema),
    steps: z.array(StepSchema).describe('Links in the symptom outside its causes, in order'),
    position: PositionSchema.describe('Where the title is written (the H1 for a symptom stated only there)'),
  })
  .meta({ id: 'Symptom' });
export type Symptom = z.infer<typeof SymptomSchema>;

export const RegionSchema = z
  .object({ blocks: z.array(BlockSchema), links: z.array(LinkSchema), position: PositionSchema })
  .meta({ id: 'Region', description: 'A standard section as written: its blocks and links' });

export const TokenSchema = z
  .object({
    name: z.string(),
    default: z.string().describe('The text between the opening and closing comments'),
    closed: z.boolean(),
    position: PositionSchema,
  })
  .meta({ id: 'Token', description: 'A replacement token <!--$Name-->default<!--/$Name-->' });
export type Token = z.infer<typeof TokenSchema>;

export const IssueDescriptionSchema = RichTextSchema.extend({ position: PositionSchema }).meta({
  id: 'IssueDescription',
  description: 'The <!--issueDescription--> region shown above a diagnostic',
});

export const DropdownOptionSchema = z.looseObject({ value: z.string(), text: z.string() });

export const FormElementSchema = z
  .looseObject({
    id: z.string().min(1),
    order: z.number().optional(),
    controlType: z.string().min(1),
    displayLabel: z.string().optional(),
    watermarkText: z.string().optional(),
    infoBalloonText: z.string().optional(),
    required: z.boolean().optional(),
    visibility: z.union([z.string(), z.boolean()]).optional(),
    dropdownOptions: z.array(DropdownOptionSchema).optional(),
    hints: z.array(z.looseObject({ text: z.string() })).optional(),
    content: z.string().optional(),
    useAsAdditionalDetails: z.boolean().optional(),
  })
  .meta({ id: 'FormElement', description: 'One problem-scoping question' });
export type FormElement = z.infer<typeof FormElementSchema>;

export const ProblemScopingSchema = z
  .looseObject({
    title: z.string().optional(),
    subscriptionRequired: z.boolean().optional(),
    resourceRequired: z.boolean().optional(),
    formElements: z.array(FormElementSchema),
  })
  .meta({ id: 'ProblemScoping', description: 'A problemScopingQuestions payload' });

export const JsonErrorSchema = z.object({
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

export const PayloadSchema = z
  .object({
    raw: z.string().describe('The text between the two `---` lines, as written'),
    json: z.unknown().optional().describe('The parsed JSON, absent when it does not parse'),
    error: JsonErrorSchema.optional().describe('Where and why the JSON does not parse'),
    problemScoping: ProblemScopingSchema.optional().describe('Typed view when the payload holds formElements'),
    position: PositionSchema,
  })
  .meta({ id: 'Payload', description: 'The JSON block between `---` lines after the H1' });
export type Payload = z.infer<typeof PayloadSchema>;

export const ArticleSchema = z
  .object({
    id: z.string().describe('The articleId, or a stable id derived from the path when there is none'),
    source: z.string().describe('The input path relative to the working directory, with forward slashes'),
    selfHelpType: SelfHelpTypeSchema.nullable().describe('Canonical selfHelpType; null when unknown or missing'),
    metadata: MetadataSchema,
    properties: PropertiesBlockSchema,
    title: z.string().describe('The first H1'),
    titlePosition: PositionSchema.optional(),
    summary: RichTextSchema.nullable().describe('The first paragraph of the body'),
    sections: z.array(SectionSchema).describe('The heading tree; every block of the body is in exactly one section'),
    symptoms: z.array(SymptomSchema),
    recommendedSteps: RegionSchema.nullable(),
    recommendedDocuments: RegionSchema.nullable(),
    links: z.array(LinkSchema),
    tokens: z.array(TokenSchema),
    issueDescription: IssueDescriptionSchema.nullable(),
    payload: PayloadSchema.nullable(),
  })
  .meta({ id: 'Article', description: 'A self-help article as a typed model' });
export type Article = z.infer<typeof ArticleSchema>;
