import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCatalogue, renderGeneratedSection } from '../../src/docs/catalogue.js';
import { renderJsonSchemas } from '../../src/docs/json-schemas.js';
import { checkLibrary } from '../../src/lint/library.js';
import { summarize } from '../../src/library/summary.js';
import { parseArticle } from '../../src/process.js';
import { allRules } from '../../src/rules/index.js';
import type { LibraryRule, Rule } from '../../src/rules/rule.js';
import { repoRoot } from '../helpers/fixtures.js';
import { runRule } from '../helpers/rule-tester.js';

/** Every rule module, keyed by path: Vite resolves the glob at build time (variable imports it cannot follow). */
const ruleModules = import.meta.glob<Record<string, unknown>>('../../src/rules/*/*.ts');

const read = (relative: string) => readFileSync(path.join(repoRoot, relative), 'utf8');
const camelCase = (id: string) => id.replace(/[/-](\w)/g, (_, char: string) => char.toUpperCase());
const isFileRule = (rule: Rule | LibraryRule): rule is Rule => 'create' in rule;

/**
 * The fenced examples of a doc page, by label: ```md incorrect, optionally with ` path=dir/file.md` for
 * library rules whose examples depend on where the files are.
 */
function fencedExamples(doc: string, label: 'incorrect' | 'correct'): Array<{ path?: string; source: string }> {
  const found: Array<{ path?: string; source: string }> = [];
  const opening = `\`\`\`md ${label}`;
  for (let start = doc.indexOf(opening); start !== -1; start = doc.indexOf(opening, start + 1)) {
    const lineEnd = doc.indexOf('\n', start);
    const info = doc.slice(start + opening.length, lineEnd).trim();
    if (info !== '' && !info.startsWith('path=')) continue;
    const end = doc.indexOf('\n```', lineEnd);
    if (end !== -1) found.push({ ...(info ? { path: info.slice('path='.length) } : {}), source: `${doc.slice(lineEnd + 1, end)}\n` });
  }
  return found;
}

const examples = (doc: string, label: 'incorrect' | 'correct'): string[] => fencedExamples(doc, label).map((example) => example.source);

describe('rule catalogue', () => {
  it('lists rules sorted by id, each id once', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('lives at src/rules/<id>.ts under its camelCase name, with a test and a doc page', async () => {
      const load = ruleModules[`../../src/rules/${id}.ts`];
      expect(load, `src/rules/${id}.ts`).toBeDefined();
      const module = await load!();
      expect(module[camelCase(id)]).toBe(rule);
      expect(existsSync(path.join(repoRoot, 'test/rules', `${id}.test.ts`)), 'test file').toBe(true);
      expect(existsSync(path.join(repoRoot, 'docs/rules', `${id}.md`)), 'doc page').toBe(true);
    });

    it('has a doc page with its sections in order and the generated tail up to date', () => {
      const doc = read(`docs/rules/${id}.md`);
      const headings = doc.split('\n').filter((line) => /^##? /.test(line)).map((line) => line.replace(/^#+ /, ''));
      expect(headings[0]).toBe(id);
      const order = ['Why', 'Examples', 'How to fix'].map((heading) => headings.indexOf(heading));
      expect(order.every((index, position) => index > 0 && (position === 0 || index > order[position - 1]!))).toBe(true);
      expect(doc.endsWith(renderGeneratedSection(rule)), 'run `npm run docs`').toBe(true);
      expect(rule.meta.description).not.toMatch(/\.$/);
    });

    // Rules reported while reading have no executable examples (a file's bytes, its size): no test, not a skip.
    if (!isFileRule(rule)) it('behaves as its doc examples are labelled (the examples of a label form one run)', () => {
      const doc = read(`docs/rules/${id}.md`);
      const run = (files: Array<{ path?: string; source: string }>) => {
        const summaries = files.map((file, index) => summarize(parseArticle(file.source, { path: file.path ?? `articles/example-${index}.md` }).article!));
        return [...checkLibrary(summaries, [rule]).values()].flat();
      };
      const incorrect = fencedExamples(doc, 'incorrect');
      expect(incorrect.length).toBeGreaterThan(0);
      expect(run(incorrect).length).toBeGreaterThan(0);
      expect(run(fencedExamples(doc, 'correct'))).toEqual([]);
    });

    if (isFileRule(rule) && rule.meta.reportedBy === undefined) it('behaves as its doc examples are labelled', () => {
      const doc = read(`docs/rules/${id}.md`);
      const incorrect = examples(doc, 'incorrect');
      expect(incorrect.length).toBeGreaterThan(0);
      for (const example of incorrect) expect(runRule(rule as Rule, example).length, example).toBeGreaterThan(0);
      for (const example of examples(doc, 'correct')) expect(runRule(rule as Rule, example), example).toEqual([]);
    });
  });

  it('docs/rules/README.md is generated from the rules (run `npm run docs`)', () => {
    expect(read('docs/rules/README.md')).toBe(renderCatalogue(allRules));
  });

  it('docs/schema/*.schema.json are generated from the zod schemas (run `npm run docs`)', () => {
    for (const [name, text] of Object.entries(renderJsonSchemas())) expect(read(`docs/schema/${name}.schema.json`)).toBe(text);
  });
});
