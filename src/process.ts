import type { Article } from '../schemas/article.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { diagnosticAt } from './diagnostics.js';
import { extractArticle, type ExtractOptions } from './extract/index.js';
import { parseFile, type ParsedFile } from './parse/index.js';
import { tooDeepDiagnostic } from './parse/limits.js';
import { TooDeepError } from './parse/markdown.js';
import { decodeSource, sourceFromText, type SourceFile } from './source.js';

/** The outcome for one input file: an article, or the diagnostics that explain why there is none. */
export interface FileResult {
  path: string;
  source: string;
  sha256?: string;
  article?: Article;
  parsed?: ParsedFile;
  diagnostics: Diagnostic[];
}

/** decode → split → parse → extract. Pure: no fs, no clock; a bug in any stage becomes `internal/error`. */
export function processBytes(bytes: Uint8Array, names: { path: string; source: string }, options: ExtractOptions = {}): FileResult {
  let decoded: ReturnType<typeof decodeSource>;
  try {
    decoded = decodeSource(bytes, names);
  } catch (error) {
    return { ...names, diagnostics: [internalError(error)] };
  }
  if (!decoded.value) return { ...names, diagnostics: decoded.diagnostics };
  return processSource(decoded.value, options);
}

export function processSource(file: SourceFile, options: ExtractOptions = {}): FileResult {
  const base = { path: file.path, source: file.source, sha256: file.sha256 };
  try {
    const parsed = parseFile(file);
    if (!parsed.value) return { ...base, diagnostics: parsed.diagnostics };
    return { ...base, article: extractArticle(parsed.value, options), parsed: parsed.value, diagnostics: parsed.diagnostics };
  } catch (error) {
    if (error instanceof TooDeepError) {
      return { ...base, diagnostics: [tooDeepDiagnostic(file, error.messageId, error.offset, error.data)] };
    }
    return { ...base, diagnostics: [internalError(error)] };
  }
}

/** A bug of ours, reported on the file it happened with so the run goes on. */
export function internalError(error: unknown): Diagnostic {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return diagnosticAt('internal/error', 'error', `Internal error while reading this file (${detail}); please report it with the file`);
}

/** Parse one article from text: the library API behind `selfhelp parse`. */
export function parseArticle(text: string, options: { path?: string } = {}): FileResult {
  return processSource(sourceFromText(text, { path: options.path ?? 'article.md' }));
}
