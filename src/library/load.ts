import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { ExtractOptions } from '../extract/index.js';
import { processBytes, type FileResult } from '../process.js';
import { findMarkdownFiles, notRegularFile, unreadable, type FindOptions, type FoundFile } from './files.js';

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

/**
 * Read and process one found file; unreadable, oversized and special files become results with a
 * diagnostic. The size is checked before reading, and FIFOs or devices (a link to /dev/zero) are never read.
 */
export async function loadFile(file: FoundFile, maxFileSizeBytes = DEFAULT_MAX_FILE_SIZE_BYTES, options: ExtractOptions = {}): Promise<FileResult> {
  const base = { path: file.path, source: file.source };
  if (file.problem) return { ...base, diagnostics: [file.problem] };
  let bytes: Buffer;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    const handle = await open(file.path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ...base, diagnostics: [notRegularFile()] };
      if (info.size > maxFileSizeBytes) return { ...base, diagnostics: [tooLarge(info.size, maxFileSizeBytes)] };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ...base, diagnostics: [unreadable(error)] };
  }
  // The file may have grown since it was measured.
  if (bytes.length > maxFileSizeBytes) return { ...base, diagnostics: [tooLarge(bytes.length, maxFileSizeBytes)] };
  return processBytes(bytes, base, options);
}

function tooLarge(sizeBytes: number, maxFileSizeBytes: number): Diagnostic {
  const message = `The file is ${sizeBytes} bytes, over the ${maxFileSizeBytes}-byte limit; split it or raise maxFileSizeBytes`;
  return { ruleId: 'file/too-large', severity: 'error', message, line: 1, column: 1 };
}
