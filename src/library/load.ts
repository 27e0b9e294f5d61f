import { readFile } from 'node:fs/promises';
import type { ExtractOptions } from '../extract/index.js';
import { processBytes, type FileResult } from '../process.js';
import { findMarkdownFiles, unreadable, type FindOptions, type FoundFile } from './files.js';

export interface LoadOptions extends FindOptions {
  /** Files larger than this are reported, not parsed (default 1 MiB). */
  maxFileSizeBytes?: number;
}

export const DEFAULT_MAX_FILE_SIZE_BYTES = 1024 * 1024;

/** Find, read and process every article under the paths. Every file found gets exactly one result. */
export async function loadLibrary(paths: readonly string[], options: LoadOptions = {}): Promise<FileResult[]> {
  const files = await findMarkdownFiles(paths, options);
  const results: FileResult[] = [];
  for (const file of files) results.push(await loadFile(file, options.maxFileSizeBytes));
  return results;
}

/** Read and process one found file; unreadable and oversized files become results with a diagnostic. */
export async function loadFile(file: FoundFile, maxFileSizeBytes = DEFAULT_MAX_FILE_SIZE_BYTES, options: ExtractOptions = {}): Promise<FileResult> {
  const base = { path: file.path, source: file.source };
  if (file.problem) return { ...base, diagnostics: [file.problem] };
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    return { ...base, diagnostics: [unreadable(error)] };
  }
  if (bytes.length > maxFileSizeBytes) {
    const message = `The file is ${bytes.length} bytes, over the ${maxFileSizeBytes}-byte limit; split it or raise maxFileSizeBytes`;
    return { ...base, diagnostics: [{ ruleId: 'file/too-large', severity: 'error', message, line: 1, column: 1 }] };
  }
  return processBytes(bytes, base, options);
}
