import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Config, RuleSetting } from '../../schemas/config.js';
import { openLibrarySession, type LibrarySession } from '../watch/library-session.js';
import { watchPaths, type PathWatcher } from '../watch/watcher.js';
import { findPackageRoot } from './assets.js';
import { createEventHub } from './events.js';
import { handleRequest } from './routes.js';
import { createLibrarySearch } from './search.js';

export interface PreviewOptions {
  paths: readonly string[];
  cwd: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Loopback by default: the preview shows unpublished content and must not be reachable from the network. */
  host?: string;
  config?: Config;
  configDir?: string;
  cliRules?: Record<string, RuleSetting>;
  /** Told about each change after the library has been re-validated. */
  onChange?: (sources: string[]) => void;
  onError?: (error: Error) => void;
}

export interface PreviewServer {
  url: string;
  port: number;
  session: LibrarySession;
  close(): Promise<void>;
}

/**
 * Sources are URL paths, and a URL path cannot hold `..`; so when a library folder lies outside the
 * working directory, key sources from the nearest folder holding every library path instead.
 */
export function previewRoot(cwd: string, paths: readonly string[]): string {
  const absolute = paths.map((given) => path.resolve(cwd, given));
  if (absolute.every((file) => !path.relative(cwd, file).startsWith('..'))) return cwd;
  let root = path.dirname(absolute[0]!);
  while (!absolute.every((file) => !path.relative(root, file).startsWith('..'))) root = path.dirname(root);
  return root;
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  const root = previewRoot(options.cwd, options.paths);
  const paths = options.paths.map((given) => path.relative(root, path.resolve(options.cwd, given)) || '.');
  const session = await openLibrarySession(paths, { cwd: root, config: options.config, configDir: options.configDir ?? options.cwd, cliRules: options.cliRules });
  const events = createEventHub();
  const allowedHosts = new Set<string>();
  const report = options.onError ?? ((error: Error) => console.error(error));
  const context = { session, search: createLibrarySearch(session), events, cwd: root, packageRoot: findPackageRoot(), allowedHosts };
  const server: Server = createServer((request, response) => {
    handleRequest(request, response, context).catch((error: unknown) => {
      report(error as Error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('The preview hit an internal error; see the terminal');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  for (const name of ['127.0.0.1', 'localhost', '[::1]', host]) allowedHosts.add(`${name}:${port}`);

  const refresh = serialRefresh(session, (changed) => {
    events.send('change', { sources: changed });
    options.onChange?.(changed);
  }, report);
  const watcher: PathWatcher = await watchPaths(paths, refresh, { cwd: root, onError: report });

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    session,
    async close() {
      watcher.close();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Saves come in bursts and a refresh is async: run one at a time, and once more with whatever the watcher
 * reported meanwhile, so no change is lost and no two refreshes race on the same session.
 */
function serialRefresh(session: LibrarySession, onChanged: (sources: string[]) => void, report: (error: Error) => void): (files: string[]) => void {
  let running = false;
  let queued: string[] | undefined;
  const run = async (files: string[]): Promise<void> => {
    running = true;
    try {
      const changed = await session.refresh(files);
      if (changed.length > 0) onChanged(changed);
    } catch (error) {
      report(error as Error);
    }
    running = false;
    if (queued) {
      const next = queued;
      queued = undefined;
      await run(next);
    }
  };
  return (files) => {
    if (running) queued = [...(queued ?? []), ...files];
    else void run(files);
  };
}
