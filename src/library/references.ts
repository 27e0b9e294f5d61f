import type { Article, Payload } from '../../schemas/article.js';
import type { Point } from '../../schemas/position.js';
import { scanJson } from '../parse/json-positions.js';
import { lastAtMost } from '../text/last-at-most.js';
import type { FileSummary } from '../rules/rule.js';

type References = FileSummary['references'];

/**
 * Article ids this article points at, with where each is written:
 * - payload properties named `…ArticleId` (diagnose-and-solve menus link each problem to its common
 *   solution with `commonSolutionArticleId`: 32 in the corpus), at any depth;
 * - portal links that pass an `articleId` parameter: `data-blade:Extension.Blade.articleId.<id>` and
 *   `…#blade/Extension/Blade/articleId/<id>` (the portal's self-help blade opens an article by id).
 * The corpus has no other way for one article to name another (no relative `.md` links).
 */
export function collectReferences(article: Article): References {
  const references: References = [];
  if (article.payload) references.push(...payloadReferences(article.payload));
  for (const link of article.links) {
    if (link.kind !== 'blade') continue;
    const id = bladeArticleId(link.href);
    if (id) references.push({ id, position: link.position });
  }
  return references;
}

function payloadReferences(payload: Payload): References {
  const { raw } = payload;
  // Most payloads name no article: skip the position scan unless the text could hold such a property.
  if (payload.json === undefined || !/articleid"/i.test(raw)) return [];
  const { entries } = scanJson(raw, { stopAfterValue: true, allowControlCharacters: true });
  const found: References = [];
  const toPoint = pointInPayload(payload);
  for (const [pointer, entry] of entries) {
    const name = pointer.slice(pointer.lastIndexOf('/') + 1).toLowerCase();
    if (!entry.key || !name.endsWith('articleid')) continue;
    const literal = raw.slice(entry.value.start, entry.value.end);
    if (!literal.startsWith('"')) continue;
    const id = parseString(literal).trim();
    if (id) found.push({ id, position: { start: toPoint(entry.value.start), end: toPoint(entry.value.end) } });
  }
  return found.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

/**
 * File points of offsets in the payload's raw text, which starts on the line after the opening `---`
 * (see `findPayload`). Lines and columns are exact; the offset assumes the opening line is exactly `---`
 * (true of all 483 corpus payloads), since the article model does not keep the fence's length.
 */
function pointInPayload(payload: Payload): (offset: number) => Point {
  const firstLine = payload.position.start.line + 1;
  const fenceLength = 3 + (payload.raw.includes('\r\n') ? 2 : 1);
  const base = payload.position.start.offset + fenceLength;
  const lineStarts = [0];
  for (let index = payload.raw.indexOf('\n'); index !== -1; index = payload.raw.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    const line = lastAtMost(lineStarts, offset);
    return { line: firstLine + line, column: offset - lineStarts[line]! + 1, offset: base + offset };
  };
}

/** The value after an `articleId` parameter of a portal blade link, if any. */
export function bladeArticleId(href: string): string | undefined {
  const trimmed = href.trim();
  const blade = trimmed.indexOf('#blade/');
  const segments = blade !== -1
    ? trimmed.slice(blade + '#blade/'.length).split('/')
    : trimmed.toLowerCase().startsWith('data-blade:') ? trimmed.slice('data-blade:'.length).split('.') : [];
  // Segments 0 and 1 name the extension and the blade; parameters come in name/value pairs after them.
  for (let index = 2; index + 1 < segments.length; index += 2) {
    if (segments[index]!.toLowerCase() === 'articleid') {
      const value = decode(segments[index + 1]!).trim();
      return value || undefined;
    }
  }
  return undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseString(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : '';
  } catch {
    return literal.slice(1, -1);
  }
}
