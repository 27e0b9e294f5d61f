import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toLintResults } from '../../src/report/results.js';
import { sarif } from '../../src/report/sarif.js';
import { ruleDocsUrl } from '../../src/rules/rule.js';
import { context, reports } from './fixtures.js';

// The SARIF 2.1.0 JSON Schema as published by the SARIF authors (sarif-spec, 2.1.0-rtm.5), shipped inside
// Microsoft's @microsoft/jest-sarif, so the test needs no network.
const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** The schema is draft-04; its only draft-04-only keyword is the root `id`, which later drafts spell `$id`. */
function compileSarifSchema() {
  const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    id: string;
    $schema: string;
  } & Record<string, unknown>;
  // `strict: false`: the schema's anyOf branches `require` properties declared only beside them, which ajv's strict
  // mode flags though it is valid JSON Schema. `unicodeRegExp: false`: its `language` pattern has a stray `]`,
  // legal only in a non-unicode regex.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  return ajv.compile({ ...schema, $id: id });
}

// SARIF is checked by the schema above; here only values are compared.
type Json = Record<string, any>;

describe('sarif', () => {
  const validate = compileSarifSchema();
  const output = sarif(toLintResults(reports), context);
  const log = JSON.parse(output) as Json;
  const run = log.runs[0] as Json;

  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a validator that rejects a bad log', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const unknownField = structuredClone(log);
    unknownField.runs[0].results[0].locations[0].physicalLocation.region.startColum = 1;
    expect(validate(unknownField)).toBe(false);
    expect(validate({ ...log, $schema: 'not a uri' })).toBe(false);
  });

  it('names the tool and describes every rule that appears, linking its doc page', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver).toMatchObject({ name: 'selfhelp', version: '0.1.0', informationUri: 'https://github.com/selfhelp/selfhelp' });
    expect(run.tool.driver.rules.map((rule: Json) => rule.id)).toEqual([
      'internal/error',
      'library/duplicate-article-id',
      'links/descriptive-text',
      'links/locale',
      'metadata/article-id',
      'structure/raw-html',
      'structure/section-heading',
    ]);
    expect(run.tool.driver.rules[3]).toEqual({
      id: 'links/locale',
      shortDescription: { text: 'Disallow locale segments in docs links' },
      helpUri: ruleDocsUrl('links/locale'),
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.tool.driver.rules[0]).toEqual({ id: 'internal/error', shortDescription: { text: 'internal/error' } });
  });

  it('roots relative, percent-encoded artifact URIs at the working directory', () => {
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/lib/' } });
    expect(run.results.map((result: Json) => result.locations[0].physicalLocation.artifactLocation)).toEqual([
      ...Array(3).fill({ uri: 'articles/vm/boot.md', uriBaseId: '%SRCROOT%' }),
      ...Array(3).fill({ uri: 'articles/storage/blob.md', uriBaseId: '%SRCROOT%' }),
      { uri: 'articles/net%20work/dns%20setup.md', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('writes each result with its rule index, level, message and region', () => {
    expect(run.results).toHaveLength(7);
    for (const result of run.results as Json[]) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results[0]).toEqual({
      ruleId: 'metadata/article-id',
      ruleIndex: 4,
      level: 'error',
      message: { text: 'Invalid articleId `abc`; use a GUID' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'articles/vm/boot.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 60, endLine: 1, endColumn: 65 },
          },
        },
      ],
    });
    expect(run.results[5].level).toBe('warning');
    expect(run.results[5].locations[0].physicalLocation.region).toEqual({ startLine: 104, startColumn: 3 });
  });

  it('turns a fix into a replacement of the same offsets', () => {
    expect(run.results[1].fixes).toEqual([
      {
        artifactChanges: [
          {
            artifactLocation: { uri: 'articles/vm/boot.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 200, charLength: 8 }, insertedContent: { text: '## Recommended Steps' } }],
          },
        ],
      },
    ]);
    expect(run.results[0]).not.toHaveProperty('fixes');
  });

  it('turns related places into related locations, in another file or the same one', () => {
    expect(run.results[3].relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'Also used here' },
        physicalLocation: {
          artifactLocation: { uri: 'articles/vm/boot.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 60 },
        },
      },
    ]);
    expect(run.results[4].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('articles/storage/blob.md');
  });

  it('writes a valid, empty run for a clean run', () => {
    const clean = JSON.parse(sarif(toLintResults([reports[2]!]), context)) as Json;
    expect(validate(clean), JSON.stringify(validate.errors)).toBe(true);
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toEqual([]);
  });
});
