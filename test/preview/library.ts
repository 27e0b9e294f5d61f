import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';

export const seedSource = 'articles/microsoft.network/seed-like.md';
export const scopingSource = 'articles/problemscopingques.eventgrid/eventgrid-events-not-delivered.md';
export const rejectedSource = 'articles/drafts/no-properties.md';
export const brokenPayloadSource = 'articles/drafts/broken-payload.md';

/**
 * A throwaway library for the preview: our sample articles, the seed-like fixture, a file that cannot be
 * read as an article and a problem-scoping article whose JSON is broken. The server watches this copy,
 * so tests may edit it.
 */
export function makeLibrary(): { dir: string; file: (source: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-preview-'));
  cpSync(path.join(repoRoot, 'articles'), path.join(dir, 'articles'), { recursive: true });
  const file = (source: string) => path.join(dir, ...source.split('/'));
  mkdirSync(path.dirname(file(seedSource)), { recursive: true });
  cpSync(fixturePath('seed-like.md'), file(seedSource));
  mkdirSync(path.dirname(file(rejectedSource)), { recursive: true });
  writeFileSync(file(rejectedSource), '# A draft without its properties block\n\nThe metadata block is still to be written.\n');
  // A missing comma after `"order": 1` breaks the payload so that even a lenient read fails.
  const scoping = readFileSync(file(scopingSource), 'utf8');
  writeFileSync(file(brokenPayloadSource), scoping.replace('"order": 1,', '"order": 1').replace('9fb4f532-54ad-43b8-9bc3-232da13708ce', '5d0c8f3e-2b7a-4c55-9e61-0a4f3b2c9d71'));
  return { dir, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Poll until `check` holds: watchers answer within milliseconds, but how many is up to the machine. */
export const waitFor = async (check: () => boolean, timeoutMs = 15_000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
