// Build the benchmark's input: the corpus itself, or N copies of it with changed article ids so
// library-wide checks see a library of that size, not N duplicates.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function listMarkdown(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md')).map((entry) => path.join(entry.parentPath ?? entry.path, entry.name)).sort();
}

export async function prepareCorpus(corpusDir, scale) {
  if (scale <= 1) return corpusDir;
  const target = path.join(tmpdir(), `selfhelp-bench-x${scale}`);
  await rm(target, { recursive: true, force: true });
  const files = await listMarkdown(corpusDir);
  for (let copy = 0; copy < scale; copy += 1) {
    for (const file of files) {
      const relative = path.relative(corpusDir, file);
      const text = await readFile(file, 'utf8');
      // Keep the id's shape (a GUID stays a GUID): rewrite its last hex digits with the copy number.
      const changed = copy === 0 ? text : text.replace(/(articleid\s*=\s*["'][^"']*?)([0-9a-f]{2})(["'])/i, (_, head, _hex, quote) => `${head}${copy.toString(16).padStart(2, '0')}${quote}`);
      const out = path.join(target, `copy-${copy}`, relative);
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, changed);
    }
  }
  return target;
}
