import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isDeepStrictEqual } from 'node:util';

/** The reference the fast reader must match: exactly the processor src/parse/markdown.ts uses. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export const remarkOracle = (markdown: string): Root => processor.parse(markdown);

/** The first path where two trees differ, with both values, or undefined when they are deep-equal. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(actual, expected)) return undefined;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${path}: ${JSON.stringify(actual)} (fast) vs ${JSON.stringify(expected)} (remark)`;
  }
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    const found = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return `${path}: differs in shape`;
}
