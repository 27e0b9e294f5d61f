import type { ParseArgsConfig } from 'node:util';

export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  cwd: string;
}

/** A mistake in how the command was called: exit code 2 with the usage line. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  usage: string;
  options: Options;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: Io): Promise<number>;
}
