import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server.js';
import { repoRoot } from '../helpers/fixtures.js';
import { hasBrowser, launchBrowser, missingBrowserMessage, requireBrowser, type Browser } from './browser.js';
import { brokenPayloadSource, makeLibrary, rejectedSource, scopingSource, seedSource } from './library.js';

describe('browser availability', () => {
  it.runIf(requireBrowser && !hasBrowser)('has Chromium, as SELFHELP_REQUIRE_BROWSER=1 demands', () => {
    throw new Error(missingBrowserMessage);
  });
});

describe.skipIf(!hasBrowser)('selfhelp preview in Chromium', () => {
  let library: ReturnType<typeof makeLibrary>;
  let server: PreviewServer;
  let browser: Browser;
  const consoleErrors: string[] = [];
  const articleUrl = (source: string) => `${server.url}article/${source}`;

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  const visibleSources = (page: Page) => page.locator('table.library tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.source));

  beforeAll(async () => {
    library = makeLibrary();
    server = await startPreviewServer({ paths: ['articles'], cwd: library.dir, port: 0, onError: (error) => consoleErrors.push(`server: ${error.message}`) });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    library?.cleanup();
  });

  it('lists every file with its type, service, clouds and problem counts', async () => {
    const page = await open(server.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Article library');
    const rows = page.locator('table.library tbody tr');
    await expect(rows.count()).resolves.toBe(server.session.entries().length);
    const seed = page.locator(`tr[data-source="${seedSource}"]`);
    await expect(seed.locator('td').nth(1).textContent()).resolves.toBe('microsoft.network');
    await expect(seed.locator('td').nth(2).textContent()).resolves.toBe('generic');
    await expect(seed.locator('.chip').allTextContents()).resolves.toEqual(['public']);
    await expect(page.locator(`tr[data-source="${rejectedSource}"] .tag`).textContent()).resolves.toBe('not readable');
    await expect(page.locator(`tr[data-source="${rejectedSource}"] .count.error`).textContent()).resolves.toMatch(/^\d+ errors?$/);
    await page.close();
  });

  it('filters by type, cloud and problems, and searches the text, as the author types', async () => {
    const page = await open(server.url);
    const scoping = server.session.entries().filter((entry) => entry.article?.selfHelpType === 'problemScopingQuestions');
    expect(scoping.map((entry) => entry.source)).toEqual(expect.arrayContaining([brokenPayloadSource, scopingSource]));
    await page.getByLabel('Type').selectOption('problemScopingQuestions');
    await expect.poll(() => visibleSources(page)).toEqual(scoping.map((entry) => entry.source));
    await expect(page.locator('#result-count').textContent()).resolves.toBe(`Showing ${scoping.length} of ${server.session.entries().length}`);
    await page.getByLabel('Has problems').check();
    await expect.poll(() => visibleSources(page)).toEqual(scoping.filter((entry) => entry.diagnostics.length > 0).map((entry) => entry.source));
    expect(await visibleSources(page)).toContain(brokenPayloadSource);
    expect(page.url()).toContain('type=problemScopingQuestions');
    await page.getByLabel('Has problems').uncheck();
    await page.getByLabel('Type').selectOption('');
    await page.getByLabel('Cloud').selectOption('usnat');
    const usnat = await visibleSources(page);
    expect(usnat.length).toBeGreaterThan(0);
    for (const source of usnat) expect(server.session.get(source!)?.article?.metadata.cloudEnvironments).toContain('usnat');
    await page.getByLabel('Cloud').selectOption('');
    // Words from a cause of the seed article's second symptom, not from any title.
    await page.getByLabel('Search').fill('remote gateways');
    await expect.poll(() => visibleSources(page)).toEqual([seedSource]);
    await page.close();
  });

  it('renders the seed-like article as a blade: symptoms, their causes and step links', async () => {
    const page = await open(server.url);
    await page.getByRole('link', { name: 'Virtual network peering/Traffic not flowing between peered networks' }).click();
    await page.waitForSelector('body[data-ready="true"]');
    expect(decodeURI(page.url())).toBe(articleUrl(seedSource));
    const symptoms = page.locator('details.symptom');
    await expect(symptoms.count()).resolves.toBe(2);
    await expect(symptoms.locator('.symptom-title').allTextContents()).resolves.toEqual([
      'Virtual network peering does not work – No traffic flows between the peered networks',
      'Gateway transit does not work for a specific spoke virtual network',
    ]);
    const first = symptoms.nth(0);
    await expect(first.locator('li.cause').count()).resolves.toBe(4);
    await expect(first.locator('li.cause').first().isVisible()).resolves.toBe(true);
    await expect(first.locator('a.step-link').getAttribute('href')).resolves.toBe(
      'https://docs.microsoft.com/azure/virtual-network/virtual-network-troubleshoot-peering-issues#the-peering-status-is-not-connected',
    );
    // The second symptom starts closed; open it from the keyboard.
    const second = symptoms.nth(1);
    await expect(second.locator('li.cause').first().isVisible()).resolves.toBe(false);
    await second.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(second.locator('li.cause').first().isVisible()).resolves.toBe(true);
    await expect(second.locator('li.cause').count()).resolves.toBe(2);
    await expect(second.locator('li.cause').first().locator('li.resolution').count()).resolves.toBe(2);
    await expect(second.locator('a.step-link').getAttribute('href')).resolves.toContain('#same-deployment-model');
    await page.close();
  });

  it('shows each diagnostic next to what it concerns, with its rule and doc link', async () => {
    const page = await open(articleUrl(seedSource));
    const expected = server.session.get(seedSource)!.diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('.blade .diagnostic, .metadata .diagnostic, .problems ul.diagnostics .diagnostic').count()).resolves.toBe(expected.length);
    for (const diagnostic of expected) {
      const item = page.locator(`.blade .diagnostic[data-rule="${diagnostic.ruleId}"], .metadata .diagnostic[data-rule="${diagnostic.ruleId}"]`).first();
      await expect(item.locator('a.rule').getAttribute('href')).resolves.toBe(`/docs/rules/${diagnostic.ruleId}.md`);
      await expect(item.locator('.where').textContent()).resolves.toBe(`${diagnostic.line}:${diagnostic.column}`);
    }
    // The source view lists the same findings under their lines.
    await page.locator('#problems .problem-index a').first().click();
    await expect(page.locator('details#source').getAttribute('open')).resolves.toBe('');
    await page.close();
  });

  it('renders problem-scoping questions as form controls whose visibility rules work live', async () => {
    const page = await open(articleUrl(scopingSource));
    const webhook = page.getByLabel('Webhook endpoint host name');
    const functionApp = page.getByLabel('Name of the function app and the function that receives the events');
    await expect(webhook.isVisible()).resolves.toBe(false);
    await expect(page.getByLabel('When did events stop arriving at the endpoint?').getAttribute('type')).resolves.toBe('datetime-local');
    await expect(page.getByRole('radio').count()).resolves.toBe(3);
    await expect(page.getByRole('note').textContent()).resolves.toContain('Metrics blade');
    await page.getByLabel('Which endpoint type does the event subscription use?').selectOption('WebHook');
    await expect(webhook.isVisible()).resolves.toBe(true);
    await expect(functionApp.isVisible()).resolves.toBe(false);
    await page.getByLabel('Which endpoint type does the event subscription use?').selectOption('Azure_Function');
    await expect(webhook.isVisible()).resolves.toBe(false);
    await expect(functionApp.isVisible()).resolves.toBe(true);
    await expect(page.locator('#live-status').textContent()).resolves.toContain('Name of the function app');
    await page.close();
  });

  it('shows a file that cannot be read, and a payload with broken JSON, as errors in the page', async () => {
    const rejected = await open(articleUrl(rejectedSource));
    await expect(rejected.getByRole('alert').textContent()).resolves.toContain('could not be read as an article');
    await expect(rejected.locator('.diagnostic[data-rule="properties/missing"]').count()).resolves.toBeGreaterThan(0);
    await rejected.close();
    const broken = await open(articleUrl(brokenPayloadSource));
    await expect(broken.locator('.payload-error').textContent()).resolves.toMatch(/does not parse.*line \d+, column \d+/s);
    await expect(broken.locator('.payload .diagnostic[data-rule="payload/json-syntax"]').count()).resolves.toBe(1);
    await expect(broken.locator('h1').textContent()).resolves.toBe('Events are not delivered to the event subscription endpoint');
    await broken.close();
  });

  it('lets the author try token values in place, as text', async () => {
    const source = 'articles/microsoft.dbforpostgresql/postgresql-flexibleserver-storage-nearly-full.md';
    const page = await open(articleUrl(source));
    const input = page.getByLabel('Value for ServerName');
    await expect(input.getAttribute('placeholder')).resolves.toBe('ServerName');
    await input.fill('<b>pg-orders</b>');
    await expect(page.locator('.issue-description [data-token="ServerName"]').first().textContent()).resolves.toBe('<b>pg-orders</b>');
    await expect(page.locator('.issue-description b').count()).resolves.toBe(0);
    await page.close();
  });

  it('updates the page when a file changes, keeping the scroll position and open sections', async () => {
    const page = await open(articleUrl(seedSource));
    await page.locator('details.symptom').nth(1).locator('summary').click();
    await page.evaluate(() => window.scrollTo(0, 300));
    const file = library.file(seedSource);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Point-to-site clients are still using', 'Point-to-site clients (edited) are still using'));
    await page.waitForFunction(() => Number(document.body.dataset.reloads ?? 0) >= 1, undefined, { timeout: 15_000 });
    await expect(page.locator('details.symptom').nth(1).textContent()).resolves.toContain('Point-to-site clients (edited)');
    await expect(page.locator('details.symptom').nth(1).getAttribute('open')).resolves.toBe('');
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(300);
    // A save that breaks the file shows the error in place of the article, and the page keeps working.
    writeFileSync(file, text.replace('<properties', '<propertie'));
    await page.waitForFunction(() => Number(document.body.dataset.reloads ?? 0) >= 2, undefined, { timeout: 15_000 });
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('could not be read');
    writeFileSync(file, text);
    await page.waitForFunction(() => Number(document.body.dataset.reloads ?? 0) >= 3, undefined, { timeout: 15_000 });
    await expect(page.locator('details.symptom').count()).resolves.toBe(2);
    await page.close();
  });

  it('is keyboard-first: a skip link, one h1, labelled controls', async () => {
    const page = await open(articleUrl(scopingSource));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const unlabelled = await page.locator('main input, main select, main textarea').evaluateAll((controls) =>
      controls.filter((control) => !(control as HTMLInputElement).labels?.length && !control.closest('fieldset')?.querySelector('legend')).length,
    );
    expect(unlabelled).toBe(0);
    await page.close();
  });

  it.runIf(process.env.SELFHELP_UPDATE_SCREENSHOTS === '1')('writes the README screenshots', async () => {
    const shots: Array<[string, string]> = [
      [server.url, 'docs/preview-library.png'],
      [articleUrl(seedSource), 'docs/preview-article.png'],
    ];
    for (const [url, target] of shots) {
      const page = await open(url);
      await page.screenshot({ path: path.join(repoRoot, target) });
      await page.close();
    }
  });

  it('logged no console errors or warnings on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
