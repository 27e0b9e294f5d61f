import { z } from 'zod';

export const RuleSeveritySchema = z.enum(['off', 'warn', 'error']);
export type RuleSeverity = z.infer<typeof RuleSeveritySchema>;

export const RuleSettingSchema = z.union([
  RuleSeveritySchema,
  z.tuple([RuleSeveritySchema]),
  z.tuple([RuleSeveritySchema, z.unknown()]),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const RulesConfigSchema = z.record(z.string(), RuleSettingSchema);

export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    extends: z.enum(['recommended', 'strict']).optional().describe('Preset to start from (default `recommended`)'),
    rules: RulesConfigSchema.optional(),
    overrides: z
      .array(z.strictObject({ files: z.union([z.string(), z.array(z.string())]), rules: RulesConfigSchema }))
      .optional()
      .describe('Rule settings for files matching a glob, relative to the config file'),
    ignores: z.array(z.string()).optional().describe('Globs of files not to read at all'),
    supportTopicCatalog: z.string().optional().describe('A file listing allowed support topic ids, one per line or a JSON array'),
    maxFileSizeBytes: z.number().int().positive().optional(),
  })
  .meta({ id: 'Config', description: 'selfhelp.config.json' });
export type Config = z.infer<typeof ConfigSchema>;
