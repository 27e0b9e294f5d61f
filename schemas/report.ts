import { z } from 'zod';
import { FixSchema, RelatedPlaceSchema } from './diagnostic.js';

/**
 * `selfhelp validate --format json` keeps ESLint's result shape (eslint/eslint: docs/src/integrate/nodejs-api.md,
 * LintResult / LintMessage) so tools that already read ESLint JSON ingest ours unchanged.
 */

export const LintSeveritySchema = z
  .union([z.literal(1), z.literal(2)])
  .meta({ id: 'LintSeverity', description: "ESLint's numeric severity: 1 warning, 2 error" });

export const LintSuggestionSchema = z
  .object({
    desc: z.string(),
    messageId: z.string().optional(),
    fix: FixSchema,
  })
  .meta({ id: 'LintSuggestion', description: 'An optional, manually applied fix (ESLint suggestion)' });

export const LintMessageSchema = z
  .object({
    ruleId: z.string().describe('Rule id such as `links/aka-ms`; `internal/error` for a bug'),
    severity: LintSeveritySchema,
    message: z.string(),
    messageId: z.string().optional().describe("The rule's message key"),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    fix: FixSchema.optional().describe('Applied by `--fix`: replace file offsets [start, end) with text'),
    suggestions: z.array(LintSuggestionSchema).optional(),
    related: z
      .array(RelatedPlaceSchema)
      .optional()
      .describe('selfhelp extension, ignored by ESLint tools: other places involved (SARIF relatedLocations)'),
  })
  .meta({ id: 'LintMessage', description: 'One problem at a 1-based line and column (ESLint LintMessage)' });

export const DeprecatedRuleSchema = z
  .object({ ruleId: z.string(), replacedBy: z.array(z.string()) })
  .meta({ id: 'DeprecatedRule' });

export const LintResultSchema = z
  .object({
    filePath: z.string().describe('Absolute path of the file'),
    messages: z.array(LintMessageSchema).describe('Sorted by line, then column'),
    suppressedMessages: z.array(LintMessageSchema).describe('Always empty: inline disables drop messages'),
    errorCount: z.number().int().min(0),
    fatalErrorCount: z.number().int().min(0).describe('Always 0: unreadable files are reported by rules'),
    warningCount: z.number().int().min(0),
    fixableErrorCount: z.number().int().min(0),
    fixableWarningCount: z.number().int().min(0),
    usedDeprecatedRules: z.array(DeprecatedRuleSchema),
    source: z.string().optional().describe('The file text, present when the file has messages and the text was kept'),
  })
  .meta({ id: 'LintResult', description: 'Problems of one file (ESLint LintResult)' });

export const LintResultsSchema = z
  .array(LintResultSchema)
  .meta({ id: 'LintResults', description: 'Output of `selfhelp validate --format json`' });

export const LintTotalsSchema = z
  .object({
    fileCount: z.number().int().min(0),
    errorCount: z.number().int().min(0),
    warningCount: z.number().int().min(0),
    fixableErrorCount: z.number().int().min(0),
    fixableWarningCount: z.number().int().min(0),
    fatalErrorCount: z.number().int().min(0),
  })
  .meta({ id: 'LintTotals', description: 'Counts summed over every file of a run' });

export type LintSeverity = z.infer<typeof LintSeveritySchema>;
export type LintSuggestion = z.infer<typeof LintSuggestionSchema>;
export type LintMessage = z.infer<typeof LintMessageSchema>;
export type DeprecatedRule = z.infer<typeof DeprecatedRuleSchema>;
export type LintResult = z.infer<typeof LintResultSchema>;
export type LintTotals = z.infer<typeof LintTotalsSchema>;
