import { describe, expect, it } from 'vitest';
import { cloudEnvironments } from '../../schemas/properties.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { availableIn } from '../../src/export/clouds.js';
import { loadLibrary } from '../../src/library/load.js';
import { compileSchema } from '../helpers/json-schema.js';
import { corpusDir, hasShared } from '../helpers/shared.js';
import { exportDangers } from './safety.js';

/** The whole real corpus through the portal export: every file valid, nothing dangerous anywhere. */
describe.skipIf(!hasShared)('portal export of the real corpus (../shared/corpus)', async () => {
  const results = hasShared ? await loadLibrary([corpusDir]) : [];
  const bundle = exportLibrary(results, { shapes: ['help-api'] });
  const validators = new Map(
    ['article', 'help-api', 'index', 'search-index'].map((name) => [name, compileSchema(JSON.parse(bundle.files.get(`schema/${name}.schema.json`)!))]),
  );
  const schemaOf = (file: string) =>
    file === 'index.json' ? 'index' : file === 'search-index.json' ? 'search-index' : file.startsWith('help-api/') ? 'help-api' : 'article';

  it('writes only files that validate against their schemas', () => {
    const invalid: string[] = [];
    for (const [file, content] of bundle.files) {
      if (file.startsWith('schema/')) continue;
      const validate = validators.get(schemaOf(file))!;
      if (!validate(JSON.parse(content))) invalid.push(`${file}: ${JSON.stringify(validate.errors?.[0])}`);
    }
    expect(invalid.slice(0, 5)).toEqual([]);
    expect(bundle.index.articles.length + bundle.index.rejected.length).toBe(results.length);
  });

  it('has no script, handler or unsafe target in any html, content or url field', () => {
    const dangers: string[] = [];
    for (const [file, content] of bundle.files) {
      if (file.startsWith('schema/') || file === 'search-index.json') continue;
      dangers.push(...exportDangers(JSON.parse(content), file, { placeholders: file.startsWith('help-api/') }));
    }
    expect(dangers.slice(0, 10)).toEqual([]);
  });

  it('counts links per kind and articles per cloud', () => {
    const kinds = new Map<string, number>();
    for (const entry of bundle.index.articles) {
      for (const link of JSON.parse(bundle.files.get(entry.file)!).links as Array<{ kind: string }>) kinds.set(link.kind, (kinds.get(link.kind) ?? 0) + 1);
    }
    const exported = results.filter((result) => result.article);
    const clouds = Object.fromEntries(
      cloudEnvironments.map((cloud) => [cloud, exported.filter((result) => availableIn(result.article!, cloud)).length]),
    );
    const mooncake = exportLibrary(results, { cloud: 'mooncake' });
    expect(mooncake.index.articles.length).toBe(clouds.mooncake);
    const moved = mooncake.index.articles.flatMap((entry) => JSON.parse(mooncake.files.get(entry.file)!).links).filter((link: { writtenHref?: string }) => link.writtenHref);
    console.log(`[corpus] mooncake build: ${moved.length} docs links moved to docs.azure.cn`);
    console.log(`[corpus] links per kind: ${JSON.stringify(Object.fromEntries([...kinds].sort()))}`);
    console.log(`[corpus] articles per cloud build: ${JSON.stringify(clouds)}`);
    expect(kinds.get('docs')).toBeGreaterThan(4000);
    expect(kinds.get('blade')).toBeGreaterThan(100);
    expect(clouds.public).toBeGreaterThan(clouds.mooncake!);
  });
});
