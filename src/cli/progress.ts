import type { Io } from './io.js';

/** Runs shorter than this finish before a bar would help. */
const SHOW_AFTER_MS = 1000;

/**
 * A progress bar on stderr (files done / total, rate, ETA) for runs over a second on a terminal;
 * nothing when stderr is not a TTY or in CI, so logs stay clean.
 */
export function progressBar(io: Io, now: () => number = () => performance.now()): ((done: number, total: number) => void) | undefined {
  if (io.stderr.isTTY !== true || process.env.CI) return undefined;
  const started = now();
  let lastDraw = 0;
  return (done, total) => {
    const elapsed = now() - started;
    if (elapsed < SHOW_AFTER_MS || (done < total && elapsed - lastDraw < 100)) return;
    lastDraw = elapsed;
    io.stderr.write(`\r${renderProgress(done, total, elapsed)}${done === total ? '\n' : ''}`);
  };
}

export function renderProgress(done: number, total: number, elapsedMs: number, width = 24): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const etaSeconds = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} files  ${rate.toFixed(0)}/s  ETA ${etaSeconds}s`;
}
