import { describe, expect, it } from 'vitest';
import { scanProperties } from '../../src/parse/properties-scanner.js';
import { parseArticle } from '../../src/process.js';

const malformed = (text: string) => parseArticle(text).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'properties/malformed');

describe('properties reader on hostile blocks', () => {
  it('scans in linear time many values with no heading after them', () => {
    // Each value used to search the rest of the file for a heading: 40,000 values took about 20 s.
    const text = `<properties ${' n="v\n  m="w"'.repeat(40_000)} />\nText\n`;
    const started = performance.now();
    const scanned = scanProperties(text, 0);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(scanned.attributes).toHaveLength(40_000);
  });

  it('reports each value that swallowed the next attribute', () => {
    const found = malformed(`<properties ${' n="v\n  m="w"'.repeat(50)} />\nText\n`);
    expect(found).toHaveLength(50);
    expect(found[0]).toMatchObject({ messageId: 'unclosedQuote', line: 1, column: 16 });
  });

  it('reports one mistake once, not each piece it leaves behind', () => {
    const text = '<properties\n  pageTitle=Disk is full "\n  articleId="disk-full"\n/>\n\n# Disk is full\n';
    expect(malformed(text).map((diagnostic) => [diagnostic.messageId, diagnostic.line, diagnostic.column])).toEqual([['missingQuote', 2, 13]]);
  });
});
