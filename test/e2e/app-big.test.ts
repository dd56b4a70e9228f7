/**
 * The contact list with 100,000 contacts in Chromium: the first rows appear quickly, scrolling
 * fetches further keyset pages while the DOM keeps only the visible rows, and a search answers
 * quickly. Prints the measured times (SQLite; the list query is the same on PostgreSQL).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { seedDemo } from '../../src/app/seed/seed-demo.js';
import { systemClock } from '../../src/app/ports/clock.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const N = Number(process.env.BIG_N ?? 100_000);

describe.skipIf(!BROWSER_AVAILABLE)('contact list with 100,000 contacts in Chromium [sqlite]', () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestServer('sqlite', { webRoot: WEB_ROOT });
    const started = Date.now();
    await seedDemo(t.store, systemClock, { contacts: N, seed: 7, persons: { min: 0, max: 0 }, activities: 0 });
    console.log(`seeded ${N} contacts in ${Date.now() - started} ms`);
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('E-post').waitFor({ timeout: 60_000 });
    await page.getByLabel('E-post').fill(ADMIN_EMAIL);
    await page.getByLabel('Lösenord').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/contacts$/);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows rows at once, pages on scroll and searches quickly', async () => {
    const table = page.getByRole('table', { name: 'Kontakter' });
    let t0 = Date.now();
    await page.reload();
    await table.getByRole('row').nth(20).waitFor();
    const firstRows = Date.now() - t0;

    // Scroll to the end of the loaded rows five times: each time the next page is fetched.
    const status = page.getByRole('status').filter({ hasText: /visade/ });
    t0 = Date.now();
    for (let i = 1; i <= 5; i++) {
      await page.locator('.table-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
      await expect.poll(async () => Number((await status.textContent())!.replace(/\D/g, '')), { timeout: 10_000 }).toBeGreaterThanOrEqual(200 * (i + 1));
    }
    const fivePages = Date.now() - t0;
    const domRows = await table.getByRole('row').count();
    expect(domRows).toBeLessThan(80);
    await screenshot(page, 'app-11-contacts-100k-scrolled');

    t0 = Date.now();
    await page.getByLabel('Sök kontakter').fill('zzz-no-such');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    const emptySearch = Date.now() - t0;
    t0 = Date.now();
    await page.getByLabel('Sök kontakter').fill('');
    await table.getByRole('row').nth(20).waitFor();
    const back = Date.now() - t0;
    console.log(`100k contacts: first rows ${firstRows} ms; 5 further pages by scrolling ${fivePages} ms; ${domRows} rows in the DOM; search (incl. 250 ms debounce) ${emptySearch} ms; clear search ${back} ms`);
    expect(firstRows).toBeLessThan(5000);
  });
});
