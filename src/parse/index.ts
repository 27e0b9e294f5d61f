import type { Root } from 'mdast';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Staged } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { splitRegions, type Regions } from '../split.js';
import { parseMarkdownIndexed } from './markdown.js';
import type { TreeIndex } from './tree-index.js';
import { parsePayload, type ParsedPayload } from './payload.js';
import { parseProperties, type ParsedProperties } from './properties.js';

/** Everything rules and extraction need about one file; read-only once built. */
export interface ParsedFile {
  readonly file: SourceFile;
  readonly regions: Regions;
  readonly properties: ParsedProperties;
  readonly payload?: ParsedPayload;
  readonly tree: Root;
  /** The tree's nodes in document order, for stages that would otherwise walk it again. */
  readonly index: TreeIndex;
}

export function parseFile(file: SourceFile): Staged<ParsedFile> {
  const split = splitRegions(file);
  if (!split.value) return { diagnostics: split.diagnostics };
  const regions = split.value;
  const properties = parseProperties(file, regions.properties);
  const payload = regions.payload ? parsePayload(file, regions.payload) : undefined;
  const { tree, index } = parseMarkdownIndexed(regions.markdown);
  const diagnostics: Diagnostic[] = [...split.diagnostics, ...properties.diagnostics, ...(payload?.diagnostics ?? [])];
  return { value: { file, regions, properties, payload, tree, index }, diagnostics };
}
