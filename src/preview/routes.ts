import { realpath, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { renderHtml } from '../html/render.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { LibrarySession } from '../watch/library-session.js';
import { renderArticleMain } from './article-page.js';
import { assetsDir, browserModule } from './assets.js';
import type { EventHub } from './events.js';
import { html, trusted } from './html.js';
import { readLibraryQuery, renderLayout, renderLibraryMain, renderMessageMain } from './pages.js';
import type { LibrarySearch } from './search.js';

export interface RouteContext {
  session: LibrarySession;
  search: LibrarySearch;
  events: EventHub;
  cwd: string;
  /** The package root: rule docs are served from its `docs/rules/`. */
  packageRoot: string;
  /** Host headers we answer to; anything else is a DNS-rebinding attempt from some web page. */
  allowedHosts: ReadonlySet<string>;
}

/**
 * Author content is sanitised, but the policy is the second wall: only our own script file runs, nothing
 * loads from other sites except article images, and no page can frame the preview.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const send = (response: ServerResponse, status: number, type: string, body: string | Buffer): void => {
  response.writeHead(status, { ...baseHeaders, 'Content-Type': type });
  response.end(body);
};
const sendPage = (response: ServerResponse, status: number, title: string, page: string, main: ReturnType<typeof html>): void =>
  send(response, status, 'text/html; charset=utf-8', renderLayout(title, page, main));
const notFound = (response: ServerResponse, what: string): void => sendPage(response, 404, 'Not found', 'message', renderMessageMain('Not found', what));

/** The preview's own files, by URL: a fixed list, so no request path ever reaches the file system here. */
const ownAssets: Record<string, string> = {
  '/assets/preview.css': 'text/css; charset=utf-8',
  '/assets/preview.js': 'text/javascript; charset=utf-8',
  '/assets/favicon.svg': 'image/svg+xml',
};

const staticTypes: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.md': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

export async function handleRequest(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  if (!context.allowedHosts.has(request.headers.host ?? '')) return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host');
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  const url = new URL(request.url ?? '/', 'http://preview.invalid');
  const route = url.pathname;
  if (route === '/') {
    const entries = context.session.entries();
    const query = readLibraryQuery(url.searchParams);
    return sendPage(response, 200, 'Library', 'library', renderLibraryMain(entries, query, await context.search.search(query.q)));
  }
  if (route === '/api/search') {
    const found = await context.search.search(url.searchParams.get('q') ?? '');
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ sources: found ? [...found] : null }));
  }
  if (route === '/events') return context.events.add(response);
  const asset = ownAssets[route];
  if (asset) return send(response, 200, asset, await readFile(path.join(assetsDir, route.slice('/assets/'.length))));
  if (route.startsWith('/assets/')) {
    const code = await browserModule(route.slice('/assets/'.length));
    return code === undefined ? notFound(response, 'No such asset.') : send(response, 200, 'text/javascript; charset=utf-8', code);
  }
  if (route.startsWith('/docs/rules/')) return serveRuleDoc(route.slice('/docs/rules/'.length), response, context);
  if (route.startsWith('/article/')) {
    const relative = decodeSegments(route.slice('/article/'.length));
    if (relative === undefined) return send(response, 400, 'text/plain; charset=utf-8', 'Bad path');
    const entry = context.session.get(relative);
    if (entry) {
      const text = await readText(entry.path);
      const title = entry.article?.title || entry.source;
      return sendPage(response, 200, title, 'article', renderArticleMain(entry, text));
    }
    return serveLibraryFile(relative, response, context);
  }
  return notFound(response, 'There is nothing at this address.');
}

/**
 * Decode a URL path into a relative path, refusing anything that could climb out: `..`, `.`, empty
 * segments, encoded slashes or backslashes and NUL. The URL parser already folds plain `..`; an encoded
 * `%2e%2e%2f` only appears after decoding, so each segment is checked after it is decoded.
 */
export function decodeSegments(encoded: string): string | undefined {
  const parts: string[] = [];
  for (const segment of encoded.split('/')) {
    let part: string;
    try {
      part = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (part === '' || part === '.' || part === '..' || /[/\\\0]/.test(part)) return undefined;
    parts.push(part);
  }
  return parts.join('/');
}

const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Images and other files an article links to relatively, only from inside the library's folders. */
async function serveLibraryFile(relative: string, response: ServerResponse, context: RouteContext): Promise<void> {
  const type = staticTypes[path.extname(relative).toLowerCase()];
  const file = path.resolve(context.cwd, relative);
  const roots = await Promise.all(context.session.paths.map((given) => realpath(path.resolve(context.cwd, given)).catch(() => undefined)));
  const real = await realpath(file).catch(() => undefined);
  const info = real ? await stat(real).catch(() => undefined) : undefined;
  // The real path, after symbolic links, must be inside a library folder: a link cannot lead out.
  if (!type || !real || !info?.isFile() || !roots.some((root) => root !== undefined && isInside(root, real))) {
    return notFound(response, 'No article or library file at this address.');
  }
  return send(response, 200, type, await readFile(real));
}

async function serveRuleDoc(rest: string, response: ServerResponse, context: RouteContext): Promise<void> {
  const id = rest.endsWith('.md') ? rest.slice(0, -3) : rest;
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(id)) return notFound(response, 'There is no rule with that id.');
  const markdown = await readText(path.join(context.packageRoot, 'docs', 'rules', `${id}.md`));
  if (markdown === undefined) return sendPage(response, 404, id, 'doc', renderMessageMain(id, `The rule ${id} has no documentation page yet.`));
  const main = html`<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Library</a> <span aria-hidden="true">›</span> <span>Rule ${id}</span></nav>
    <div class="rule-doc">${trusted(renderHtml(parseMarkdown(markdown).children))}</div>`;
  return sendPage(response, 200, id, 'doc', main);
}

/** The file as text without a BOM (diagnostic offsets exclude it), or undefined when it cannot be read. */
async function readText(file: string): Promise<string | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text?.startsWith('\uFEFF') ? text.slice(1) : text;
}
