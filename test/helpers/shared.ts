import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.js';

/** `../shared` beside the clone: real data, read in place, never copied into the repo. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const corpusDir = path.join(sharedDir, 'corpus');
export const seedFile = path.join(sharedDir, 'seed', '000_532c3f94b7cce449.txt');
export const hasShared = existsSync(corpusDir) && existsSync(seedFile);

if (!hasShared) console.warn(`[corpus] skipped: ${sharedDir} is not present (CI has it; a fresh clone passes without it)`);
