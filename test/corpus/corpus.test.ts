import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../schemas/article.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { loadLibrary } from '../../src/library/load.js';
import { parseArticle } from '../../src/process.js';
import { compileSchema } from '../helpers/json-schema.js';
import { corpusDir, hasShared, seedFile } from '../helpers/shared.js';

describe.skipIf(!hasShared)('seed article (read in place)', () => {
  it('parses to 2 symptoms with 4 and 2 causes, 2 resolutions, one linked step each', () => {
    const { article } = parseArticle(readFileSync(seedFile, 'utf8'), { path: 'seed.md' });
    const symptoms = article!.symptoms;
    expect(symptoms.map((symptom) => symptom.causes.length)).toEqual([4, 2]);
    expect(symptoms.map((symptom) => symptom.causes.map((cause) => cause.resolutions.length))).toEqual([[0, 0, 0, 0], [2, 0]]);
    expect(symptoms.map((symptom) => symptom.steps.length)).toEqual([1, 1]);
    for (const symptom of symptoms) expect(symptom.steps[0]!.fragment).toMatch(/troubleshoot-by-using-the-troubleshooting-task$/);
  });
});

/** Attributes read by a deliberately different method (one regex over the block) to check the parser. */
function attributesAsWritten(text: string): Array<[string, string]> {
  const start = text.search(/<properties/i);
  const end = text.indexOf('/>', start);
  const block = text.slice(start, end === -1 ? undefined : end);
  return [...block.matchAll(/([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => [match[1]!, match[2] ?? match[3] ?? '']);
}

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ').trim();

function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
  return into;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []);

describe.skipIf(!hasShared)('the real corpus (../shared/corpus)', async () => {
  const results = hasShared ? await loadLibrary([corpusDir]) : [];
  const bundle = exportLibrary(results);

  it('accounts for every file, with no internal errors', () => {
    expect(results.length).toBe(2007);
    expect(bundle.index.articles.length + bundle.index.rejected.length).toBe(results.length);
    const internal = results.flatMap((result) => result.diagnostics).filter((diagnostic) => diagnostic.ruleId === 'internal/error');
    expect(internal).toEqual([]);
    console.log(`[corpus] ${results.length} files: ${bundle.index.articles.length} exported, ${bundle.index.rejected.length} rejected`);
  });

  it('builds every article model to ArticleSchema (extraction does not re-check at run time)', () => {
    const invalid = results.flatMap((result) => {
      const issues = result.article ? ArticleSchema.safeParse(result.article).error?.issues ?? [] : [];
      return issues.slice(0, 1).map((issue) => `${result.source}: ${issue.path.join('.')}: ${issue.message}`);
    });
    expect(invalid.slice(0, 5)).toEqual([]);
    expect(results.filter((result) => result.article).length).toBeGreaterThan(1990);
  });

  it('exports metadata equal to the properties block as written', () => {
    const mismatches: string[] = [];
    for (const result of results) {
      if (!result.article) continue;
      const { metadata } = result.article;
      const seen = new Set<string>();
      for (const [name, raw] of attributesAsWritten(readFileSync(result.path, 'utf8'))) {
        const attribute = result.article.properties.attributes.find((entry) => entry.name === name);
        const key = attribute?.key ?? name;
        if (seen.has(key.toLowerCase())) continue;
        seen.add(key.toLowerCase());
        const expected = decode(raw);
        const actual = attribute?.known ? (metadata as Record<string, unknown>)[key] : metadata.extra[name];
        const written = Array.isArray(actual) ? actual.join(',') : actual === null ? '' : String(actual);
        const normalise = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean).join(',').toLowerCase();
        if (normalise(written) !== normalise(expected)) mismatches.push(`${result.source}: ${name} ${JSON.stringify(expected)} ≠ ${JSON.stringify(actual)}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('keeps at least 99.5% of the distinct words of each body in its export, on average', () => {
    let total = 0;
    let counted = 0;
    for (const entry of bundle.index.articles) {
      const result = results.find((item) => item.source === entry.source)!;
      const body = result.parsed!.regions.markdown.slice(result.parsed!.regions.properties.end);
      const payload = result.article!.payload?.raw ?? '';
      const words = wordsOf(`${body} ${payload}`);
      if (words.size === 0) continue;
      const exported = wordsOf(stringsOf(JSON.parse(bundle.files.get(entry.file)!)).join(' '));
      let kept = 0;
      for (const word of words) if (exported.has(word)) kept += 1;
      total += kept / words.size;
      counted += 1;
    }
    const average = total / counted;
    console.log(`[corpus] average share of body words present in the export: ${(average * 100).toFixed(3)}%`);
    expect(average).toBeGreaterThanOrEqual(0.995);
  });

  it('writes only files that validate against the generated JSON Schemas', () => {
    const validateArticle = compileSchema(JSON.parse(bundle.files.get('schema/article.schema.json')!));
    const validateIndex = compileSchema(JSON.parse(bundle.files.get('schema/index.schema.json')!));
    expect(validateIndex(JSON.parse(bundle.files.get('index.json')!))).toBe(true);
    const invalid = bundle.index.articles.filter((entry) => !validateArticle(JSON.parse(bundle.files.get(entry.file)!)));
    expect(invalid.map((entry) => entry.source)).toEqual([]);
  });
});
