import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FileSummary } from '../rules/rule.js';
import type { FileOutcome } from './job.js';

export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/selfhelp';

/**
 * The cache is one file: a header line `{ key, checksum }` and then the entries as JSON, keyed by source
 * path. An entry is used only when the file's content hash matches, and the whole cache only when it was
 * written by the same tool version, rules and configuration (`key`) and its checksum proves it is exactly
 * what was written. Anything unreadable, truncated, corrupt or stale is ignored and rebuilt, never
 * trusted. (A checksum instead of re-validating every entry with zod keeps warm runs fast: 16,000
 * entries parse in tens of milliseconds.)
 */
export interface CacheEntry {
  sha256: string;
  diagnostics: Diagnostic[];
  summary?: FileSummary;
}

export const cacheFile = (location: string): string => path.join(location, 'validate.json');

const checksumOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Bumped when the shape of a cached entry changes, so entries written by older code are never read. */
const CACHE_FORMAT = 2;

/** A key for everything besides file content that decides a file's diagnostics. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify({ format: CACHE_FORMAT, parts })).digest('hex');
}

export async function loadCache(location: string, key: string): Promise<Map<string, CacheEntry>> {
  try {
    const text = await readFile(cacheFile(location), 'utf8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { key?: unknown; checksum?: unknown };
    const body = text.slice(newline + 1);
    if (newline === -1 || header.key !== key || header.checksum !== checksumOf(body)) return new Map();
    return new Map(Object.entries(JSON.parse(body) as Record<string, CacheEntry>));
  } catch {
    return new Map(); // missing or corrupt: rebuild
  }
}

/** Write atomically (temp file + rename) so a killed run never leaves a half-written cache. */
export async function saveCache(location: string, key: string, outcomes: readonly FileOutcome[]): Promise<void> {
  const entries: Record<string, CacheEntry> = {};
  for (const outcome of outcomes) {
    if (!outcome.sha256 || outcome.fixed) continue;
    entries[outcome.source] = { sha256: outcome.sha256, diagnostics: outcome.diagnostics, ...(outcome.summary ? { summary: outcome.summary } : {}) };
  }
  await mkdir(location, { recursive: true });
  const temporary = `${cacheFile(location)}.${process.pid}.tmp`;
  const body = JSON.stringify(entries);
  await writeFile(temporary, `${JSON.stringify({ key, checksum: checksumOf(body) })}\n${body}`);
  await rename(temporary, cacheFile(location));
}
