import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { browserModule, hasImports } from '../../src/preview/assets.js';
import { decodeSegments } from '../../src/preview/routes.js';
import { previewRoot, startPreviewServer, type PreviewServer } from '../../src/preview/server.js';
import { makeLibrary, scopingSource, seedSource } from './library.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path goes out exactly as written, `..` and `%2e` included. */
function get(port: number, rawPath: string, options: { host?: string; method?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const hostileSource = 'articles/drafts/hostile.md';
const hostile = `<properties pageTitle="Hostile" selfHelpType="generic" articleId="3e0f1c2a-8d7b-4b8e-9a51-7c2d6e4f0b13" />

# Hostile <img src=x onerror=alert(1)>

<script>alert('body')</script>

**The page freezes**

Common causes include:

* A cause with <b onclick="alert(2)">markup</b>

To fix it, follow the steps in [this guide](javascript:alert(3)).
`;

describe('preview server over HTTP', () => {
  let library: ReturnType<typeof makeLibrary>;
  let server: PreviewServer;
  let outside: string;

  beforeAll(async () => {
    library = makeLibrary();
    writeFileSync(library.file(hostileSource), hostile);
    writeFileSync(library.file('articles/microsoft.network/diagram.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    outside = mkdtempSync(path.join(tmpdir(), 'selfhelp-outside-'));
    writeFileSync(path.join(outside, 'secret.png'), 'not for the preview');
    symlinkSync(path.join(outside, 'secret.png'), library.file('articles/microsoft.network/link.png'));
    server = await startPreviewServer({ paths: ['articles'], cwd: library.dir, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    library?.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('listens on loopback only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('sends a Content-Security-Policy that allows only our own script file', async () => {
    for (const route of ['/', `/article/${seedSource}`, '/assets/preview.js', '/nowhere']) {
      const reply = await get(server.port, route);
      const policy = String(reply.headers['content-security-policy']);
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("default-src 'none'");
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
    const page = await get(server.port, '/');
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="module" src="/assets/preview.js">']);
  });

  it('never lets article content carry script into the page', async () => {
    const reply = await get(server.port, `/article/${hostileSource}`);
    expect(reply.status).toBe(200);
    expect(reply.body.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/assets/preview.js">']);
    expect(reply.body).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(reply.body).not.toMatch(/href="javascript:/i);
    expect(reply.body).toContain('link not shown');
  });

  it.each([
    '/article/../../../etc/passwd',
    '/article/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/article/articles/..%2f..%2f..%2fetc%2fpasswd',
    '/article/articles%2f..%2f..%2fpackage.json',
    '/article/articles/%5c..%5c..%5cetc%5cpasswd',
    '/article/articles/microsoft.network/%00.png',
    '/docs/rules/..%2f..%2fpackage.json',
    '/docs/rules/../../package.json',
  ])('rejects the path traversal %s', async (route) => {
    const reply = await get(server.port, route);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('root:');
    expect(reply.body).not.toContain('"name": "selfhelp"');
  });

  it('serves files an article links to from inside the library, and nothing a symbolic link leads out to', async () => {
    const image = await get(server.port, '/article/articles/microsoft.network/diagram.png');
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const linked = await get(server.port, '/article/articles/microsoft.network/link.png');
    expect(linked.status).toBe(404);
    expect(linked.body).not.toContain('not for the preview');
  });

  it('answers only to its own host names and only to GET', async () => {
    expect((await get(server.port, '/', { host: 'attacker.example:80' })).status).toBe(421);
    expect((await get(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await get(server.port, '/', { method: 'POST' })).status).toBe(405);
  });

  it('filters the library on the server too, so the form works without script', async () => {
    const reply = await get(server.port, '/?type=problemScopingQuestions');
    const visible = [...reply.body.matchAll(/<tr data-source="([^"]+)"[^>]*?(hidden)?>/g)].filter((match) => !match[2]).map((match) => match[1]);
    const scoping = server.session.entries().filter((entry) => entry.article?.selfHelpType === 'problemScopingQuestions').map((entry) => entry.source);
    expect(scoping).toContain(scopingSource);
    expect(visible).toEqual(scoping);
  });

  it('searches the full text of the library', async () => {
    const reply = await get(server.port, '/api/search?q=allow%20gateway%20transit');
    expect(JSON.parse(reply.body)).toEqual({ sources: [seedSource] });
    expect(JSON.parse((await get(server.port, '/api/search?q=')).body)).toEqual({ sources: null });
  });

  it('serves rule docs as pages and says so when a rule has none', async () => {
    const doc = await get(server.port, '/docs/rules/links/aka-ms.md');
    expect(doc.status).toBe(200);
    expect(doc.body).toContain('<h1>links/aka-ms</h1>');
    const missing = await get(server.port, '/docs/rules/links/no-such-rule.md');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('has no documentation page yet');
  });

  it('serves the visibility evaluator as a standalone ES module', async () => {
    const reply = await get(server.port, '/assets/visibility.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(hasImports(reply.body)).toBe(false);
    expect(reply.body).toContain('export function evaluateVisibility');
    const module = (await import(`data:text/javascript,${encodeURIComponent(reply.body)}`)) as typeof import('../../src/payload/visibility.js');
    expect(module.evaluateVisibility('endpoint_type == WebHook', { endpoint_type: 'WebHook' })).toBe(true);
    expect(module.evaluateVisibility('endpoint_type == WebHook', { endpoint_type: 'Event_Hubs' })).toBe(false);
  });

  it('refuses modules that import others, which a browser could not load alone', async () => {
    expect(hasImports("import { x } from './y.js';\nexport const z = x;")).toBe(true);
    expect(hasImports("export { x } from './y.js';")).toBe(true);
    expect(hasImports('export const answer = 42;')).toBe(false);
    await expect(browserModule('nothing.js')).resolves.toBeUndefined();
  });
});

describe('preview helpers', () => {
  it('decodes URL paths segment by segment and refuses climbing segments', () => {
    expect(decodeSegments('articles/vm%20boot/a%23b.md')).toBe('articles/vm boot/a#b.md');
    for (const bad of ['..', 'a/../b', 'a/%2e%2e/b', 'a%2f..%2fb', 'a/%5c../b', 'a//b', 'a/%E0%A4%A', 'a/%00']) expect(decodeSegments(bad)).toBeUndefined();
  });

  it('keys sources from the working directory, or from a folder above a library outside it', () => {
    expect(previewRoot('/work/repo', ['articles', 'more/articles'])).toBe('/work/repo');
    expect(previewRoot('/work/repo', ['../shared/corpus'])).toBe('/work/shared');
    expect(previewRoot('/work/repo', ['articles', '../shared/corpus'])).toBe('/work');
  });
});

describe('selfhelp preview (CLI)', () => {
  const io = (cwd: string) => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { cwd, stdout: { write: (chunk: string) => (out.stdout += chunk) }, stderr: { write: (chunk: string) => (out.stderr += chunk) } } };
  };

  it('rejects a bad port and a port in use as usage errors', async () => {
    const bad = io(process.cwd());
    expect(await runCli(['preview', '--port', 'http'], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain('--port takes a port number');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-busy-'));
    mkdirSync(path.join(dir, 'articles'));
    const taken = io(dir);
    expect(await runCli(['preview', '--port', String(port)], taken.io)).toBe(2);
    expect(taken.out.stderr).toContain(`Port ${port} is in use`);
    busy.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
