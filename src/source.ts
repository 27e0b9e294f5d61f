import { createHash } from 'node:crypto';
import { location } from 'vfile-location';
import type { Point, Position } from '../schemas/position.js';
import { diagnosticAt, type Staged } from './diagnostics.js';

/** A decoded input file. Offsets everywhere are into `text`, which excludes the BOM. */
export interface SourceFile {
  /** The path as given, used to read the file. */
  readonly path: string;
  /** The path relative to the working directory, with forward slashes. */
  readonly source: string;
  readonly text: string;
  readonly bom: boolean;
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Offset ↔ point conversion, built once per file. */
  readonly toPoint: (offset: number) => Point;
}

export const positionOf = (file: Pick<SourceFile, 'toPoint'>, start: number, end: number): Position => ({
  start: file.toPoint(start),
  end: file.toPoint(end),
});

/** Make a SourceFile from text already decoded (tests, editors, and `decodeSource`). */
export function sourceFromText(text: string, options: { path?: string; source?: string; bom?: boolean; sha256?: string } = {}): SourceFile {
  const bom = options.bom ?? text.charCodeAt(0) === 0xfeff;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const place = location(body);
  const end = place.toPoint(body.length);
  const path = options.path ?? 'article.md';
  return {
    path,
    source: options.source ?? path.replaceAll('\\', '/'),
    text: body,
    bom,
    sha256: options.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
    sizeBytes: Buffer.byteLength(text, 'utf8'),
    toPoint(offset) {
      // vfile-location returns an empty object past the end; clamp so every diagnostic has a place.
      const point = place.toPoint(Math.min(Math.max(offset, 0), body.length));
      const line = point?.line ?? end?.line ?? 1;
      const column = point?.column ?? end?.column ?? 1;
      return { line, column, offset: point?.offset ?? body.length };
    },
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode bytes as UTF-8 (with or without BOM). UTF-16, NUL bytes and invalid UTF-8 are reported,
 * not guessed: a wrong guess would export garbage that looks like content.
 */
export function decodeSource(bytes: Uint8Array, options: { path: string; source: string }): Staged<SourceFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const encodingError = (message: string, line = 1, column = 1) => ({
    diagnostics: [{ ...diagnosticAt('file/encoding', 'error', message), line, column }],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return encodingError('File is UTF-16 encoded; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = pointInBytes(bytes, nul);
    return encodingError('File contains NUL bytes (binary or UTF-16 content); save it as UTF-8 text', line, column);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = pointInBytes(bytes, bad);
    return encodingError('File is not valid UTF-8; save it as UTF-8', line, column);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { value: sourceFromText(text, { ...options, sha256, bom }), diagnostics: [] };
}

/** Line and column of a byte offset, counting decodable characters (lossy decode of the prefix). */
function pointInBytes(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, '');
  const lastNewline = prefix.lastIndexOf('\n');
  let line = 1;
  for (let index = prefix.indexOf('\n'); index !== -1; index = prefix.indexOf('\n', index + 1)) line += 1;
  return { line, column: prefix.length - lastNewline };
}

/** Offset of the first byte that breaks UTF-8, by the standard's byte ranges. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    try {
      utf8.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return 0;
}
