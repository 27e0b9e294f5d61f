import { readFile } from 'node:fs/promises';

/**
 * The package version, read from package.json (the only place it is written): three folders up from
 * `dist/src/cli/`, or two from `src/cli/` when running from source (tests).
 */
export async function packageVersion(): Promise<string> {
  const built = new URL('../../../package.json', import.meta.url);
  const text = await readFile(built, 'utf8').catch(() => readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return (JSON.parse(text) as { version: string }).version;
}
