import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExport, type FetchLike } from '../../src/client/index.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { writeBundle } from '../../src/export/write.js';
import { loadLibrary } from '../../src/library/load.js';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';
import { compileSchema } from '../helpers/json-schema.js';

/** A fetch over the export folder on disk, as a CDN would serve it; records what was asked for. */
function folderFetch(root: string, requested: string[]): FetchLike {
  const base = pathToFileURL(`${root}/`).href;
  return async (url) => {
    requested.push(url.slice(base.length));
    const text = await readFile(fileURLToPath(url), 'utf8').catch(() => undefined);
    return { ok: text !== undefined, status: text === undefined ? 404 : 200, json: async () => JSON.parse(text!) };
  };
}

describe('selfhelp/client over an export folder', async () => {
  const results = await loadLibrary(['articles', fixturePath('seed-like.md')], { cwd: repoRoot });
  const bundle = exportLibrary(results, { shapes: ['help-api'] });
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'selfhelp-client-')), 'content');
  await writeBundle(bundle, out);
  const requested: string[] = [];
  const client = await loadExport({ baseUrl: pathToFileURL(out).href, fetch: folderFetch(out, requested) });
  const seed = bundle.index.articles.find((entry) => entry.source.endsWith('seed-like.md'))!;

  it('writes a search index that validates against its schema', () => {
    const validate = compileSchema(JSON.parse(bundle.files.get('schema/search-index.schema.json')!));
    expect(validate(JSON.parse(bundle.files.get('search-index.json')!)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('finds the seed-like article from a symptom phrase, first', async () => {
    const hits = await client.search('gateway transit spoke');
    expect(hits[0]).toMatchObject({ id: seed.id, file: seed.file, service: 'microsoft.network', selfHelpType: 'generic', clouds: ['public'] });
    expect(hits[0]!.terms).toEqual(expect.arrayContaining(['gateway', 'transit', 'spoke']));
  });

  it('finds it from words of a cause, with a typo and a prefix', async () => {
    const hits = await client.search('adress space synchroniz');
    expect(hits[0]?.id).toBe(seed.id);
  });

  it('loads the search index once, on the first search', () => {
    expect(requested.filter((file) => file === 'search-index.json')).toHaveLength(1);
    expect(requested[0]).toBe('index.json');
  });

  it('filters search hits and the index by facets', async () => {
    expect((await client.search('gateway transit spoke', { filter: { cloud: 'Mooncake' } })).map((hit) => hit.id)).not.toContain(seed.id);
    expect((await client.search('gateway transit spoke', { filter: { service: 'microsoft.network' } }))[0]?.id).toBe(seed.id);
    expect(client.filter({ supportTopicId: '32645718' }).map((entry) => entry.id)).toEqual([seed.id]);
    expect(client.filter({ productPesId: '16087', cloud: 'public' }).map((entry) => entry.id)).toEqual([seed.id]);
    expect(client.filter({ cloud: 'mooncake' }).length).toBeGreaterThan(0);
    expect(client.filter({ cloud: 'mooncake' }).every((entry) => entry.cloudEnvironments.includes('mooncake'))).toBe(true);
    expect(client.filter().length).toBe(bundle.index.articles.length);
  });

  it('gets an article and its Help API solution by id', async () => {
    const article = await client.getArticle(seed.id);
    expect(article?.symptoms.map((symptom) => symptom.title)).toEqual([
      'Virtual network peering does not work – No traffic flows between the peered networks',
      'Gateway transit does not work for a specific spoke virtual network',
    ]);
    expect((await client.getHelpSolution(seed.id))?.solutionId).toBe(seed.id);
    expect(await client.getArticle('no-such-article')).toBeUndefined();
    expect(client.entry(seed.id)?.file).toBe(seed.file);
  });

  it('works from JSON it is given, without fetching', async () => {
    const given = await loadExport({
      index: JSON.parse(bundle.files.get('index.json')!),
      searchIndex: JSON.parse(bundle.files.get('search-index.json')!),
    });
    expect((await given.search('peered networks traffic'))[0]?.id).toBe(seed.id);
    await expect(given.getArticle(seed.id)).rejects.toThrow('without options.baseUrl');
  });
});

describe('selfhelp/client dependencies', () => {
  /** Runtime imports of a module and everything it imports from this package (type-only imports vanish). */
  async function runtimeImports(file: string, seen = new Set<string>()): Promise<string[]> {
    if (seen.has(file)) return [];
    seen.add(file);
    const source = await readFile(file, 'utf8');
    const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]!);
    const nested = await Promise.all(
      specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => runtimeImports(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')), seen)),
    );
    return [...specifiers.filter((specifier) => !specifier.startsWith('.')), ...nested.flat()];
  }

  it('are browser-safe: no Node built-ins, nothing but MiniSearch from outside', async () => {
    const external = new Set(await runtimeImports(path.join(repoRoot, 'src/client/index.ts')));
    const builtins = new Set(builtinModules);
    expect([...external].filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier))).toEqual([]);
    expect([...external]).toEqual(['minisearch']);
  });

  it('is exposed as the package export selfhelp/client', async () => {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(manifest.exports['./client']).toEqual({ types: './dist/src/client/index.d.ts', import: './dist/src/client/index.js' });
  });
});
