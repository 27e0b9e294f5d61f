/**
 * Apollo widgets → Microsoft.Help replacement maps. Each widget gets a placeholder, an HTML comment
 * numbered per kind across the article (`<!--insight-1-->`), written into the content where the widget
 * stood; the map entry carries the same key. Field names follow the Apollo template.
 */
import type { HelpReplacementMaps } from '../../schemas/help-api.js';
import type { ApolloWidget } from '../html/apollo-tags.js';
import { schemeOf } from '../links/classify.js';

export type WidgetCounter = Map<string, number>;

export const emptyMaps = (): HelpReplacementMaps => ({
  webResults: [],
  diagnostics: [],
  troubleshooters: [],
  metricsBasedCharts: [],
  videos: [],
  videoGroups: [],
});

export function mergeMaps(a: HelpReplacementMaps, b: HelpReplacementMaps): HelpReplacementMaps {
  return {
    webResults: [...a.webResults, ...b.webResults],
    diagnostics: [...a.diagnostics, ...b.diagnostics],
    troubleshooters: [...a.troubleshooters, ...b.troubleshooters],
    metricsBasedCharts: [...a.metricsBasedCharts, ...b.metricsBasedCharts],
    videos: [...a.videos, ...b.videos],
    videoGroups: [...a.videoGroups, ...b.videoGroups],
  };
}

export function widgetMaps(widgets: readonly ApolloWidget[], counter: WidgetCounter): { maps: HelpReplacementMaps; placeholders: string[] } {
  const maps = emptyMaps();
  const placeholders: string[] = [];
  for (const widget of widgets) {
    const replacementKey = nextKey(counter, widget.tag);
    const { fields } = widget;
    if (widget.tag === 'insight') maps.diagnostics.push(diagnosticOf(fields, replacementKey));
    else if (widget.tag === 'metric') {
      maps.metricsBasedCharts.push({
        name: fields.name ?? '',
        // The template's stated defaults.
        aggregationType: fields.aggregationtype || 'Sum',
        timeSpanDuration: fields.timespanduration || '1d',
        title: fields.title ?? '',
        replacementKey,
      });
    } else if (widget.tag === 'video') maps.videos.push({ ...videoOf(widget), replacementKey });
    else if (widget.tag === 'videogroup') {
      maps.videoGroups.push({ videos: widget.children.filter((child) => child.tag === 'video').map(videoOf), replacementKey });
    } else maps.webResults.push({ replacementKey, searchResults: [] });
    placeholders.push(replacementKey);
  }
  return { maps, placeholders };
}

function nextKey(counter: WidgetCounter, tag: string): string {
  const count = (counter.get(tag) ?? 0) + 1;
  counter.set(tag, count);
  return `<!--${tag}-${count}-->`;
}

function diagnosticOf(fields: Record<string, string>, replacementKey: string): HelpReplacementMaps['diagnostics'][number] {
  const optional = (name: string, key: string) => (fields[name] ? { [key]: fields[name] } : {});
  const maxInsightCount = Number.parseInt(fields.maxinsightcount ?? '', 10);
  const additional = fields.additionalinputsreq?.toLowerCase();
  return {
    solutionId: fields.symptomid ?? '',
    replacementKey,
    requiredParameters: [],
    insights: [],
    ...optional('executiontext', 'executionText'),
    ...optional('timeouttext', 'timeoutText'),
    ...optional('noresulttext', 'noResultText'),
    ...optional('failedtext', 'failedText'),
    ...(Number.isInteger(maxInsightCount) ? { maxInsightCount } : {}),
    ...(additional === 'true' || additional === 'false' ? { additionalInputsRequired: additional === 'true' } : {}),
  };
}

/** A video source is author text landing in a `src` field: only plain web addresses are kept. */
function videoOf(widget: ApolloWidget): { src: string; title: string } {
  const src = widget.fields.src ?? '';
  const safe = ['http', 'https'].includes(schemeOf(src) ?? '') ? src : '';
  return { src: safe, title: widget.fields.title ?? '' };
}
