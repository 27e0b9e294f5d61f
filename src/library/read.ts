import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { notRegularFile, unreadable } from './files.js';

export const DEFAULT_MAX_FILE_SIZE_BYTES = 1024 * 1024;

/**
 * The bytes of a regular file no larger than the limit, or the problem that stops reading it. The size
 * is checked before reading, and FIFOs or devices (a link to /dev/zero) are never read.
 */
export function readArticleBytes(file: string, maxFileSizeBytes: number): { bytes: Buffer } | { problem: Diagnostic } {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: articles are small, and four promise round trips per file (open, stat,
    // read, close) cost more than the read; runs of many files go to worker threads anyway.
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(descriptor);
      if (!info.isFile()) return { problem: notRegularFile() };
      if (info.size > maxFileSizeBytes) return { problem: tooLarge(info.size, maxFileSizeBytes) };
      bytes = readWhole(descriptor, info.size);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    return { problem: unreadable(error) };
  }
  // The file may have grown since it was measured.
  if (bytes.length > maxFileSizeBytes) return { problem: tooLarge(bytes.length, maxFileSizeBytes) };
  return { bytes };
}

/**
 * The file's bytes, read into a buffer sized by the `fstat` already made (readFileSync would stat it
 * again). A file that grew since then is read again whole (positional reads leave the offset at 0).
 */
function readWhole(descriptor: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1);
  let filled = 0;
  while (filled < buffer.length) {
    const read = readSync(descriptor, buffer, filled, buffer.length - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled <= size ? buffer.subarray(0, filled) : readFileSync(descriptor);
}

function tooLarge(sizeBytes: number, maxFileSizeBytes: number): Diagnostic {
  const message = `The file is ${sizeBytes} bytes, over the ${maxFileSizeBytes}-byte limit; split it or raise maxFileSizeBytes`;
  return { ruleId: 'file/too-large', severity: 'error', message, line: 1, column: 1 };
}
