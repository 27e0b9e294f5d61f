import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load.js';
import { article } from '../../helpers/article.js';

describe('file/unreadable (reported while reading)', () => {
  it('reports a missing path, a broken link and a link loop, and still reads the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-unreadable-'));
    await mkdir(path.join(dir, 'lib'));
    await writeFile(path.join(dir, 'lib', 'ok.md'), article('# Fine\n'));
    await symlink(path.join(dir, 'lib', 'gone.md'), path.join(dir, 'lib', 'broken.md'));
    await symlink(path.join(dir, 'lib'), path.join(dir, 'lib', 'loop'));
    const results = await loadLibrary(['lib', 'missing.md'], { cwd: dir, followSymlinks: true });
    const byName = Object.fromEntries(results.map((result) => [result.source, result]));
    expect(byName['lib/ok.md']?.article?.title).toBe('Fine');
    expect(byName['lib/broken.md']?.diagnostics[0]).toMatchObject({ ruleId: 'file/unreadable' });
    expect(byName['missing.md']?.diagnostics[0]).toMatchObject({ ruleId: 'file/unreadable', message: 'The file does not exist' });
    expect(results).toHaveLength(3);
  });
});
