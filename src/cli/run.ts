import { parseArgs } from 'node:util';
import { commands } from './commands.js';
import { UsageError, type Io } from './io.js';
import { ConfigError } from '../lint/resolve.js';
import { packageVersion } from './version.js';

const HELP = `selfhelp — parse, validate and export self-help articles

Usage:
  selfhelp parse FILE                      print one article's model as JSON
  selfhelp validate [PATHS…] [options]     check articles against the rule catalogue (see validate --help)
  selfhelp rules                           list every rule with its group, severity and whether it fixes
  selfhelp export [PATHS…] --out DIR       write DIR/index.json, DIR/articles/*.json, DIR/schema/*.json
  selfhelp preview [PATHS…] [--port N]     serve a live preview of the articles at http://127.0.0.1:4321/
  selfhelp new TYPE [PATH]                 write a new article from the template of its selfHelpType
  selfhelp --help | --version

PATHS default to ./articles. Exit codes: 0 success, 1 some file rejected, 2 usage error.`;

/** Run the CLI; returns the exit code. All I/O goes through `io` so tests can run it in-process. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${await packageVersion()}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`Unknown command \`${name}\`; run selfhelp --help\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    return await command.run({ values, positionals }, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`Configuration error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(error as Error).message}\n${command.usage}\n`);
      return 2;
    }
    // A bug, not the user's input: one clear line instead of a stack trace (SELFHELP_DEBUG=1 shows it).
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`Internal error: ${detail}; please report it${process.env.SELFHELP_DEBUG ? `\n${(error as Error).stack ?? ''}` : ''}\n`);
    return 2;
  }
}

