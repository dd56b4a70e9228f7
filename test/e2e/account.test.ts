/**
 * "Mitt konto" in real Chromium, both databases: a user sees their own sessions and API tokens
 * (not other people's), ends another session of theirs from the list, and changes the password —
 * a wrong current password is shown beside its field; the change ends the remaining other
 * sessions and tokens and keeps this one. No CSP violation on the way.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, cspViolations, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { systemClock } from '../../src/app/ports/clock.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const EMAIL = 'karin@example.test';

for (const kind of testKinds('account page')) {
  describe.skipIf(!BROWSER_AVAILABLE)(`account page in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let karinId: number;

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      karinId = (await t.api('POST', '/api/employees', { name: 'Karin Ek', email: EMAIL, password: 'karins-pass-1' })).body.id;
      await createApiToken(t.store, systemClock, { employeeId: karinId, name: 'Kalenderexport' });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    async function logIn(password = 'karins-pass-1'): Promise<Page> {
      const { page } = await newPage(browser);
      await page.goto(`${t.baseUrl}/login`);
      await page.getByLabel('E-post').fill(EMAIL);
      await page.getByLabel('Lösenord').fill(password);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(/\/contacts/);
      return page;
    }
    const rows = (page: Page) => page.getByRole('table', { name: 'Inloggningar och API-nycklar' }).getByRole('row');

    it('lists only the user\'s own sessions and tokens, and ends another session from the list', async () => {
      const laptop = await logIn();
      const phone = await logIn();
      await logIn(); // a third session, ended by the password change below
      await phone.getByRole('link', { name: /Mitt konto/ }).click();
      await phone.waitForURL(/\/account$/);
      await expect.poll(() => rows(phone).count(), { timeout: 15_000 }).toBe(5); // header + 3 sessions + 1 API token
      expect(await phone.getByRole('heading', { name: 'Inloggningar och API-nycklar' }).isVisible()).toBe(true);
      expect(await rows(phone).filter({ hasText: 'Kalenderexport' }).count()).toBe(1);
      expect(await rows(phone).filter({ hasText: 'Administrator' }).count()).toBe(0);
      expect(await rows(phone).filter({ hasText: '(den här)' }).count()).toBe(1);
      await screenshot(phone, `account-01-list-${kind}`);

      // end the laptop's session: it is the first session in the list that is not this one
      const ends = phone.getByRole('button', { name: /^Avsluta inloggning \d+$/ });
      expect(await ends.count()).toBe(2);
      await ends.first().click();
      await expect.poll(() => phone.getByRole('status').filter({ hasText: /Inloggning \d+ är avslutad\./ }).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => rows(phone).count(), { timeout: 15_000 }).toBe(4);
      await laptop.reload();
      await laptop.waitForURL(/\/login/);
    });

    it('changes the password: a wrong current one beside its field, then the other sessions and the token end', async () => {
      const { page } = await newPage(browser);
      await page.goto(`${t.baseUrl}/login`);
      await page.getByLabel('E-post').fill(EMAIL);
      await page.getByLabel('Lösenord').fill('karins-pass-1');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(/\/contacts/);
      await page.goto(`${t.baseUrl}/account`);
      await page.getByLabel('Nuvarande lösenord').fill('inte-rätt-1');
      await page.getByLabel('Nytt lösenord', { exact: true }).fill('karins-nya-2');
      await page.getByLabel('Nytt lösenord igen').fill('karins-nya-2');
      await page.getByRole('button', { name: 'Byt lösenord' }).click();
      await expect.poll(() => page.getByText('Det nuvarande lösenordet är fel').isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByLabel('Nuvarande lösenord').fill('karins-pass-1');
      await page.getByRole('button', { name: 'Byt lösenord' }).click();
      await expect.poll(() => page.getByText('Lösenordet är bytt. Dina andra inloggningar och API-nycklar är avslutade.').isVisible(), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBe(2); // header + this session
      await screenshot(page, `account-02-password-changed-${kind}`);
      const left = await t.api('GET', `/api/auth/tokens?employeeId=${karinId}`);
      expect(left.body.items.map((i: any) => i.kind)).toEqual(['session']);
    });

    it('met no Content-Security-Policy violation', () => {
      expect(cspViolations.filter((v) => v.startsWith(t.baseUrl))).toEqual([]);
    });
  });
}
