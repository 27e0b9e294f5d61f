import type { Io } from '../../src/cli/io.js';

/** An in-process CLI run's output, for assertions. */
export function capture() {
  let out = '';
  let err = '';
  return {
    io: (cwd: string): Io => ({ stdout: { write: (chunk: string) => (out += chunk) }, stderr: { write: (chunk: string) => (err += chunk) }, cwd }),
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}
