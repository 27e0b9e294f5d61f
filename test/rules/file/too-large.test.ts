import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load.js';
import { article } from '../../helpers/article.js';

describe('file/too-large (reported while reading)', () => {
  it('reports a file over the limit with its size, and reads one under it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-size-'));
    await writeFile(path.join(dir, 'big.md'), article(`# Big\n\n${'Long text. '.repeat(200)}\n`));
    await writeFile(path.join(dir, 'small.md'), article('# Small\n'));
    const results = await loadLibrary([dir], { maxFileSizeBytes: 1500 });
    const big = results.find((result) => result.source.endsWith('big.md'))!;
    expect(big.article).toBeUndefined();
    expect(big.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file/too-large', line: 1, column: 1 })]);
    expect(big.diagnostics[0]!.message).toMatch(/over the 1500-byte limit/);
    expect(results.find((result) => result.source.endsWith('small.md'))!.article?.title).toBe('Small');
  });
});
