import { readFile } from 'node:fs/promises';
import { processBytes, type FileResult } from '../process.js';
import { findMarkdownFiles, unreadable, type FindOptions } from './files.js';

export interface LoadOptions extends FindOptions {
  /** Files larger than this are reported, not parsed (default 1 MiB). */
  maxFileSizeBytes?: number;
}

export const DEFAULT_MAX_FILE_SIZE_BYTES = 1024 * 1024;

/** Find, read and process every article under the paths. Every file found gets exactly one result. */
export async function loadLibrary(paths: readonly string[], options: LoadOptions = {}): Promise<FileResult[]> {
  const files = await findMarkdownFiles(paths, options);
  const maxBytes = options.maxFileSizeBytes ?? DEFAULT_MAX_FILE_SIZE_BYTES;
  const results: FileResult[] = [];
  for (const file of files) {
    if (file.problem) {
      results.push({ path: file.path, source: file.source, diagnostics: [file.problem] });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file.path);
    } catch (error) {
      results.push({ path: file.path, source: file.source, diagnostics: [unreadable(error)] });
      continue;
    }
    if (bytes.length > maxBytes) {
      const message = `The file is ${bytes.length} bytes, over the ${maxBytes}-byte limit; split it or raise maxFileSizeBytes`;
      results.push({ path: file.path, source: file.source, diagnostics: [{ ruleId: 'file/too-large', severity: 'error', message, line: 1, column: 1 }] });
      continue;
    }
    results.push(processBytes(bytes, { path: file.path, source: file.source }));
  }
  return results;
}
