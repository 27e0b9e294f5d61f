import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { capture } from '../export/cli.js';

describe('selfhelp --help', () => {
  it('lists the commands and exits 0; with no command it exits 2', async () => {
    const run = capture();
    expect(await runCli(['--help'], run.io(process.cwd()))).toBe(0);
    expect(run.out).toMatch(/selfhelp validate \[PATHS…\]/);
    expect(await runCli([], capture().io(process.cwd()))).toBe(2);
  });

  it.each(['validate', 'export', 'rules', 'parse', 'preview', 'new'])('%s --help prints its usage on stdout and exits 0', async (name) => {
    const run = capture();
    expect(await runCli([name, '--help'], run.io(process.cwd()))).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Usage: selfhelp ${name}`));
    expect(run.err).toBe('');
  });
});
