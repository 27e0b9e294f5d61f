/**
 * Hostile inputs: each must give a clear error diagnostic (file, and line where there is one), never a
 * crash, hang or stack trace, and every input file must be accounted for as validated/exported or rejected.
 * The library API covers each case; a few end-to-end runs of the built CLI cover `validate` and `export`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { unreadable } from '../../src/library/files.js';
import { loadFile, loadLibrary } from '../../src/library/load.js';
import { validateLibrary } from '../../src/library/validate.js';
import { defineRule } from '../../src/rules/rule.js';
import { article } from '../helpers/article.js';
import { repoRoot } from '../helpers/fixtures.js';

const cli = path.join(repoRoot, 'dist/src/cli/main.js');
const cleanArticle = readFileSync(path.join(repoRoot, 'articles/microsoft.containerservice/containerservice-tools-managedclusters.md'));
const isRoot = process.getuid?.() === 0;

/** A fixed pseudo-random byte sequence (xorshift), so the "binary" file is the same on every run. */
function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The hostile library: file name → content (a Buffer, a string, or a kind of special entry). */
function buildLibrary(): { dir: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'selfhelp-hostile-'));
  chmodSync(root, 0o755);
  const dir = path.join(root, 'library');
  const outside = path.join(root, 'outside');
  mkdirSync(dir);
  mkdirSync(outside);
  const write = (name: string, content: string | Uint8Array) => writeFileSync(path.join(dir, name), content);
  write('clean.md', cleanArticle);
  write('empty.md', '');
  write('binary.md', pseudoRandomBytes(4096));
  write('invalid-utf8.md', Buffer.concat([Buffer.from(article('# Title\n\nCaf')), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
  write('nul-bytes.md', article('# Title\n\nBefore\u0000after\n'));
  write('unclosed-properties.md', '<properties pageTitle="Disk is full" selfHelpType="generic"\n\n# Disk is full\n\nBody text.\n');
  write('properties-only.md', article(''));
  write('no-properties.md', '# Disk is full\n\nBody text without a metadata block.\n');
  write('deep-json.md', article(`# Deep\n\nIntro.\n\n---\n${deepJson(100_000)}\n---\n`));
  write('deep-json-array.md', article(`# Deep\n\nIntro.\n\n---\n${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`));
  write('too-large.md', article(`# Large\n\n${'Long text. '.repeat(100_000)}\n`));
  mkdirSync(path.join(dir, 'folder.md'));
  symlinkSync('loop.md', path.join(dir, 'loop.md'));
  writeFileSync(path.join(outside, 'secret.md'), cleanArticle);
  symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'outside.md'));
  symlinkSync('.', path.join(dir, 'again'));
  const pipe = spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
  if (pipe.status !== 0) console.warn('[hostile] mkfifo unavailable: the FIFO case is not covered on this machine');
  return { dir, outside: root };
}

const { dir, outside: root } = buildLibrary();

const byName = <T extends { source: string }>(results: readonly T[]) => new Map(results.map((result) => [path.basename(result.source), result] as const));
const hasNoStackTrace = (diagnostic: Diagnostic) => !/\n\s+at |\bat [\w.]+ \(|node:internal/.test(diagnostic.message);

/** What each hostile file must be reported as, with its line where the problem has one. */
const expected: Record<string, { ruleId: string; line?: number; rejected: boolean }> = {
  'empty.md': { ruleId: 'properties/missing', line: 1, rejected: true },
  'binary.md': { ruleId: 'file/encoding', rejected: true },
  'invalid-utf8.md': { ruleId: 'file/encoding', line: 5, rejected: true },
  'nul-bytes.md': { ruleId: 'file/encoding', line: 5, rejected: true },
  'unclosed-properties.md': { ruleId: 'properties/malformed', line: 1, rejected: false },
  'no-properties.md': { ruleId: 'properties/missing', line: 1, rejected: true },
  'deep-json.md': { ruleId: 'structure/too-deep', line: 8, rejected: true },
  'deep-json-array.md': { ruleId: 'structure/too-deep', line: 7, rejected: true },
  'too-large.md': { ruleId: 'file/too-large', line: 1, rejected: true },
  'folder.md': { ruleId: 'file/unreadable', rejected: true },
  'loop.md': { ruleId: 'file/unreadable', rejected: true },
  'outside.md': { ruleId: 'file/unreadable', rejected: true },
};

describe('hostile inputs through the library API', async () => {
  const started = Date.now();
  const results = await loadLibrary([dir], { cwd: root });
  const elapsedMs = Date.now() - started;
  const found = byName(results);

  it('reads the whole hostile library quickly (no hang)', () => {
    expect(elapsedMs).toBeLessThan(30_000);
  });

  it.each(Object.entries(expected))('%s: a clear error, at its line, no stack trace', (name, want) => {
    const result = found.get(name)!;
    expect(result, name).toBeDefined();
    const diagnostic = result.diagnostics.find((entry) => entry.ruleId === want.ruleId);
    expect(diagnostic, JSON.stringify(result.diagnostics)).toBeDefined();
    expect(diagnostic!.severity).toBe('error');
    if (want.line !== undefined) expect(diagnostic!.line).toBe(want.line);
    expect(result.diagnostics.every(hasNoStackTrace)).toBe(true);
    expect(result.diagnostics.map((entry) => entry.ruleId)).not.toContain('internal/error');
    expect(result.article === undefined).toBe(want.rejected);
  });

  it('reports a FIFO named like an article without waiting on it', () => {
    if (!existsSync(path.join(dir, 'pipe.md'))) return;
    expect(found.get('pipe.md')!.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file/unreadable', message: expect.stringMatching(/not a regular file/) })]);
  });

  it('reads the clean article cleanly', () => {
    expect(found.get('clean.md')!.article).toBeDefined();
    expect(found.get('clean.md')!.diagnostics.filter((entry) => entry.severity === 'error')).toEqual([]);
  });

  it('does not follow symbolic links by default: the loop and the outside link are reported, the folder link skipped', () => {
    expect(found.get('loop.md')!.diagnostics[0]!.message).toMatch(/symbolic link/);
    expect(found.get('outside.md')!.diagnostics[0]!.message).toMatch(/symbolic link/);
    expect(results.some((result) => result.source.includes('/again/'))).toBe(false);
  });

  it('follows links with followSymlinks, never looping, each file once', async () => {
    const followed = await loadLibrary([dir], { cwd: root, followSymlinks: true });
    const sources = followed.map((result) => result.source);
    expect(new Set(sources).size).toBe(sources.length);
    const named = byName(followed);
    expect(named.get('loop.md')!.diagnostics[0]!.message).toMatch(/broken or loops/);
    expect(named.get('outside.md')!.article).toBeDefined();
    // `again -> .` is the library itself: its real path was already walked, so nothing is read twice.
    expect(sources.filter((source) => source.includes('/again/'))).toEqual([]);
  });

  it('reads a file over the default size limit when maxFileSizeBytes is raised', async () => {
    const raised = await loadLibrary([path.join(dir, 'too-large.md')], { cwd: root, maxFileSizeBytes: 4 * 1024 * 1024 });
    expect(raised[0]!.article?.title).toBe('Large');
  });

  it('reports a 2 MB properties block that never closes, in linear time', async () => {
    const attributes = Array.from({ length: 120_000 }, (_, index) => `name${index}="value ${index}"`).join(' ');
    const file = path.join(root, 'huge-unclosed.md');
    writeFileSync(file, `<properties ${attributes}\n\n# Title\n\nBody.\n`);
    const start = Date.now();
    const [result] = await loadLibrary([file], { cwd: root, maxFileSizeBytes: 4 * 1024 * 1024 });
    expect(Date.now() - start).toBeLessThan(20_000);
    expect(result!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'properties/malformed', line: 1 }));
    expect(result!.diagnostics.length).toBeLessThan(10);
  });

  it('reports a bug in a rule as internal/error on that file, asking for a report, and goes on', async () => {
    const broken = defineRule({
      meta: { id: 'structure/fuzz-broken', description: 'Fail on purpose', severity: 'error', fixable: false, messages: { never: 'Never' } },
      create: () => ({ heading: () => { throw new TypeError('boom'); } }),
    });
    const validated = await validateLibrary([dir], { cwd: root, rules: [broken] });
    const clean = validated.find((file) => file.source.endsWith('clean.md'))!;
    expect(clean.diagnostics).toEqual([expect.objectContaining({ ruleId: 'internal/error', severity: 'error' })]);
    expect(clean.diagnostics[0]!.message).toMatch(/structure\/fuzz-broken.*boom.*please report it/);
    expect(validated.filter((file) => file.rejected).length).toBeGreaterThan(5);
    expect(validated).toHaveLength(results.length);
  });

  it('maps permission errors to a clear message (EACCES without root: /proc/1/mem)', async () => {
    expect(unreadable(Object.assign(new Error('denied'), { code: 'EACCES' })).message).toMatch(/permission denied/);
    const result = await loadFile({ path: '/proc/1/mem', source: 'mem.md' });
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file/unreadable', severity: 'error' })]);
    expect(result.diagnostics[0]!.message).toMatch(/permission denied|not a regular file/);
  });

  it('accounts for every file exactly once in validate and export', async () => {
    const validated = await validateLibrary([dir], { cwd: root });
    expect(validated.map((file) => file.source).sort()).toEqual(results.map((result) => result.source).sort());
    for (const file of validated) {
      if (file.rejected) expect(file.diagnostics.some((entry) => entry.severity === 'error'), file.source).toBe(true);
    }
    const propertiesOnly = validated.find((file) => file.source.endsWith('properties-only.md'))!;
    expect(propertiesOnly.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'structure/missing-h1', severity: 'error' }));
    const bundle = exportLibrary(results);
    const exported = bundle.index.articles.map((entry) => entry.source);
    const rejected = bundle.index.rejected.map((entry) => entry.source);
    expect([...exported, ...rejected].sort()).toEqual(results.map((result) => result.source).sort());
    expect(rejected.length).toBe(validated.filter((file) => file.rejected).length);
  });
});

/** Run the built CLI with a timeout; a hang fails the test instead of stalling the suite. */
function runCli(args: string[], options: { uid?: number } = {}) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  expect(run.error, String(run.error)).toBeUndefined();
  expect(run.signal).toBeNull();
  return run;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |node:internal|RangeError|TypeError/);

describe.skipIf(!existsSync(cli))('hostile inputs through the built CLI', () => {
  it('validate: one error per broken file, the clean one clean, an accounting line, exit 1', () => {
    const run = runCli(['validate', dir, '--format', 'json']);
    noStackTrace(run.stderr);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }>; errorCount: number }>;
    const named = new Map(results.map((result) => [path.basename(result.filePath), result]));
    for (const [name, want] of Object.entries(expected)) {
      expect(named.get(name)?.messages.map((message) => message.ruleId), name).toContain(want.ruleId);
    }
    expect(named.get('properties-only.md')!.messages.map((message) => message.ruleId)).toContain('structure/missing-h1');
    expect(named.get('clean.md')!.errorCount).toBe(0);
    const rejected = Object.values(expected).filter((want) => want.rejected).length + (named.has('pipe.md') ? 1 : 0);
    expect(run.stderr).toContain(`${results.length} files: ${results.length - rejected} validated, ${rejected} rejected`);
  });

  it('export: broken files rejected with their reasons, nothing written outside --out, exit 1', () => {
    const out = path.join(root, 'export-out');
    const run = runCli(['export', dir, '--out', out]);
    noStackTrace(run.stderr);
    expect(run.status).toBe(1);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { articles: Array<{ source: string; file: string }>; rejected: Array<{ source: string }> };
    const rejected = new Set(index.rejected.map((entry) => path.basename(entry.source)));
    for (const [name, want] of Object.entries(expected)) expect(rejected.has(name), name).toBe(want.rejected);
    const total = index.articles.length + index.rejected.length;
    expect(run.stderr).toContain(`${total} files: ${index.articles.length} exported, ${index.rejected.length} rejected`);
    for (const entry of index.articles) expect(path.resolve(out, entry.file).startsWith(out + path.sep)).toBe(true);
  });

  it('validate reads a 2 MB properties block that never closes when the config raises maxFileSizeBytes', () => {
    const big = path.join(root, 'big-config');
    mkdirSync(big, { recursive: true });
    const attributes = Array.from({ length: 120_000 }, (_, index) => `name${index}="value ${index}"`).join(' ');
    writeFileSync(path.join(big, 'unclosed.md'), `<properties ${attributes}\n\n# Title\n\nBody.\n`);
    writeFileSync(path.join(big, 'selfhelp.config.json'), JSON.stringify({ maxFileSizeBytes: 4 * 1024 * 1024 }));
    const run = runCli(['validate', path.join(big, 'unclosed.md'), '--config', path.join(big, 'selfhelp.config.json'), '--format', 'json']);
    noStackTrace(run.stderr);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    expect(result!.messages).toContainEqual(expect.objectContaining({ ruleId: 'properties/malformed', line: 1 }));
    expect(result!.messages.map((message) => message.ruleId)).not.toContain('file/too-large');
  });

  it('reports an unreadable file (chmod 000) run as an unprivileged user', () => {
    const locked = path.join(root, 'locked');
    mkdirSync(locked, { recursive: true });
    chmodSync(locked, 0o755);
    writeFileSync(path.join(locked, 'secret.md'), cleanArticle);
    chmodSync(path.join(locked, 'secret.md'), 0o000);
    if (!isRoot) {
      const run = runCli(['validate', locked, '--format', 'json']);
      expect(run.stdout).toMatch(/permission denied/);
      return;
    }
    // As root, permissions do not block reads: run the CLI as `nobody` so chmod 000 means what it says.
    const probe = spawnSync(process.execPath, ['-e', '0'], { uid: 65534, gid: 65534 });
    if (probe.status !== 0) {
      console.warn('[hostile] running as root and cannot switch to an unprivileged user: the chmod 000 case is not covered');
      return;
    }
    for (const command of [['validate', locked, '--format', 'json'], ['export', locked, '--out', path.join(tmpdir(), `selfhelp-locked-${process.pid}`)]]) {
      const run = runCli(command, { uid: 65534 });
      noStackTrace(run.stderr);
      expect(run.status).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toMatch(/permission denied/);
    }
  });
});
