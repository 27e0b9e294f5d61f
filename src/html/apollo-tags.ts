/**
 * Apollo (Solutions 2.0) articles embed portal widgets as XML-like tags in the markdown (Apollo
 * template; 6 corpus insights, 10 videos): `<insight>` runs a diagnostic, `<metric>` draws an Azure
 * Monitor chart, `<video>`/`<videoGroup>` show videos, `<azureKB>` lists web results. This reads them
 * into plain data with the linear tag scanner; the HTML renderer and the Help API shape both use it.
 */
import { removeComments } from './remove-comments.js';
import { scanTags } from './tags.js';

/** Widget tags, lower-cased as HTML parsers and the scanner report them. */
export const apolloWidgetTags: ReadonlySet<string> = new Set(['insight', 'metric', 'video', 'videogroup', 'azurekb']);

/** One widget: its simple fields (`<symptomId>…</symptomId>` → `symptomid`), and nested widgets (videos of a group). */
export interface ApolloWidget {
  tag: string;
  fields: Record<string, string>;
  children: ApolloWidget[];
}

/**
 * Every top-level widget in an HTML string, in order. Field names are lower-cased, values are the text
 * between the tags with comments removed and white space collapsed (character references decoded as
 * in XML's five named ones, which is all the template uses).
 */
export function parseApolloWidgets(html: string): ApolloWidget[] {
  const roots: ApolloWidget[] = [];
  const stack: ApolloWidget[] = [];
  let field: { name: string; start: number } | undefined;
  for (const tag of scanTags(html)) {
    const current = stack[stack.length - 1];
    if (apolloWidgetTags.has(tag.name)) {
      if (!tag.closing) {
        const widget: ApolloWidget = { tag: tag.name, fields: {}, children: [] };
        (current ? current.children : roots).push(widget);
        stack.push(widget);
      } else if (current?.tag === tag.name) stack.pop();
      field = undefined;
      continue;
    }
    if (!current) continue;
    if (!tag.closing) field = { name: tag.name, start: tag.end };
    else if (field?.name === tag.name) {
      current.fields[tag.name] = fieldText(html.slice(field.start, tag.start));
      field = undefined;
    }
  }
  return roots;
}

const xmlEntities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function fieldText(raw: string): string {
  return removeComments(raw)
    .replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => xmlEntities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
