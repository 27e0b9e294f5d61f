import { readFile } from 'node:fs/promises';

/** The package version, read from package.json beside dist/ (the only place it is written). */
export async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
