/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core; no browser
 * download. Optional locally (one line says it was skipped), mandatory with
 * KONTAKTA_REQUIRE_BROWSER=1 as .ci/run sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_LAUNCH } from './chromium.js';

export { CHROMIUM };
export const BROWSER_REQUIRED = process.env.KONTAKTA_REQUIRE_BROWSER === '1';
export const BROWSER_AVAILABLE = fs.existsSync(CHROMIUM);
if (!BROWSER_AVAILABLE) {
  if (BROWSER_REQUIRED) throw new Error(`Chromium is required (KONTAKTA_REQUIRE_BROWSER=1) but ${CHROMIUM} is missing`);
  console.log(`Chromium not found at ${CHROMIUM}: browser suites skipped (install Debian's chromium or run .ci/run)`);
}

/** Screenshots of the UI made by tests (test artefacts, not committed). */
export const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh, empty profile directory of its own.
  return chromium.launch(CHROMIUM_LAUNCH);
}

/**
 * Every Content-Security-Policy violation any page of a browser test met (the server sends a
 * strict policy; the app must work under it). Suites assert it stays empty after using the app.
 */
export const cspViolations: string[] = [];

export function watchCsp(page: Page): void {
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  // The DOM event also catches what the console leaves out (e.g. a report-only or eval attempt).
  void page.addInitScript({ content: `document.addEventListener('securitypolicyviolation', (e) => {
    console.error('Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
  });` });
}

export async function newPage(browser: Browser, opts: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: opts.locale ?? 'sv-SE' });
  const page = await context.newPage();
  watchCsp(page);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/**
 * Clicks a link or button that navigates within the SPA and waits for the URL. A click that lands
 * while the list under it re-renders can be lost on a loaded machine, so it is retried.
 */
export async function clickAndWaitForURL(page: Page, target: ReturnType<Page['locator']>, url: RegExp, attempts = 3): Promise<void> {
  for (let i = 1; ; i++) {
    await target.click();
    try {
      await page.waitForURL(url, { timeout: 10_000 });
      return;
    } catch (err) {
      if (i >= attempts || url.test(page.url())) throw err;
    }
  }
}
