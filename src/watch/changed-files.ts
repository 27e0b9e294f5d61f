import { stat } from 'node:fs/promises';
import { findMarkdownFiles, type FindOptions, type FoundFile } from '../library/files.js';

/**
 * The files to look at after the watcher reported `hinted` (absolute paths). When it names only
 * markdown files, just those (a save must answer in milliseconds on a library of thousands); anything
 * else (a folder renamed, an unnamed event, or nothing read yet) rescans everything: `complete` then
 * says that a known file missing from `found` is gone.
 */
export async function filesToCheck(
  paths: readonly string[],
  hinted: readonly string[],
  options: FindOptions,
  rescan: boolean,
): Promise<{ found: FoundFile[]; complete: boolean }> {
  const onlyArticles = hinted.length > 0 && hinted.every((file) => file.toLowerCase().endsWith('.md'));
  if (!onlyArticles || rescan) return { found: await findMarkdownFiles(paths, options), complete: true };
  const found: FoundFile[] = [];
  for (const file of hinted) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) found.push(...(await findMarkdownFiles([file], options)));
  }
  return { found, complete: false };
}

/** mtime and size: a cheap "did it change" test for files the watcher did not name. */
export async function stampOf(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  return info ? `${info.mtimeMs}:${info.size}` : 'missing';
}
