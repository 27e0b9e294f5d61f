import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_VERSION } from '../../schemas/export.js';
import { runCli } from '../../src/cli/run.js';
import { repoRoot } from '../helpers/fixtures.js';
import { compileSchema } from '../helpers/json-schema.js';
import { capture } from './cli.js';
import { readTree } from './tree.js';

/** Which schema in DIR/schema/ describes a file of the export. */
function schemaFor(file: string): string | undefined {
  if (file === 'index.json') return 'index';
  if (file === 'search-index.json') return 'search-index';
  if (file.startsWith('articles/')) return 'article';
  if (file.startsWith('help-api/')) return 'help-api';
  return undefined;
}

describe('every exported file validates against its JSON Schema in DIR/schema/', () => {
  it.each([[[]], [['--cloud', 'mooncake']]])('export with %j', async (options) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-schemas-'));
    const out = path.join(dir, 'out');
    expect(await runCli(['export', 'articles', 'test/fixtures', '--out', out, '--shape', 'help-api', ...options], capture().io(repoRoot))).toBe(0);
    const tree = await readTree(out);
    const validators = new Map(
      [...tree].filter(([file]) => file.startsWith('schema/')).map(([file, content]) => [file.slice(7, -12), compileSchema(JSON.parse(content))]),
    );
    expect([...validators.keys()].sort()).toEqual(['article', 'help-api', 'index', 'search-index']);
    let checked = 0;
    for (const [file, content] of tree) {
      if (file.startsWith('schema/')) continue;
      const validate = validators.get(schemaFor(file) ?? '');
      expect(validate, `no schema for ${file}`).toBeDefined();
      const json = JSON.parse(content);
      expect(validate!(json), `${file}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
      expect(json.schemaVersion, file).toBe(EXPORT_SCHEMA_VERSION);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('uses semver, at 1.1 since links, the index and new files gained fields', () => {
    expect(EXPORT_SCHEMA_VERSION).toMatch(/^1\.1\.\d+$/);
  });
});
