/**
 * The fast reader over the real corpus, read in place: every file's markdown region must come out
 * deep-equal to remark's tree or be refused, and refusals must stay rare (they cost remark's time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFast } from '../../src/parse/fast/index.js';
import { decodeSource } from '../../src/source.js';
import { splitRegions } from '../../src/split.js';
import { firstDifference, remarkOracle } from '../helpers/remark-oracle.js';
import { corpusDir, hasShared } from '../helpers/shared.js';

/** Measured: 16 of 2,007 files (0.8%) are refused: tab-indented continuation lines (6), the emphasis rule of 3 (5), lazy lines that may open HTML (3), a definition, an empty list item. */
const MAX_REFUSED_FRACTION = 0.0095;

function* markdownFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (entry.name.endsWith('.md')) yield full;
  }
}

describe.skipIf(!hasShared)('fast markdown reader on the corpus (../shared/corpus)', () => {
  it('gives remark\'s exact tree for every file it does not refuse, and refuses few', () => {
    const mismatches: string[] = [];
    let files = 0;
    let refused = 0;
    for (const file of markdownFiles(corpusDir)) {
      const source = decodeSource(readFileSync(file), { path: file, source: path.relative(corpusDir, file) });
      const regions = source.value && splitRegions(source.value).value;
      if (!regions) continue;
      files++;
      const fast = parseMarkdownFast(regions.markdown);
      if (fast === undefined) {
        refused++;
        continue;
      }
      const difference = firstDifference(fast, remarkOracle(regions.markdown));
      if (difference) mismatches.push(`${path.relative(corpusDir, file)} ${difference}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(files).toBeGreaterThan(1900);
    expect(refused / files).toBeLessThan(MAX_REFUSED_FRACTION);
  });
});
