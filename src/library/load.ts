import type { ExtractOptions } from '../extract/index.js';
import { processBytes, type FileResult } from '../process.js';
import { findMarkdownFiles, type FindOptions, type FoundFile } from './files.js';
import { DEFAULT_MAX_FILE_SIZE_BYTES, readArticleBytes } from './read.js';

export { DEFAULT_MAX_FILE_SIZE_BYTES };

export interface LoadOptions extends FindOptions {
  /** Files larger than this are reported, not parsed (default 1 MiB). */
  maxFileSizeBytes?: number;
}

/** Find, read and process every article under the paths. Every file found gets exactly one result. */
export async function loadLibrary(paths: readonly string[], options: LoadOptions = {}): Promise<FileResult[]> {
  const files = await findMarkdownFiles(paths, options);
  const results: FileResult[] = [];
  for (const file of files) results.push(await loadFile(file, options.maxFileSizeBytes));
  return results;
}

/** Read and process one found file; unreadable, oversized and special files become results with a diagnostic. */
export async function loadFile(file: FoundFile, maxFileSizeBytes = DEFAULT_MAX_FILE_SIZE_BYTES, options: ExtractOptions = {}): Promise<FileResult> {
  const base = { path: file.path, source: file.source };
  if (file.problem) return { ...base, diagnostics: [file.problem] };
  const read = readArticleBytes(file.path, maxFileSizeBytes);
  if ('problem' in read) return { ...base, diagnostics: [read.problem] };
  return processBytes(read.bytes, base, options);
}
