import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning']);

export const FixSchema = z
  .object({
    range: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    text: z.string(),
  })
  .meta({ id: 'Fix', description: 'Replace the file offsets [start, end) with text' });

export const RelatedPlaceSchema = z.object({
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

export const DiagnosticSchema = z
  .object({
    ruleId: z.string().describe('Rule id such as `properties/malformed`; `internal/error` for a bug'),
    severity: SeveritySchema,
    message: z.string(),
    messageId: z.string().optional().describe("The rule's message key, as in ESLint"),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    fix: FixSchema.optional(),
    related: z.array(RelatedPlaceSchema).optional(),
  })
  .meta({ id: 'Diagnostic', description: 'One finding at a 1-based line and column of the file' });

export type Severity = z.infer<typeof SeveritySchema>;
export type Fix = z.infer<typeof FixSchema>;
export type RelatedPlace = z.infer<typeof RelatedPlaceSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
