import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the preview's own files are. This module runs from `src/preview/` under the tests and from
 * `dist/src/preview/` once built; the build copies `assets/` beside it, and the package root is the
 * nearest folder above with our package.json (it holds `docs/rules/`).
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export const assetsDir = path.join(here, 'assets');

export function findPackageRoot(start = here): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'docs'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(here, '..', '..');
  }
}

/** Modules the browser imports from our own source: one implementation for server and page. */
const browserModules: Record<string, string> = { 'visibility.js': '../payload/visibility' };

const cache = new Map<string, string>();

/**
 * The compiled JavaScript of a shared module, for the browser. Built, it sits next to us as `.js`;
 * from source (tests, `tsx`) it is transpiled once with TypeScript, a dev dependency present exactly then.
 * A module that imports anything cannot be served alone, so that is an error rather than a broken page.
 */
export async function browserModule(name: string): Promise<string | undefined> {
  const base = browserModules[name];
  if (!base) return undefined;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const compiled = path.join(here, `${base}.js`);
  let code: string;
  if (existsSync(compiled)) code = await readFile(compiled, 'utf8');
  else {
    const typescript = (await import('typescript')).default;
    const source = await readFile(path.join(here, `${base}.ts`), 'utf8');
    code = typescript.transpileModule(source, { compilerOptions: { target: typescript.ScriptTarget.ES2022, module: typescript.ModuleKind.ES2022 } }).outputText;
  }
  code = code.replace(/^\/\/# sourceMappingURL=.*$/m, '');
  if (hasImports(code)) throw new Error(`${base} imports other modules, so the browser cannot load it on its own`);
  cache.set(name, code);
  return code;
}

export const hasImports = (code: string): boolean => /^\s*(import\s|export\s[^;]*\sfrom\s)/m.test(code) || /\bimport\s*\(/.test(code);
