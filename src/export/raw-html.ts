/**
 * Raw HTML the portal HTML leaves out, reported as warnings in the exported article so authors learn
 * their markup did not make it (the `structure/raw-html` rule judges raw HTML at validation time; this
 * reports what the export did with it). Safe tags (`<br>`, `<b>`, `<a href>`, `<sup>`, …) are mapped, so
 * they are silent; Apollo widgets go to the Help API shape, so they are silent too.
 */
import type { Html, RootContent } from 'mdast';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Position } from '../../schemas/position.js';
import { diagnosticAt } from '../diagnostics.js';
import { nodePosition } from '../extract/blocks.js';
import { apolloWidgetTags } from '../html/apollo-tags.js';
import { MAX_RAW_HTML_DEPTH, rawHtmlDepth } from '../html/raw-depth.js';
import { allowedHtmlTags, sanitizeSchema, strippedHtmlTags } from '../html/sanitize-schema.js';
import { scanTags, type HtmlTag } from '../html/tags.js';
import { isUnsafeLink } from '../links/classify.js';
import { displayUrl } from '../links/url.js';
import { decodeCharacterReferences } from '../parse/html-anchors.js';
import type { ParsedFile } from '../parse/index.js';

export const RAW_HTML_RULE = 'export/raw-html';

/** Attributes that change nothing a reader sees when dropped (the portal decides how links open). */
const silentAttributes = new Set(['target', 'rel']);

/** HTML attribute names the sanitiser keeps per tag (its schema speaks hast property names). */
const keptAttributes = new Map<string, Set<string>>(
  Object.entries(sanitizeSchema.attributes ?? {}).map(([tag, list]) => [
    tag,
    new Set(list.map((entry) => attributeName(typeof entry === 'string' ? entry : entry[0]))),
  ]),
);

function attributeName(property: string): string {
  if (property === 'className') return 'class';
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * One warning per distinct problem per file, at its first place: enough for an author to find and fix
 * it, bounded however much markup a file repeats (the validation rule reports every occurrence).
 */
export function rawHtmlDiagnostics(parsed: Pick<ParsedFile, 'tree' | 'file' | 'index'>): Diagnostic[] {
  const reported = new Map<string, Diagnostic>();
  const report = (message: string, position: Position | undefined) => {
    if (!reported.has(message)) reported.set(message, { ...diagnosticAt(RAW_HTML_RULE, 'warning', message, position), messageId: 'rawHtml' });
  };
  // Document order; a widget written inside a paragraph spans several inline html nodes.
  let widgetDepth = 0;
  for (const { block, nodes } of htmlByBlock(parsed)) {
    if (rawHtmlDepth(nodes.map((node) => node.value)) > MAX_RAW_HTML_DEPTH) {
      report(`Raw HTML nested more than ${MAX_RAW_HTML_DEPTH} levels deep is left out of the export; simplify it`, nodePosition(block));
      continue;
    }
    for (const node of nodes) {
      for (const tag of scanTags(node.value)) {
        if (apolloWidgetTags.has(tag.name)) widgetDepth = Math.max(0, widgetDepth + (tag.closing ? -1 : 1));
        if (tag.closing || widgetDepth > 0 || apolloWidgetTags.has(tag.name)) continue;
        // The scanner lower-cases names; messages quote the tag as the author wrote it.
        const written = node.value.slice(tag.start + 1, tag.start + 1 + tag.name.length);
        for (const message of tagProblems(tag, written)) report(message, tagPosition(parsed.file, node, tag));
      }
    }
  }
  return [...reported.values()];
}

/** Each top-level block with its html nodes, in document order, read from the tree index (no walk). */
function htmlByBlock({ tree, index }: Pick<ParsedFile, 'tree' | 'index'>): Array<{ block: RootContent; nodes: Html[] }> {
  const blocks: Array<{ block: RootContent; nodes: Html[] }> = [];
  index.nodes.forEach((node, position) => {
    if (index.parents[position] === tree) blocks.push({ block: node as RootContent, nodes: [] });
    if (node.type === 'html') blocks[blocks.length - 1]?.nodes.push(node);
  });
  return blocks;
}

function tagProblems(tag: HtmlTag, written: string): string[] {
  if (strippedHtmlTags.has(tag.name)) return [`Raw HTML \`<${written}>\` is removed from the export with all it contains`];
  if (!allowedHtmlTags.has(tag.name)) {
    return [`Raw HTML tag \`<${written}>\` is left out of the export (its text is kept); use markdown or backticks`];
  }
  const kept = keptAttributes.get(tag.name) ?? new Set<string>();
  const problems: string[] = [];
  for (const attribute of tag.attributes) {
    if (attribute.name === '' || silentAttributes.has(attribute.name)) continue;
    if (attribute.name.startsWith('on')) {
      problems.push(`Event handler \`${attribute.name}\` on \`<${written}>\` is removed from the export; portals never run scripts`);
    } else if (!kept.has(attribute.name)) {
      problems.push(`Attribute \`${attribute.name}\` on \`<${written}>\` is removed from the export; portals do not use it`);
    } else if (tag.name === 'img' && attribute.name === 'src' && isUnsafeLink(decodeCharacterReferences(attribute.value))) {
      problems.push(`Image source \`${displayUrl(attribute.value, 50)}\` is removed from the export; use an https address`);
    }
  }
  return problems;
}

/** Exact when the node's text is the file's text (not inside a list or quote), else the node's start. */
function tagPosition(file: ParsedFile['file'], node: Html, tag: HtmlTag): Position | undefined {
  const base = node.position?.start.offset;
  if (base === undefined) return undefined;
  const exact = file.text.startsWith(node.value, base);
  const start = exact ? base + tag.start : base;
  const end = exact ? base + tag.end : base;
  return { start: file.toPoint(start), end: file.toPoint(end) };
}
