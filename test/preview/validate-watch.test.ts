import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { watchValidation } from '../../src/cli/validate-watch.js';
import { makeLibrary, seedSource, waitFor } from './library.js';

describe('selfhelp validate --watch', () => {
  let library: ReturnType<typeof makeLibrary>;
  beforeEach(() => {
    library = makeLibrary();
  });
  afterEach(() => library.cleanup());

  const capture = () => {
    const out = { stdout: '', stderr: '' };
    const io = { cwd: library.dir, stdout: { write: (chunk: string) => (out.stdout += chunk) }, stderr: { write: (chunk: string) => (out.stderr += chunk) } };
    return { out, io };
  };

  it('prints the report, then re-validates the saved file and prints the report again', async () => {
    const { out, io } = capture();
    const controller = new AbortController();
    const settings = { paths: ['articles'], config: {}, configDir: library.dir, cliRules: {}, format: 'json' as const, quiet: false, followSymlinks: false };
    const running = watchValidation({ ...settings, signal: controller.signal, debounceMs: 30 }, io);
    await waitFor(() => out.stdout.includes('Watching'));
    const first = JSON.parse(out.stdout.slice(0, out.stdout.indexOf('\n'))) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const seedBefore = first.find((result) => result.filePath.endsWith(seedSource))!;
    expect(seedBefore.messages.map((message) => message.ruleId)).not.toContain('links/aka-ms');

    const file = library.file(seedSource);
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://docs.microsoft.com/azure/vpn-gateway/', 'https://aka.ms/vpn-gateway-'));
    await waitFor(() => out.stdout.includes('re-validated'));
    await waitFor(() => out.stdout.trimEnd().endsWith('warnings'));
    controller.abort();
    expect(await running).toBe(1);

    const after = out.stdout.slice(out.stdout.indexOf('re-validated'));
    expect(after.split('\n')[0]).toBe(`re-validated ${seedSource}`);
    const second = JSON.parse(after.split('\n')[1]!) as typeof first;
    // Only the file whose diagnostics changed is reported again; the totals line covers the library.
    expect(second.map((result) => result.filePath)).toEqual([library.file(seedSource)]);
    expect(second[0]!.messages.map((message) => message.ruleId)).toContain('links/aka-ms');
    expect(after.trimEnd().split('\n').pop()).toMatch(new RegExp(`^${first.length} files: \\d+ errors, \\d+ warnings$`));
  });

  it('cannot be combined with --fix or --output', async () => {
    const { out, io } = capture();
    expect(await runCli(['validate', '--watch', '--fix'], io)).toBe(2);
    expect(out.stderr).toContain('--watch cannot be combined with --fix or --output');
  });
});
