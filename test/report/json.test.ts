import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LintResultsSchema } from '../../schemas/report.js';
import { json, jsonChunks } from '../../src/report/json.js';
import { countTotals, toLintResults } from '../../src/report/results.js';
import { bootText, context, reports } from './fixtures.js';

// Field lists of ESLint's LintResult and LintMessage (eslint/eslint: docs/src/integrate/nodejs-api.md), written out
// here rather than taken from our schema, so the test checks our output against ESLint and not against itself.
const eslintResultKeys = [
  'filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount',
  'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules',
];
const eslintOptionalResultKeys = ['source', 'output', 'stats'];
const eslintMessageKeys = ['ruleId', 'severity', 'message', 'line', 'column'];
const eslintOptionalMessageKeys = ['endLine', 'endColumn', 'fix', 'suggestions', 'messageId', 'nodeType', 'fatal'];
const selfhelpMessageExtensions = ['related'];

describe('toLintResults', () => {
  const results = toLintResults(reports);

  it('counts errors, warnings and fixable ones per file', () => {
    expect(results.map((r) => [r.errorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount, r.fatalErrorCount])).toEqual([
      [2, 1, 1, 1, 0],
      [1, 2, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0],
    ]);
  });

  it('sums totals over the run', () => {
    expect(countTotals(results)).toEqual({
      fileCount: 4,
      errorCount: 4,
      warningCount: 3,
      fixableErrorCount: 1,
      fixableWarningCount: 1,
      fatalErrorCount: 0,
    });
  });

  it('sorts messages by line and column and maps severities to 2 (error) and 1 (warning)', () => {
    expect(results[0]!.messages.map((m) => [m.line, m.column, m.severity, m.ruleId])).toEqual([
      [1, 60, 2, 'metadata/article-id'],
      [7, 1, 2, 'structure/section-heading'],
      [12, 8, 1, 'links/locale'],
    ]);
  });

  it('keeps the file text as `source` only for a file with problems', () => {
    expect(results[0]!.source).toBe(bootText);
    expect(results[2]).not.toHaveProperty('source');
    expect(results[1]).not.toHaveProperty('source');
  });
});

describe('json', () => {
  const output = json(toLintResults(reports), context);
  const parsed = JSON.parse(output) as Array<Record<string, unknown>>;

  it('is ESLint JSON: one line, every LintResult field, nothing ESLint lacks', () => {
    expect(output).not.toContain('\n');
    expect(parsed).toHaveLength(4);
    for (const result of parsed) {
      for (const key of eslintResultKeys) expect(result).toHaveProperty(key);
      for (const key of Object.keys(result)) expect([...eslintResultKeys, ...eslintOptionalResultKeys]).toContain(key);
      expect(result.suppressedMessages).toEqual([]);
      expect(result.usedDeprecatedRules).toEqual([]);
      expect(result.fatalErrorCount).toBe(0);
      const messages = result.messages as Array<Record<string, unknown>>;
      for (const message of messages) {
        for (const key of eslintMessageKeys) expect(message).toHaveProperty(key);
        const allowed = [...eslintMessageKeys, ...eslintOptionalMessageKeys, ...selfhelpMessageExtensions];
        for (const key of Object.keys(message)) expect(allowed).toContain(key);
        expect([1, 2]).toContain(message.severity);
      }
    }
  });

  it('writes each message as ESLint does', () => {
    const boot = parsed[0]!;
    expect(boot.filePath).toBe('/work/lib/articles/vm/boot.md');
    expect(boot.messages).toEqual([
      {
        ruleId: 'metadata/article-id',
        severity: 2,
        message: 'Invalid articleId `abc`; use a GUID',
        messageId: 'notGuid',
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 65,
      },
      {
        ruleId: 'structure/section-heading',
        severity: 2,
        message: 'Heading `Steps` should be `Recommended Steps`',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 9,
        fix: { range: [200, 208], text: '## Recommended Steps' },
      },
      {
        ruleId: 'links/locale',
        severity: 1,
        message: 'Unexpected locale `en-us`; remove it',
        messageId: 'locale',
        line: 12,
        column: 8,
        endLine: 12,
        endColumn: 62,
        fix: { range: [402, 408], text: '' },
      },
    ]);
    const blob = parsed[1]!.messages as Array<Record<string, unknown>>;
    expect(blob[0]!.related).toEqual([{ message: 'Also used here', file: 'articles/vm/boot.md', line: 1, column: 60 }]);
  });

  it('matches the published result schema, which converts to JSON Schema', () => {
    expect(LintResultsSchema.safeParse(parsed).success).toBe(true);
    const validate = new Ajv2020({ allErrors: true }).compile(z.toJSONSchema(LintResultsSchema));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...parsed[0], errorCount: -1 }])).toBe(false);
  });
});

describe('jsonChunks', () => {
  it('writes the same text as the json formatter, one result per piece', () => {
    const results = toLintResults(reports);
    const chunks = [...jsonChunks(results)];
    expect(chunks.join('')).toBe(json(results, context));
    expect(chunks).toHaveLength(results.length + 2);
    expect([...jsonChunks([])].join('')).toBe('[]');
  });
});
