import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DiagnosticSchema } from '../../schemas/diagnostic.js';
import type { FileOutcome } from './job.js';

export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/selfhelp';

/**
 * The cache is a single JSON file keyed by source path. An entry is used only when the file's content
 * hash matches and the whole cache was written by the same tool version, rules and configuration
 * (`key`). Anything unreadable, corrupt or stale is ignored and rebuilt, never trusted.
 */
const PositionShape = z.object({
  start: z.object({ line: z.number(), column: z.number(), offset: z.number() }),
  end: z.object({ line: z.number(), column: z.number(), offset: z.number() }),
});
const SummarySchema = z.object({
  source: z.string(),
  fileName: z.string(),
  selfHelpType: z.string().nullable(),
  service: z.string().optional(),
  articleId: z.object({ value: z.string(), position: PositionShape }).optional(),
  displayOrder: z.object({ value: z.number(), position: PositionShape }).optional(),
  references: z.array(z.object({ id: z.string(), position: PositionShape })),
});
const EntrySchema = z.object({ sha256: z.string(), diagnostics: z.array(DiagnosticSchema), summary: SummarySchema.optional() });
const CacheSchema = z.object({ key: z.string(), entries: z.record(z.string(), EntrySchema) });

export type CacheEntry = z.infer<typeof EntrySchema>;

export const cacheFile = (location: string): string => path.join(location, 'validate.json');

/** A key for everything besides file content that decides a file's diagnostics. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export async function loadCache(location: string, key: string): Promise<Map<string, CacheEntry>> {
  try {
    const parsed = CacheSchema.safeParse(JSON.parse(await readFile(cacheFile(location), 'utf8')));
    if (!parsed.success || parsed.data.key !== key) return new Map();
    return new Map(Object.entries(parsed.data.entries));
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
  await writeFile(temporary, JSON.stringify({ key, entries }));
  await rename(temporary, cacheFile(location));
}
