/**
 * Step 3 of the wizard in headless Chromium (Debian's, driven by playwright-core): the time from
 * opening the step to its first rendered rows with the included count shown, and from dragging
 * the list to its end to the last rows shown. The JS bundle is warm (the shell is loaded once
 * first), as it is for a user who came through steps 1 and 2.
 */
import { pollPage } from './page-poll.js';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, type ServerProcess } from './server-process.js';
import { CHROMIUM, CHROMIUM_LAUNCH } from '../test/support/chromium.js';

export { CHROMIUM };
export const browserAvailable = () => fs.existsSync(CHROMIUM);

/** The server serves dist/web; build it when it is missing or older than its sources. */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-web-if-needed.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export async function launch(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

export type Step3Times = { firstRowsMs: number; lastRowsMs: number };

export async function measureStep3(browser: Browser, srv: ServerProcess, draftId: number, included: number, password: string, email: string): Promise<Step3Times> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
  try {
    const page = await context.newPage();
    const login = await page.request.post(`${srv.url}/api/auth/login`, { data: { email, password } });
    if (!login.ok()) throw new Error(`browser login failed: ${login.status()}`);
    await page.goto(`${srv.url}/group-activities`);
    await page.waitForSelector('main');

    const t0 = performance.now();
    await page.goto(`${srv.url}/group-activities/${draftId}/3`);
    // Conditions as strings: they run in the page, and this file is compiled without the DOM types;
    // polled from here (page-poll.ts), as the app's Content-Security-Policy forbids eval.
    await pollPage(page, `() => {
      const opt = document.querySelector('[aria-label="Ingår"] [role="option"] .name');
      const badge = document.querySelector('[data-testid="included-count"]');
      return !!opt && !!badge && badge.textContent.replace(/\\s/g, '') === '${included}';
    }`, 60_000);
    const firstRowsMs = performance.now() - t0;

    const t1 = performance.now();
    await page.getByRole('listbox', { name: 'Ingår' }).evaluate((el: { scrollTop: number; scrollHeight: number }) => { el.scrollTop = el.scrollHeight; });
    await pollPage(page, `() => {
      const opts = [...document.querySelectorAll('[aria-label="Ingår"] [role="option"]')];
      return opts.some((o) => o.getAttribute('aria-posinset') === '${included}') && opts.every((o) => o.querySelector('.name'));
    }`, 60_000);
    return { firstRowsMs, lastRowsMs: performance.now() - t1 };
  } finally {
    await context.close();
  }
}
