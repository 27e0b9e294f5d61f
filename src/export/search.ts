/**
 * `search-index.json`: a MiniSearch index over every exported article, in MiniSearch's own serialised
 * form (`toJSON()`, serialisation version 2), which `MiniSearch.loadJS` and selfhelp/client read.
 *
 * Written here rather than by `MiniSearch#add`: MiniSearch inserts every word occurrence into its radix
 * tree, and at library size that was the export's bottleneck (11 s of the main thread for 16,000
 * articles, while the workers waited to hand over their pieces). Here each worker counts its articles'
 * terms with MiniSearch's own tokenizer and term processor, and the main thread adds each distinct term
 * once to a hash map. Loaded back, the index is MiniSearch's own, field for field (a test compares it
 * with one built by `add`); only the order of terms in the file differs. Documents are added in the
 * order of their source paths, so the same articles give the same bytes whatever order files finished in.
 */
import MiniSearch from 'minisearch';
import type { Article } from '../../schemas/article.js';
import { SearchIndexFileSchema, type SearchIndexFile } from '../../schemas/export.js';
import { searchFields, searchIndexOptions, storedFields, type SearchDocument, type StoredField } from '../search/options.js';

/** An article's search document, without its `file` (the export names files only once all are in). */
export function searchDocument(article: Article): Omit<SearchDocument, 'file'> {
  const { metadata } = article;
  const blocks: string[] = [];
  const collect = (sections: Article['sections']): void => {
    for (const section of sections) {
      if (section.title) blocks.push(section.title);
      for (const block of section.blocks) if (block.type !== 'code' && block.type !== 'html') blocks.push(block.text);
      collect(section.sections);
    }
  };
  collect(article.sections);
  return {
    articleId: article.id,
    title: article.title,
    description: metadata.description ?? '',
    symptoms: article.symptoms.map((symptom) => symptom.title).join('\n'),
    causes: article.symptoms.flatMap((symptom) => symptom.causes.map((cause) => cause.text)).join('\n'),
    body: blocks.join('\n'),
    service: metadata.service ?? null,
    selfHelpType: article.selfHelpType,
    clouds: metadata.cloudEnvironments ?? [],
    supportTopicIds: metadata.supportTopicIds ?? [],
    productPesIds: metadata.productPesIds ?? [],
  };
}

/** One searched field of one document, as MiniSearch's `add` sees it. */
export interface FieldTerms {
  /** Distinct tokens before term processing (MiniSearch's field length, used by BM25). */
  length: number;
  /**
   * Each processed term once, in order of first use, joined by line breaks (the tokenizer splits at
   * them, so no term holds one): one string crosses from a worker thread far cheaper than hundreds.
   */
  terms: string;
  /** How often each term occurs, in the same order. */
  counts: number[];
}

/** What the index needs of one document: plain data, small, so a worker thread can send it. */
export interface SearchEntry {
  stored: Pick<SearchDocument, StoredField>;
  /** In the order of `searchFields`. */
  fields: FieldTerms[];
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string, field: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string, field: string) => string | string[] | null | undefined | false;

/** Count a document's terms as `MiniSearch#add` would read them (its default tokenizer and processor). */
export function searchEntry(document: Omit<SearchDocument, 'file'>): SearchEntry {
  const stored = Object.fromEntries(storedFields.map((field) => [field, document[field]])) as Pick<SearchDocument, StoredField>;
  return { stored, fields: searchFields.map((field) => fieldTerms(document[field], field)) };
}

function fieldTerms(text: string, field: string): FieldTerms {
  const tokens = tokenize(text, field);
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const processed = processTerm(token, field);
    for (const term of Array.isArray(processed) ? processed : [processed]) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { length: new Set(tokens).size, terms: [...counts.keys()].join('\n'), counts: [...counts.values()] };
}

/** The index of `documents`, added in the order given (callers pass them sorted by source). */
export function buildSearchIndex(documents: readonly SearchDocument[], schemaVersion: string): SearchIndexFile {
  const builder = new SearchIndexBuilder();
  for (const { file, ...document } of documents) builder.add(file, searchEntry(document));
  return builder.toFile(schemaVersion);
}

/** term → field id → [document short id, occurrences, …]: MiniSearch's index, in a hash map of flat arrays. */
type Postings = Map<string, Array<number[] | undefined>>;

/**
 * An index built one document at a time, so an export can index each article as soon as it is ready
 * (while worker threads are still reading the rest). The bookkeeping mirrors `MiniSearch#add`, including
 * its running average of field lengths, so the numbers are the ones MiniSearch would compute.
 */
export class SearchIndexBuilder {
  readonly #documentIds: Record<number, string> = {};
  readonly #fieldLength: Record<number, number[]> = {};
  readonly #averageFieldLength: number[] = [];
  readonly #storedFields: Record<number, Pick<SearchDocument, StoredField>> = {};
  readonly #postings: Postings = new Map();
  #count = 0;

  add(file: string, entry: SearchEntry): void {
    const id = this.#count;
    this.#count += 1;
    this.#documentIds[id] = file;
    this.#storedFields[id] = entry.stored;
    const lengths: number[] = [];
    for (let fieldId = 0; fieldId < entry.fields.length; fieldId += 1) {
      const { length, counts } = entry.fields[fieldId]!;
      const terms = counts.length === 0 ? [] : entry.fields[fieldId]!.terms.split('\n');
      lengths.push(length);
      this.#averageFieldLength[fieldId] = ((this.#averageFieldLength[fieldId] ?? 0) * id + length) / (id + 1);
      for (let position = 0; position < terms.length; position += 1) {
        let byField = this.#postings.get(terms[position]!);
        if (byField === undefined) this.#postings.set(terms[position]!, (byField = new Array<number[] | undefined>(searchFields.length).fill(undefined)));
        (byField[fieldId] ??= []).push(id, counts[position]!);
      }
    }
    this.#fieldLength[id] = lengths;
  }

  /**
   * The file's JSON text. The postings (most of the file) are written straight from their arrays:
   * building MiniSearch's nested objects first and stringifying them took three times as long.
   */
  toText(schemaVersion: string): string {
    const head = JSON.stringify({ schemaVersion, engine: 'minisearch', options: searchIndexOptions }).slice(0, -1);
    const counts = JSON.stringify({
      documentCount: this.#count,
      nextId: this.#count,
      documentIds: this.#documentIds,
      fieldIds: Object.fromEntries(searchFields.map((field, fieldId) => [field, fieldId])),
      fieldLength: this.#fieldLength,
      averageFieldLength: this.#averageFieldLength,
      storedFields: this.#storedFields,
      dirtCount: 0,
    }).slice(0, -1);
    const terms: string[] = [];
    for (const [term, byField] of this.#postings) {
      const fields: string[] = [];
      byField.forEach((flat, fieldId) => {
        if (flat === undefined) return;
        const documents: string[] = [];
        for (let at = 0; at < flat.length; at += 2) documents.push(`"${flat[at]}":${flat[at + 1]}`);
        fields.push(`"${fieldId}":{${documents.join(',')}}`);
      });
      terms.push(`[${JSON.stringify(term)},{${fields.join(',')}}]`);
    }
    return `${head},"index":${counts},"index":[${terms.join(',')}],"serializationVersion":2}}\n`;
  }

  /** The file as data (the preview's search loads it without writing it). */
  toFile(schemaVersion: string): SearchIndexFile {
    return SearchIndexFileSchema.parse(JSON.parse(this.toText(schemaVersion)));
  }
}
