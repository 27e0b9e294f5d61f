import { spawn } from 'node:child_process';
import { loadConfig } from '../config/load.js';
import { UsageError, type Command, type Io } from './io.js';

/** Resolves when the process is asked to stop (Ctrl+C), so the command can close the server cleanly. */
const untilInterrupted = (): Promise<void> =>
  new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

export function parsePort(value: unknown): number {
  if (value === undefined) return 4321;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number from 0 to 65535, not \`${String(value)}\``);
  return port;
}

/** The platform's "open this URL" command; failing to open a browser is not worth failing the preview. */
function openBrowser(url: string, io: Io): void {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => io.stderr.write(`Could not open a browser; visit ${url}\n`));
  child.unref();
}

export const previewCommand: Command = {
  usage: 'Usage: selfhelp preview [PATHS…=articles] [--port 4321] [--open] [--config FILE]',
  options: { port: { type: 'string', short: 'p' }, open: { type: 'boolean' }, config: { type: 'string', short: 'c' } },
  async run({ values, positionals }, io) {
    const port = parsePort(values.port);
    const { config, configDir } = await loadConfig(io.cwd, values.config as string | undefined);
    const paths = positionals.length > 0 ? positionals : ['articles'];
    const { startPreviewServer } = await import('../preview/server.js');
    let server;
    try {
      server = await startPreviewServer({
        paths,
        cwd: io.cwd,
        port,
        config,
        configDir,
        onChange: (sources) => io.stderr.write(`Changed: ${sources.join(', ')}\n`),
        onError: (error) => io.stderr.write(`Preview error: ${error.message}\n`),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`Port ${port} is in use; pick another with --port`);
      throw error;
    }
    const count = server.session.entries().length;
    io.stdout.write(`Previewing ${count} files at ${server.url} (Ctrl+C to stop)\n`);
    if (values.open === true) openBrowser(server.url, io);
    await untilInterrupted();
    await server.close();
    return 0;
  },
};
