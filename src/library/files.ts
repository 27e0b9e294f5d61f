import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnosticAt } from '../diagnostics.js';

export interface FoundFile {
  path: string;
  /** Path relative to the working directory, with forward slashes. */
  source: string;
  /** Set when the file cannot be read as an article (a folder named *.md, a symlink loop, …). */
  problem?: Diagnostic;
}

export interface FindOptions {
  cwd?: string;
  /** Follow symbolic links to folders and files (loops are detected either way). */
  followSymlinks?: boolean;
  /** Globs of files to leave out, relative to `ignoreBase` (the config file's folder). */
  ignores?: readonly string[];
  ignoreBase?: string;
}

export const toSource = (file: string, cwd: string): string => path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');

const isMarkdown = (name: string): boolean => name.toLowerCase().endsWith('.md');

/**
 * Every `.md` file under the given paths, sorted, each once. A path given explicitly is taken whatever its
 * extension. Nothing is silently skipped: what cannot be read comes back with a `problem`.
 */
export async function findMarkdownFiles(paths: readonly string[], options: FindOptions = {}): Promise<FoundFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const found = new Map<string, FoundFile>();
  const visited = new Set<string>();
  const ignoreBase = options.ignoreBase ?? cwd;
  const isIgnored = options.ignores?.length ? picomatch([...options.ignores], { dot: true }) : () => false;
  const add = (file: string, problem?: Diagnostic) => {
    if (isIgnored(path.relative(ignoreBase, path.resolve(cwd, file)).split(path.sep).join('/'))) return;
    const source = toSource(file, cwd);
    if (!found.has(source)) found.set(source, { path: path.resolve(cwd, file), source, ...(problem ? { problem } : {}) });
  };

  async function walk(directory: string): Promise<void> {
    const real = await realpath(directory).catch(() => directory);
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      add(directory, unreadable(error));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(directory, entry.name);
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) await visitLink(full, entry.name);
      else if (entry.isDirectory()) await walkFolder(full);
      else if (entry.isFile() && isMarkdown(entry.name)) add(full);
      else if (isMarkdown(entry.name)) add(full, notRegularFile());
    }
  }

  /** A folder named like an article is reported (it is never one), and its files are read as usual. */
  async function walkFolder(directory: string): Promise<void> {
    if (isMarkdown(path.basename(directory))) add(directory, folderNamedMarkdown());
    await walk(directory);
  }

  async function visitLink(full: string, name: string): Promise<void> {
    if (!options.followSymlinks) {
      if (isMarkdown(name)) add(full, diagnosticAt('file/unreadable', 'error', 'The file is a symbolic link; links are not followed (use --follow-symlinks)'));
      return;
    }
    const target = await stat(full).catch(() => undefined);
    if (!target) add(full, diagnosticAt('file/unreadable', 'error', 'The symbolic link is broken or loops; point it at a real file'));
    else if (target.isDirectory()) await walkFolder(full);
    else if (isMarkdown(name)) add(full);
  }

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await lstat(absolute).catch((error: unknown) => error as Error);
    if (info instanceof Error) add(absolute, unreadable(info));
    else if (info.isDirectory() || (info.isSymbolicLink() && (await stat(absolute).catch(() => undefined))?.isDirectory())) await walkFolder(absolute);
    else add(absolute);
  }
  return [...found.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

export const notRegularFile = (): Diagnostic =>
  diagnosticAt('file/unreadable', 'error', 'This is not a regular file (a pipe, socket or device); replace it with the article file');

const folderNamedMarkdown = (): Diagnostic =>
  diagnosticAt('file/unreadable', 'error', 'This is a folder, not an article; rename it so its name does not end in `.md`');

export function unreadable(error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'The file does not exist'
    : code === 'EACCES' || code === 'EPERM' ? 'The file cannot be read (permission denied); check its permissions'
    : code === 'EISDIR' ? 'This is a folder, not a file'
    : code === 'ELOOP' ? 'The path is a symbolic link loop'
    : `The file cannot be read (${code ?? String(error)})`;
  return diagnosticAt('file/unreadable', 'error', reason);
}
