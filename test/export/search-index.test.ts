import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../src/export/bundle.js';
import { searchDocument, SearchIndexBuilder, searchEntry } from '../../src/export/search.js';
import { loadLibrary } from '../../src/library/load.js';
import { defaultQueryOptions, searchIndexOptions, type SearchDocument } from '../../src/search/options.js';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';
import { corpusDir, hasShared } from '../helpers/shared.js';

type Serialised = ReturnType<MiniSearch['toJSON']>;

/** A serialised index with its terms keyed by term, so two indexes compare whatever order they list terms in. */
const comparable = (json: Serialised) => ({ ...json, index: Object.fromEntries(json.index) });

async function documentsOf(paths: string[]): Promise<SearchDocument[]> {
  const results = await loadLibrary(paths, { cwd: repoRoot });
  return results.flatMap((result) => (result.article ? [{ file: result.source, ...searchDocument(result.article) }] : []));
}

/** The index MiniSearch's own `add` builds, and ours loaded back by MiniSearch. */
function bothIndexes(documents: readonly SearchDocument[]) {
  const reference = new MiniSearch<SearchDocument>(searchIndexOptions);
  reference.addAll(documents);
  const builder = new SearchIndexBuilder();
  for (const { file, ...document } of documents) builder.add(file, searchEntry(document));
  const written = builder.toFile('test').index as unknown as Serialised;
  return { reference, written, loaded: MiniSearch.loadJS<SearchDocument>(written, searchIndexOptions) };
}

describe('search-index.json is the index MiniSearch builds', async () => {
  const samples = await documentsOf(['articles', fixturePath('seed-like.md')]);

  it('serialises the same documents, field lengths, averages, stored fields and postings as MiniSearch#add', () => {
    const { reference, written } = bothIndexes(samples);
    expect(samples.length).toBeGreaterThan(5);
    expect(comparable(written)).toEqual(comparable(reference.toJSON()));
  });

  it('answers queries with the same hits and scores once loaded', () => {
    const { reference, loaded } = bothIndexes(samples);
    for (const query of ['gateway transit', 'restart the app', 'quota', 'vnet peering error', 'sql']) {
      const strip = (hits: ReturnType<MiniSearch['search']>) => hits.map((hit) => ({ id: hit.id, score: hit.score, match: hit.match }));
      expect(strip(loaded.search(query, defaultQueryOptions)), query).toEqual(strip(reference.search(query, defaultQueryOptions)));
    }
  });

  it('counts punctuation-led, repeated and mixed-case words as MiniSearch does', () => {
    const document: SearchDocument = {
      file: 'a.json', articleId: 'a', title: '(Restart) the VM, restart it', description: '', symptoms: '…VM VM vm', causes: 'Ünïcode — ÜNÏCODE',
      body: '', service: null, selfHelpType: null, clouds: [], supportTopicIds: [], productPesIds: [],
    };
    const { reference, written } = bothIndexes([document, { ...document, file: 'b.json', title: 'restart' }]);
    expect(comparable(written)).toEqual(comparable(reference.toJSON()));
    // Split on punctuation and spaces: a leading bracket or an empty field still yields one empty token.
    expect(written.fieldLength).toEqual({ 0: [6, 1, 3, 2, 1], 1: [1, 1, 3, 2, 1] });
  });

  it('is written in the export, same bytes for the same articles', async () => {
    const results = await loadLibrary(['articles'], { cwd: repoRoot });
    const first = exportLibrary(results).files.get('search-index.json');
    expect(exportLibrary([...results].reverse()).files.get('search-index.json')).toBe(first);
    expect(JSON.parse(first!).index.documentCount).toBe(results.filter((result) => result.article).length);
  });
});

describe.skipIf(!hasShared)('search-index.json over the real corpus (../shared/corpus)', async () => {
  const documents = hasShared ? await documentsOf([corpusDir]) : [];

  it('equals the index MiniSearch#add builds, for every article', () => {
    const { reference, written } = bothIndexes(documents);
    expect(documents.length).toBeGreaterThan(1990);
    expect(comparable(written)).toEqual(comparable(reference.toJSON()));
  });
});
