import { z } from 'zod';

/**
 * The Azure Microsoft.Help "solution" resource (`properties` of `Microsoft.Help/solutions`, as the
 * `@azure/arm-selfhelp` SDK documents it): HTML content with `replacementKey` placeholders that a portal
 * replaces with live widgets described in `replacementMaps`. Fields past the API's are marked
 * "selfhelp extension"; every array is present (empty when the article has none) so consumers need no
 * null checks.
 */
const replacementKey = z
  .string()
  .describe('The placeholder written in `content` (an HTML comment such as `<!--insight-1-->`) that the widget replaces');

export const HelpWebResultSchema = z
  .object({
    replacementKey,
    searchResults: z.array(z.never()).describe('Filled by the Help service at run time; always empty in the export'),
  })
  .meta({ id: 'HelpWebResult', description: 'An `<azureKB>` block: web results the portal searches for' });

export const HelpDiagnosticSchema = z
  .object({
    solutionId: z.string().describe('The diagnostic to run: an insight `symptomId`, or the article `diagnosticScenario`'),
    replacementKey: replacementKey.optional().describe('Absent for the diagnostic an article as a whole reports on'),
    requiredParameters: z.array(z.string()),
    insights: z.array(z.never()).describe('Filled by the Help service at run time; always empty in the export'),
    executionText: z.string().optional().describe('selfhelp extension: shown while the check runs'),
    timeoutText: z.string().optional().describe('selfhelp extension: shown when the check times out'),
    noResultText: z.string().optional().describe('selfhelp extension: shown when the check finds nothing'),
    failedText: z.string().optional().describe('selfhelp extension: shown when the check fails'),
    maxInsightCount: z.number().int().optional().describe('selfhelp extension: most insights to show'),
    additionalInputsRequired: z.boolean().optional().describe('selfhelp extension: the check needs answers to scoping questions'),
  })
  .meta({ id: 'HelpDiagnostic' });

export const HelpTroubleshooterSchema = z
  .object({ solutionId: z.string(), title: z.string(), summary: z.string() })
  .meta({ id: 'HelpTroubleshooter', description: 'A problem-scoping form that runs a self-service troubleshooter' });

export const HelpMetricsChartSchema = z
  .object({
    name: z.string().describe('The Azure Monitor metric'),
    aggregationType: z.string().describe('Sum, Avg, Count, Min or Max (the template default, Sum, when not written)'),
    timeSpanDuration: z.string().describe('How far back the chart reaches, e.g. `1d` (the template default when not written)'),
    title: z.string(),
    replacementKey,
  })
  .meta({ id: 'HelpMetricsChart' });

export const HelpVideoSchema = z
  .object({ src: z.string().describe('An http(s) address; empty when the written one was not'), title: z.string(), replacementKey })
  .meta({ id: 'HelpVideo' });

export const HelpVideoGroupSchema = z
  .object({ videos: z.array(z.object({ src: z.string(), title: z.string() })), replacementKey })
  .meta({ id: 'HelpVideoGroup' });

export const HelpReplacementMapsSchema = z
  .object({
    webResults: z.array(HelpWebResultSchema),
    diagnostics: z.array(HelpDiagnosticSchema),
    troubleshooters: z.array(HelpTroubleshooterSchema),
    metricsBasedCharts: z.array(HelpMetricsChartSchema),
    videos: z.array(HelpVideoSchema),
    videoGroups: z.array(HelpVideoGroupSchema),
  })
  .meta({ id: 'HelpReplacementMaps' });
export type HelpReplacementMaps = z.infer<typeof HelpReplacementMapsSchema>;

export const HelpSectionSchema = z
  .object({ title: z.string(), content: z.string(), replacementMaps: HelpReplacementMapsSchema })
  .meta({ id: 'HelpSection', description: 'An Apollo `:::Section Title:::` part of the solution' });
export type HelpSection = z.infer<typeof HelpSectionSchema>;

export const HelpSolutionSchema = z
  .object({
    schemaVersion: z.string().describe('selfhelp extension: the export schemaVersion'),
    solutionId: z.string().describe('The articleId'),
    title: z.string().describe('The customer-facing title (an Apollo article’s H2, otherwise its H1)'),
    content: z.string().describe('Sanitised HTML with replacement-key placeholders'),
    replacementMaps: HelpReplacementMapsSchema,
    sections: z.array(HelpSectionSchema),
  })
  .meta({ id: 'HelpSolution', description: 'DIR/help-api/<id>.json: one article as a Microsoft.Help solution' });
export type HelpSolution = z.infer<typeof HelpSolutionSchema>;
