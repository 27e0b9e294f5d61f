// npm run bench [-- --corpus DIR] [--scale N] [--skip-markdownlint]
// Times selfhelp against baselines measured in the same run on the same files and prints ratios.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listMarkdown, prepareCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { corpus: { type: 'string', default: path.join(root, '..', 'shared', 'corpus') }, scale: { type: 'string', default: '1' }, 'skip-markdownlint': { type: 'boolean' } },
});
const scale = Number(values.scale);
const dir = await prepareCorpus(path.resolve(values.corpus), scale);
const files = await listMarkdown(dir);
console.log(`bench: ${files.length} files (${values.corpus} × ${scale})`);

const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');
const cacheDir = path.join(tmpdir(), 'selfhelp-bench-cache');

/**
 * Read every file once, untimed, so that each timed command finds them in the OS page cache, as the
 * remark baseline (whose reads are not timed) does. This machine reclaims cached pages within seconds
 * (kdamond), and a validation that found them gone spent 5 s per worker waiting on the disk.
 */
function warmPageCache() {
  for (const file of files) readFileSync(file);
}

/** Wall time of a command, in ms; the child's own peak RSS when it is run through measure.mjs. */
function timed(command, args) {
  warmPageCache();
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.error) throw run.error;
  const last = (run.stderr ?? '').trim().split('\n').pop() ?? '';
  const measured = last.startsWith('{') ? JSON.parse(last) : undefined;
  return { ms, maxRssKb: measured?.maxRssKb, exitCode: measured?.exitCode ?? run.status };
}

// Baseline: bare single-threaded remark-parse of every whole file, in one loop, nothing else.
const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
const processor = unified().use(remarkParse);
const baselineStart = performance.now();
for (const text of texts) processor.parse(text);
const baselineMs = performance.now() - baselineStart;
texts.length = 0;

const measure = path.join(root, 'bench', 'measure.mjs');
await rm(cacheDir, { recursive: true, force: true });
const cold = timed(process.execPath, [measure, 'validate', dir, '--format', 'json', '--output', path.join(tmpdir(), 'selfhelp-bench.json')]);
timed(process.execPath, [cli, 'validate', dir, '--format', 'json', '--output', path.join(tmpdir(), 'selfhelp-bench.json'), '--cache-location', cacheDir]);
const warm = timed(process.execPath, [cli, 'validate', dir, '--format', 'json', '--output', path.join(tmpdir(), 'selfhelp-bench.json'), '--cache-location', cacheDir]);
// Into an empty folder, so every run measures the same work (into a previous export, each file would
// also be read back and compared).
await rm(path.join(tmpdir(), 'selfhelp-bench-export'), { recursive: true, force: true });
const exported = timed(process.execPath, [cli, 'export', dir, '--out', path.join(tmpdir(), 'selfhelp-bench-export')]);
const markdownlint = values['skip-markdownlint']
  ? undefined
  : timed(process.execPath, [path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${dir.split(path.sep).join('/')}/**/*.md`]);
const watchMs = await watchLatency(dir);

const results = {
  files: files.length,
  scale,
  baselineRemarkParseMs: Math.round(baselineMs),
  coldValidateMs: Math.round(cold.ms),
  warmValidateMs: Math.round(warm.ms),
  exportMs: Math.round(exported.ms),
  markdownlintMs: markdownlint ? Math.round(markdownlint.ms) : null,
  ratios: {
    coldValidateVsRemarkParse: round(cold.ms / baselineMs),
    warmValidateVsRemarkParse: round(warm.ms / baselineMs),
    coldValidateVsMarkdownlint: markdownlint ? round(cold.ms / markdownlint.ms) : null,
    exportVsRemarkParse: round(exported.ms / baselineMs),
  },
  peakRssMb: cold.maxRssKb ? Math.round(cold.maxRssKb / 1024) : null,
  watchSaveToDiagnosticsMs: watchMs === undefined ? null : Math.round(watchMs),
  node: process.version,
};

const targets = [
  ['1. cold validate ÷ remark-parse', results.ratios.coldValidateVsRemarkParse, '≤ 0.5'],
  ['2. warm validate --cache ÷ remark-parse', results.ratios.warmValidateVsRemarkParse, '≤ 0.1'],
  ['3. cold validate ÷ markdownlint-cli2', results.ratios.coldValidateVsMarkdownlint, '≤ 0.15'],
  ['4. export ÷ remark-parse', results.ratios.exportVsRemarkParse, '≤ 0.6'],
  ['5. peak RSS of validate (MB)', results.peakRssMb, '≤ 400'],
  ['6. watch: save → diagnostics (ms)', results.watchSaveToDiagnosticsMs, '< 50'],
];
console.log(`baseline remark-parse: ${results.baselineRemarkParseMs} ms; validate cold ${results.coldValidateMs} ms, warm ${results.warmValidateMs} ms; export ${results.exportMs} ms; markdownlint-cli2 ${results.markdownlintMs ?? '-'} ms`);
console.log('| measure | value | target |\n|---|---|---|');
for (const [name, value, target] of targets) console.log(`| ${name} | ${value ?? 'n/a'} | ${target} |`);
await mkdir(path.join(root, 'bench', 'results'), { recursive: true });
await writeFile(path.join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

function round(value) {
  return Math.round(value * 1000) / 1000;
}

/** Start `validate --watch`, wait for the first report, change one file, time until it is reported again. */
async function watchLatency(folder) {
  const help = spawnSync(process.execPath, [cli, 'validate', '--help'], { encoding: 'utf8' });
  if (!`${help.stdout}${help.stderr}`.includes('--watch')) return undefined;
  const target = files[Math.floor(files.length / 2)];
  const original = await readFile(target, 'utf8');
  const child = spawn(process.execPath, [cli, 'validate', folder, '--watch', '--format', 'json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let waiting;
  // Only the tail is kept: the first report of a large library is tens of megabytes, and scanning all
  // of it on every chunk would time the benchmark, not selfhelp.
  const onData = (chunk) => {
    output = (output + chunk).slice(-65_536);
    waiting?.();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  /** Resolves true once `predicate` holds on the output (checked as each chunk arrives), false after the timeout. */
  const seen = (predicate, timeoutMs) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      waiting = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        waiting = undefined;
        resolve(true);
      };
      waiting();
    });
  try {
    if (!(await seen(() => output.includes('Watching'), 600_000))) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Five saves, each adding one more http link; the median is reported (the first pays for JIT warm-up).
    const times = [];
    for (let save = 0; save < 5; save += 1) {
      output = '';
      const started = performance.now();
      await appendFile(target, `\nSee [page ${save}](http://example.com/${save}).\n`);
      // Done when the report shows the finding the edit adds, not merely the file's name.
      const ok = await seen(() => output.includes(path.basename(target)) && output.includes(`http://example.com/${save}`), 30_000);
      if (!ok) return undefined;
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    console.log(`watch: save → diagnostics ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    return times.sort((a, b) => a - b)[2];
  } finally {
    child.kill();
    await writeFile(target, original);
  }
}
