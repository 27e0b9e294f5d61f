import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file under a folder: forward-slash relative path → content, sorted by path. */
export async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const relative of await listTree(root)) files.set(relative, await readFile(path.join(root, relative), 'utf8'));
  return files;
}

/** Every file under a folder: forward-slash relative path → inode, to tell rewritten files from kept ones. */
export async function inodes(root: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const relative of await listTree(root)) files.set(relative, (await stat(path.join(root, relative))).ino);
  return files;
}

async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join((entry as { parentPath?: string }).parentPath ?? root, entry.name)).split(path.sep).join('/'))
    .sort();
}
