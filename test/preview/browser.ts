import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (`apt-get install -y chromium`); SELFHELP_CHROMIUM points elsewhere. */
export const chromiumPath = process.env.SELFHELP_CHROMIUM ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(chromiumPath);
/** CI sets it, so a missing browser fails the run there instead of skipping silently. */
export const requireBrowser = process.env.SELFHELP_REQUIRE_BROWSER === '1';
export const missingBrowserMessage = `No Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set SELFHELP_CHROMIUM`;

if (!hasBrowser && !requireBrowser) console.warn(`[preview] browser tests SKIPPED. ${missingBrowserMessage}; CI sets SELFHELP_REQUIRE_BROWSER=1 to make this an error.`);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile and nothing that phones home. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'selfhelp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
