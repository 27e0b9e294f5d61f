import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { applyFixes } from '../../src/fix/apply.js';
import { checkLibrary } from '../../src/lint/library.js';
import { validateResult } from '../../src/lint/validate.js';
import { summarize } from '../../src/library/summary.js';
import { parseArticle } from '../../src/process.js';
import type { LibraryRule, Rule } from '../../src/rules/rule.js';

export interface ExpectedError {
  messageId?: string;
  /** For rules reported while reading (no messageIds): a part of the message. */
  messageIncludes?: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ValidCase {
  name: string;
  source: string;
  path?: string;
  options?: unknown;
}
export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Required for fixable rules: the file after applying every fix. */
  output?: string;
}

/** Diagnostics of one rule on one source, with the rule on at its default severity and rule errors thrown. */
export function runRule(rule: Rule, source: string, options?: { path?: string; options?: unknown }): Diagnostic[] {
  const result = parseArticle(source, { path: options?.path ?? 'articles/microsoft.compute/vm-start.md' });
  const level = rule.meta.severity === 'error' ? 'error' : 'warn';
  const setting = options?.options === undefined ? level : [level, options.options];
  return validateResult(result, { rules: [rule], config: { rules: { [rule.meta.id]: setting as 'error' } }, rethrow: true })
    .filter((diagnostic) => diagnostic.ruleId === rule.meta.id);
}

/** ESLint's RuleTester, for our rules: every invalid case must name each error's messageId and place. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((entry) => entry.name);
  describe(rule.meta.id, () => {
    it('has unique case names and sources', () => {
      expect(new Set(names).size).toBe(names.length);
      const sources = [...cases.valid, ...cases.invalid].map((entry) => entry.source);
      expect(new Set(sources).size).toBe(sources.length);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const entry of cases.valid) {
      it(`valid: ${entry.name}`, () => {
        expect(runRule(rule, entry.source, entry).map(describeDiagnostic)).toEqual([]);
      });
    }
    for (const entry of cases.invalid) {
      it(`invalid: ${entry.name}`, () => {
        expect(entry.errors.length, 'an invalid case must expect errors').toBeGreaterThan(0);
        const found = runRule(rule, entry.source, entry);
        expect(found.map(describeDiagnostic)).toHaveLength(entry.errors.length);
        entry.errors.forEach((expected, index) => {
          const actual = found[index]!;
          if (expected.messageId !== undefined) {
            expect(Object.keys(rule.meta.messages)).toContain(expected.messageId);
            expect(actual.messageId).toBe(expected.messageId);
          }
          if (expected.messageIncludes !== undefined) expect(actual.message).toContain(expected.messageIncludes);
          expect(actual.line).toBe(expected.line);
          if (expected.column !== undefined) expect(actual.column).toBe(expected.column);
          if (expected.endLine !== undefined) expect(actual.endLine).toBe(expected.endLine);
          if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
          expect(actual.message).not.toMatch(/\{\w+\}/);
        });
        const fixes = found.filter((diagnostic) => diagnostic.fix);
        if (!rule.meta.fixable) expect(fixes).toEqual([]);
        if (rule.meta.fixable && fixes.length > 0) {
          expect(entry.output, 'a fixable case needs `output`').toBeDefined();
          const fixed = applyFixes(entry.source.replace(/^\uFEFF/, ''), found).text;
          expect(fixed).toBe(entry.output!.replace(/^\uFEFF/, ''));
          expect(runRule(rule, entry.output!, entry).filter((diagnostic) => diagnostic.fix)).toEqual([]);
        }
      });
    }
  });
}

const describeDiagnostic = (diagnostic: Diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`;

export interface LibraryValidCase {
  name: string;
  files: Record<string, string>;
}
export interface LibraryCase extends LibraryValidCase {
  errors: Array<{ source: string; messageId: string; line: number; column?: number }>;
}

/** Run a library rule over a set of files (path → source) and compare every finding. */
export function testLibraryRule(rule: LibraryRule, cases: { valid: LibraryValidCase[]; invalid: LibraryCase[] }): void {
  const run = (files: Record<string, string>) => {
    const summaries = Object.entries(files).map(([path, source]) => {
      const result = parseArticle(source, { path });
      if (!result.article) throw new Error(`test file ${path} did not parse`);
      return summarize(result.article);
    });
    const found = checkLibrary(summaries, [rule]);
    return [...found.entries()].flatMap(([source, list]) => list.map((diagnostic) => ({ source, ...diagnostic })));
  };
  describe(rule.meta.id, () => {
    for (const entry of cases.valid) it(`valid: ${entry.name}`, () => expect(run(entry.files)).toEqual([]));
    for (const entry of cases.invalid) {
      it(`invalid: ${entry.name}`, () => {
        expect(entry.errors.length).toBeGreaterThan(0);
        const found = run(entry.files)
          .map(({ source, messageId, line, column }) => ({ source, messageId, line, column }))
          .sort((a, b) => (a.source < b.source ? -1 : 1) || a.line - b.line);
        const expected = [...entry.errors].sort((a, b) => (a.source < b.source ? -1 : 1) || a.line - b.line);
        expect(found.map((item, index) => ({ ...item, column: expected[index]?.column === undefined ? undefined : item.column }))).toEqual(
          expected.map((item) => ({ ...item, column: item.column })),
        );
      });
    }
  });
}
