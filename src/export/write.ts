import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportBundle } from './bundle.js';

/**
 * Write the bundle to a temporary folder beside `outDir`, then swap it in, so a run killed half-way
 * leaves the previous export as it was.
 */
export async function writeBundle(bundle: ExportBundle, outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const temporary = path.join(parent, `.${path.basename(target)}.tmp-${process.pid}`);
  const previous = path.join(parent, `.${path.basename(target)}.old-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  for (const [relative, content] of bundle.files) {
    const file = path.resolve(temporary, relative);
    // Names come from sanitised ids; this guard makes escaping the folder impossible, not just unlikely.
    if (!file.startsWith(temporary + path.sep)) throw new Error(`Refusing to write outside the export folder: ${relative}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(temporary, target);
  await rm(previous, { recursive: true, force: true });
}
