/**
 * Saved selections in the wizard's step 2, in real Chromium, as an ordinary user, in Swedish and
 * English: the user's own selections first, others' shared ones with the owner's name, others'
 * private ones not at all; saving with "share with everyone", and the owner's share toggle.
 * Ownership itself is tested on both databases over HTTP (test/http/ownership-audit.test.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/http.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { systemClock } from '../../src/app/ports/clock.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const PASSWORD = 'bo-password-123';

async function waitFor(cond: () => Promise<boolean>, what: string, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) { if (await cond()) return; await new Promise((r) => setTimeout(r, 50)); }
  throw new Error(`timed out waiting for ${what}`);
}

const optionTexts = (page: Page, label: string) =>
  page.getByLabel(label).locator('option').evaluateAll((os) => os.map((o) => o.textContent ?? ''));
const groupLabels = (page: Page, label: string) =>
  page.getByLabel(label).locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));

describe.skipIf(!BROWSER_AVAILABLE)('saved selections in the wizard, in Chromium [sqlite]', () => {
  let t: TestServer;
  let browser: Browser;
  let bo = 0;
  beforeAll(async () => {
    t = await startTestServer('sqlite', { webRoot: WEB_ROOT });
    for (const city of ['Göteborg', 'Göteborg', 'Malmö']) await t.api('POST', '/api/contacts', { name: `Kund i ${city}`, city });
    const anna = (await t.api('POST', '/api/employees', { name: 'Anna Ek', email: 'anna@example.test', password: 'anna-password-1' })).body.id;
    bo = (await t.api('POST', '/api/employees', { name: 'Bo Ström', email: 'bo@example.test', password: PASSWORD })).body.id;
    const annaToken = await createApiToken(t.store, systemClock, { employeeId: anna });
    const gbg = { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] };
    await t.api('POST', '/api/selections', { name: 'Göteborg, delat', selection: gbg, shared: true }, { token: annaToken });
    await t.api('POST', '/api/selections', { name: 'Annas hemliga', selection: gbg }, { token: annaToken });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function toStep2(page: Page, texts: { newGroup: RegExp; perContact: RegExp; next: string }) {
    const r = await page.request.post(`${t.baseUrl}/api/auth/login`, { data: { email: 'bo@example.test', password: PASSWORD } });
    expect(r.status()).toBe(200);
    await page.goto(`${t.baseUrl}/group-activities`);
    await page.getByRole('link', { name: texts.newGroup }).click();
    await page.getByRole('radio', { name: texts.perContact }).check();
    await page.getByRole('button', { name: texts.next }).click();
    await waitFor(async () => new URL(page.url()).pathname.endsWith('/2'), 'step 2');
  }

  it('shows the shared ones with their owner, hides others’ private ones, saves shared and unshares (Swedish)', async () => {
    const { page, context } = await newPage(browser, { locale: 'sv-SE' });
    await toStep2(page, { newGroup: /Ny gruppaktivitet/, perContact: /En aktivitet per kontakt/, next: 'Nästa ›' });
    const label = 'Sparade urval';
    await waitFor(async () => (await optionTexts(page, label)).includes('Göteborg, delat – Anna Ek'), 'shared selection listed');
    expect(await optionTexts(page, label)).not.toContain('Annas hemliga – Anna Ek');
    expect(await groupLabels(page, label)).toEqual(['Andras delade urval']);

    // Loading someone else's shared selection: who shared it is shown; there is nothing to change.
    await page.getByLabel(label).selectOption({ label: 'Göteborg, delat – Anna Ek' });
    await page.getByText('Delat av Anna Ek').waitFor();
    expect(await page.getByLabel('Delat med alla').count()).toBe(0);
    await screenshot(page, 'saved-selections-sv-others');

    // Save as a shared selection of one's own.
    await page.getByRole('button', { name: 'Spara som…' }).click();
    await page.getByLabel('Namn på urvalet').fill('Bos Göteborg');
    await page.getByLabel('Dela med alla').check();
    await screenshot(page, 'saved-selections-saved-sv-naming-1366');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Urvalet ”Bos Göteborg” sparades.').waitFor();
    await waitFor(async () => (await optionTexts(page, label)).includes('Bos Göteborg (delat)'), 'own shared selection listed');
    expect(await groupLabels(page, label)).toEqual(['Mina urval', 'Andras delade urval']);
    const mine = (await t.api('GET', '/api/selections')).body.items.find((s: { name: string }) => s.name === 'Bos Göteborg');
    expect(mine).toMatchObject({ createdBy: bo, shared: true });

    // The owner stops sharing it.
    const toggle = page.getByLabel('Delat med alla');
    expect(await toggle.isChecked()).toBe(true);
    // The box follows the server's answer, so click and wait for it rather than expect an instant change.
    await toggle.click();
    await page.getByText('Urvalet ”Bos Göteborg” syns nu bara för dig.').waitFor();
    await waitFor(async () => (await optionTexts(page, label)).includes('Bos Göteborg'), 'unshared label');
    expect((await t.api('GET', `/api/selections/${mine.id}`)).body.shared).toBe(false);
    await screenshot(page, 'saved-selections-saved-sv-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'saved-selections-saved-sv-390');
    await context.close();
  }, 60_000);

  it('speaks English too', async () => {
    const { page, context } = await newPage(browser, { locale: 'en-GB' });
    await toStep2(page, { newGroup: /New group activity/, perContact: /One activity per contact/, next: 'Next ›' });
    const label = 'Saved selections';
    await waitFor(async () => (await optionTexts(page, label)).includes('Göteborg, delat – Anna Ek'), 'shared selection listed');
    expect(await groupLabels(page, label)).toEqual(['My selections', 'Shared by others']);
    await page.getByRole('button', { name: 'Save as…' }).click();
    expect(await page.getByLabel('Share with everyone').isChecked()).toBe(false);
    await screenshot(page, 'saved-selections-saved-en-1366');
    await context.close();
  }, 60_000);
});
