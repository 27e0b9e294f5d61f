import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
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
  /** Called with the number of files found so far, each time it grows. */
  onCount?: (count: number) => void;
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
  const isIgnored = options.ignores?.length ? picomatch([...options.ignores], { dot: true }) : undefined;
  /** `source`, when the caller knows it, saves resolving the path again (16,000 times in a large library). */
  const add = (file: string, problem?: Diagnostic, source = toSource(file, cwd)) => {
    if (isIgnored?.(path.relative(ignoreBase, path.resolve(cwd, file)).split(path.sep).join('/'))) return;
    if (found.has(source)) return;
    found.set(source, { path: path.resolve(cwd, file), source, ...(problem ? { problem } : {}) });
    options.onCount?.(found.size);
  };

  // Synchronous calls on purpose: a library of thousands of folders spends more time in promise round
  // trips than in the file system (1.3 s → 0.4 s for 16,000 files in 3,000 folders).
  function walk(directory: string): void {
    const real = attempt(() => realpathSync.native(directory)) ?? directory;
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      add(directory, unreadable(error));
      return;
    }
    const prefix = toSource(directory, cwd);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(directory, entry.name);
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      if (entry.isFile() && isMarkdown(entry.name)) {
        add(full, undefined, prefix === '' ? entry.name : `${prefix}/${entry.name}`);
        continue;
      }
      if (entry.isSymbolicLink()) visitLink(full, entry.name);
      else if (entry.isDirectory()) walkFolder(full);
      else if (isMarkdown(entry.name) && !entry.isFile()) add(full, notRegularFile());
    }
  }

  /** A folder named like an article is reported (it is never one), and its files are read as usual. */
  function walkFolder(directory: string): void {
    if (isMarkdown(path.basename(directory))) add(directory, folderNamedMarkdown());
    walk(directory);
  }

  function visitLink(full: string, name: string): void {
    if (!options.followSymlinks) {
      if (isMarkdown(name)) add(full, diagnosticAt('file/unreadable', 'error', 'The file is a symbolic link; links are not followed (use --follow-symlinks)'));
      return;
    }
    const target = attempt(() => statSync(full));
    if (!target) add(full, diagnosticAt('file/unreadable', 'error', 'The symbolic link is broken or loops; point it at a real file'));
    else if (target.isDirectory()) walkFolder(full);
    else if (isMarkdown(name)) add(full);
  }

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info: Stats;
    try {
      info = lstatSync(absolute);
    } catch (error) {
      add(absolute, unreadable(error));
      continue;
    }
    if (info.isDirectory() || (info.isSymbolicLink() && attempt(() => statSync(absolute))?.isDirectory())) walkFolder(absolute);
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

/** The value, or undefined when computing it throws (a file system call on a path that went away). */
function attempt<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}
