import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { article } from '../helpers/article.js';
import { repoRoot } from '../helpers/fixtures.js';
import { capture } from './cli.js';
import { readTree } from './tree.js';

const ARTICLES = 500;

/** A realistic article body of a few kilobytes, different per index. */
function generatedBody(index: number): string {
  const steps = Array.from({ length: 12 }, (_, step) => `${step + 1}. Check setting ${step} of node pool ${index}; see [the guide](https://learn.microsoft.com/azure/aks/node-pool-${step}#step-${index}).`);
  const causes = Array.from({ length: 8 }, (_, cause) => `* Cause ${cause} of article ${index}: the cluster <!--$ClusterName-->cluster<!--/$ClusterName--> ran out of capacity in zone ${cause}.`);
  return [`# Node pool ${index} cannot scale`, '', '## **Recommended Steps**', '', `**Scaling stops at ${index} nodes**`, '', 'Common causes include:', '', ...causes, '', ...steps, ''].join('\n');
}

describe('atomic export', () => {
  beforeAll(() => {
    // The test runs the built CLI, so build it from the sources under test.
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', repoRoot], { stdio: 'inherit' });
  }, 300_000);

  it('leaves the previous export intact when the process is killed half-way, and recovers on the next run', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-atomic-'));
    await mkdir(path.join(dir, 'in'));
    await mkdir(path.join(dir, 'small'));
    for (let index = 0; index < ARTICLES; index += 1) {
      const text = article(generatedBody(index), { articleId: `node-pool-${String(index).padStart(4, '0')}` });
      await writeFile(path.join(dir, 'in', `pool-${index}.md`), text);
      if (index < 20) await writeFile(path.join(dir, 'small', `pool-${index}.md`), text);
    }
    expect(await runCli(['export', 'small', '--out', 'out'], capture().io(dir))).toBe(0);
    const previous = await readTree(path.join(dir, 'out'));

    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/src/cli/main.js'), 'export', 'in', '--out', 'out'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    let done = false;
    void exited.then(() => (done = true));
    const temporary = path.join(dir, `.out.tmp-${child.pid}`);
    while (!done && !existsSync(temporary)) await sleep(1);
    child.kill('SIGKILL');
    const outcome = await exited;

    // It was killed while writing (not after finishing), and the temporary folder shows how far it got.
    expect(outcome.signal).toBe('SIGKILL');
    expect(existsSync(temporary)).toBe(true);
    expect(await readTree(path.join(dir, 'out'))).toEqual(previous);

    const again = capture();
    expect(await runCli(['export', 'in', '--out', 'out'], again.io(dir))).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['in', 'out', 'small']);
    const index = JSON.parse((await readTree(path.join(dir, 'out'))).get('index.json')!);
    expect(index.articles).toHaveLength(ARTICLES);
    await rm(dir, { recursive: true, force: true });
  }, 300_000);
});
