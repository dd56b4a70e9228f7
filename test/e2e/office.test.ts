/**
 * What an office worker meets outside the wizard, in Swedish in real Chromium: the code
 * registers as drop-downs (contact card, selection builder with "är en av" as a multi-select),
 * the activity card's Duplicate / Ny uppföljning / Ta bort (with its questions) and the neutral
 * link to the group activity, and the app on a 390 px phone (top bar, page buttons, the day's
 * calls with their subject, ticking one done).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollPage } from '../../bench/page-poll.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { addCodes } from '../support/contact-codes.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

async function must<T = any>(t: TestServer, method: string, p: string, body?: unknown): Promise<T> {
  const r = await t.api<T>(method, p, body);
  if (r.status >= 300) throw new Error(`${method} ${p} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function logIn(page: Page, t: TestServer) {
  const r = await page.request.post(`${t.baseUrl}/api/auth/login`, { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(r.status()).toBe(200);
}

async function waitFor(cond: () => Promise<boolean>, what: string, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) { if (await cond().catch(() => false)) return; await new Promise((r) => setTimeout(r, 50)); }
  throw new Error(`timed out waiting for ${what}`);
}

const selectedText = (l: Locator) => l.evaluate((el: any) => [...el.selectedOptions].map((o: any) => o.textContent).join('|'));
const optionTexts = (l: Locator) => l.evaluate((el: any) => [...el.options].map((o: any) => o.textContent));

/** The element lies inside the viewport's width (nothing to scroll sideways to reach it). */
async function inViewport(page: Page, l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  const width = page.viewportSize()!.width;
  return !!box && box.x >= 0 && box.x + box.width <= width && (await l.isVisible());
}

for (const kind of testKinds('office web')) {
  describe.skipIf(!BROWSER_AVAILABLE)(`office work in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    const s = {} as { contactId: number; call: number; anna: number; activityId: number; activityNumber: number; groupId: number; groupFirst: number };

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      await addCodes(t, { category: [['A', 'Storkund'], ['B', 'Mellanstor kund'], ['Z', 'Gammal kod']], district: ['Norr', 'Syd'] });
      const z = (await must(t, 'GET', '/api/categories')).items.find((c: any) => c.code === 'Z');
      s.anna = (await must(t, 'POST', '/api/employees', { name: 'Anna Berg', isAccountManager: true })).id;
      s.call = (await must(t, 'POST', '/api/activity-types', { name: 'Telefon ut', list: 'taskList', color: '#336699' })).id;
      const c = await must(t, 'POST', '/api/contacts', { name: 'Ågrens Bygg AB', category: 'Z', district: 'Norr', city: 'Kalmar', phone: '0480-123 45' });
      s.contactId = c.id;
      await must(t, 'PATCH', `/api/categories/${z.id}`, { inactive: true });
      for (let i = 1; i <= 3; i++) await must(t, 'POST', '/api/contacts', { name: `Kalmar ${i} AB`, category: i === 1 ? 'A' : 'B', city: 'Kalmar' });
      const person = await must(t, 'POST', `/api/contacts/${c.id}/persons`, { firstName: 'Åsa', lastName: 'Ågren', isPrimary: true });
      const today = new Date();
      today.setHours(9, 0, 0, 0);
      const a = await must(t, 'POST', '/api/activities', {
        subject: 'Ring om offerten på takarbetet', startAt: today.toISOString(), typeId: s.call, responsibleId: s.anna,
        contactIds: [c.id], contactPersonIds: [person.id],
      });
      s.activityId = a.id;
      s.activityNumber = a.number;
      const g = await must(t, 'POST', '/api/group-activities', { mode: 'perContact' });
      await must(t, 'PATCH', `/api/group-activities/${g.id}`, { selection: { match: [{ field: 'city', condition: 'eq', value: 'Kalmar' }] }, responsibleId: s.anna });
      const fin = await must(t, 'POST', `/api/group-activities/${g.id}/finish`);
      s.groupId = g.id;
      s.groupFirst = fin.firstNumber;
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('contact card: codes are drop-downs of the registers; an inactive code the contact has stays', async () => {
      const { page, context } = await newPage(browser);
      await logIn(page, t);
      await page.goto(`${t.baseUrl}/contacts/${s.contactId}`);
      const category = page.getByLabel('Kategori');
      await waitFor(async () => (await selectedText(category)) === 'Z – Gammal kod (inaktiv)', 'the current inactive code');
      expect(await optionTexts(category)).toEqual(['(Ingen)', 'A – Storkund', 'B – Mellanstor kund', 'Z – Gammal kod (inaktiv)']);
      expect(await selectedText(page.getByLabel('Distrikt'))).toBe('Norr');
      await category.selectOption({ label: 'B – Mellanstor kund' });
      await page.getByRole('button', { name: 'Spara' }).click();
      await waitFor(async () => (await must(t, 'GET', `/api/contacts/${s.contactId}`)).category === 'B', 'saved category');
      await pollPage(page, `!document.querySelector('select[data-field="category"] option[value="Z"]')`);
      await screenshot(page, `office-${kind}-contact-codes`);
      await context.close();
    });

    it('selection builder: a drop-down of the codes, and "är en av" as a multi-select', async () => {
      const { page, context } = await newPage(browser);
      await logIn(page, t);
      const draft = await must(t, 'POST', '/api/group-activities', { mode: 'perContact' });
      await page.goto(`${t.baseUrl}/group-activities/${draft.id}/2`);
      await page.getByRole('button', { name: '+ Villkor' }).click();
      await page.getByLabel('Rad 1: Fält').selectOption({ label: 'Kategori' });
      await page.getByLabel('Rad 1: Villkor').selectOption({ label: 'är lika med' });
      const value = page.getByLabel('Rad 1: Värde');
      await waitFor(async () => (await value.evaluate((el) => el.tagName)) === 'SELECT', 'a drop-down');
      expect(await optionTexts(value)).toEqual(['– välj –', 'A – Storkund', 'B – Mellanstor kund']);
      await value.selectOption({ label: 'A – Storkund' });
      await waitFor(async () => JSON.stringify((await must(t, 'GET', `/api/group-activities/${draft.id}`)).selection?.match?.[0]?.value) === '"A"', 'eq saved');
      await page.getByLabel('Rad 1: Villkor').selectOption({ label: 'är en av' });
      const multi = page.getByLabel('Rad 1: Värde');
      await waitFor(async () => multi.evaluate((el: any) => el.multiple), 'a multi-select');
      await multi.selectOption([{ label: 'A – Storkund' }, { label: 'B – Mellanstor kund' }]);
      await waitFor(async () => {
        const d = await must(t, 'GET', `/api/group-activities/${draft.id}`);
        return JSON.stringify(d.selection?.match?.[0]?.value) === '["A","B"]' && d.counts.included === 4;
      }, 'in saved and counted');
      await screenshot(page, `office-${kind}-selection-codes`);
      await context.close();
    });

    it('activity card: New follow-up, Duplicate, and Delete that asks first', async () => {
      const { page, context } = await newPage(browser);
      await logIn(page, t);
      await page.goto(`${t.baseUrl}/activities/${s.activityId}`);
      await page.getByLabel('Ämne').waitFor();
      await waitFor(async () => (await page.getByLabel('Ämne').inputValue()) === 'Ring om offerten på takarbetet', 'card loaded');

      // New follow-up: the same contact and person, type and responsible, subject prefixed.
      await page.getByRole('button', { name: 'Ny uppföljning' }).click();
      await page.waitForURL(/\/activities\/new\?followUp=/);
      await waitFor(async () => (await page.getByLabel('Ämne').inputValue()) === 'Uppföljning: Ring om offerten på takarbetet', 'follow-up subject');
      expect(await selectedText(page.getByLabel('Typ', { exact: true }))).toBe('Telefon ut');
      expect(await selectedText(page.getByLabel('Ansvarig'))).toBe('Anna Berg');
      await waitFor(async () => (await page.locator('.chip').allTextContents()).some((x) => x.includes('Åsa Ågren')), 'person preset');
      expect((await page.locator('.chip').allTextContents()).join(' ')).toContain('Ågrens Bygg AB');
      expect(await page.getByLabel('Visa i uppgiftslistan').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Spara' }).click();
      await page.waitForURL(/\/activities\/\d+$/);
      const followId = Number(new URL(page.url()).pathname.split('/').pop());
      const follow = await must(t, 'GET', `/api/activities/${followId}`);
      expect(follow).toMatchObject({ typeId: s.call, responsibleId: s.anna, contactIds: [s.contactId], showInTaskList: true });

      // Duplicate: a copy with a new number, and a note saying which.
      await page.goto(`${t.baseUrl}/activities/${s.activityId}`);
      await page.getByRole('button', { name: 'Duplicera' }).click();
      await waitFor(async () => /\/activities\/\d+$/.test(page.url()) && !page.url().endsWith(`/${s.activityId}`), 'the copy');
      const copyId = Number(new URL(page.url()).pathname.split('/').pop());
      const copy = await must(t, 'GET', `/api/activities/${copyId}`);
      expect(copy.number).toBeGreaterThan(s.activityNumber);
      expect(copy.subject).toBe('Ring om offerten på takarbetet');
      await waitFor(async () => (await page.getByRole('status').filter({ hasText: `Kopian har fått nummer ${copy.number}.` }).count()) === 1, 'copy note');
      await page.getByRole('heading', { name: `Aktivitet ${copy.number}` }).waitFor();

      // Delete asks; Escape says no; then yes.
      await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Ta bort aktivitet ${copy.number}?` });
      await dialog.waitFor();
      await screenshot(page, `office-${kind}-delete-dialog`);
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await dialog.isVisible()), 'dialog closed');
      expect((await t.api('GET', `/api/activities/${copyId}`)).status).toBe(200);
      await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
      await dialog.getByRole('button', { name: 'Ta bort aktiviteten' }).click();
      await page.waitForURL(/\/activities$/);
      await waitFor(async () => (await page.getByRole('status').filter({ hasText: `Aktivitet ${copy.number} är borttagen.` }).count()) === 1, 'deleted note');
      expect((await t.api('GET', `/api/activities/${copyId}`)).status).toBe(404);
      await context.close();
    });

    it('a done activity of a finished group: a neutral link to its group activity, and Delete warns before it forces', async () => {
      const { page, context } = await newPage(browser);
      await logIn(page, t);
      await must(t, 'PATCH', `/api/activities/${s.groupFirst}`, { done: true });
      await page.goto(`${t.baseUrl}/activities/${s.groupFirst}`);
      const link = page.getByRole('link', { name: `Hör till gruppaktivitet ${s.groupId}` });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/group-activities/${s.groupId}`);
      const color = await link.evaluate((el: any) => (globalThis as any).getComputedStyle(el).color);
      expect(color, 'not the error red').not.toBe('rgb(179, 38, 30)');
      await screenshot(page, `office-${kind}-group-link`);
      await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Ta bort aktivitet ${s.groupFirst}?` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('hör till en slutförd gruppaktivitet');
      await dialog.getByRole('button', { name: 'Ta bort ändå' }).click();
      await page.waitForURL(/\/activities$/);
      expect((await t.api('GET', `/api/activities/${s.groupFirst}`)).status).toBe(404);
      // The link leads to the group activity in the wizard.
      await page.goto(`${t.baseUrl}/activities/${s.groupFirst + 1}`);
      await page.getByRole('link', { name: `Hör till gruppaktivitet ${s.groupId}` }).click();
      await page.waitForURL(new RegExp(`/group-activities/${s.groupId}(/\\d)?$`));
      await context.close();
    });

    it('at 390 px: Logga ut and Ny aktivitet are on screen, the day\'s calls show their subject and tick done', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE' });
      const page = await context.newPage();
      await logIn(page, t);
      await page.goto(`${t.baseUrl}/activities`);
      const logout = page.getByRole('button', { name: 'Logga ut' });
      const create = page.getByRole('link', { name: 'Ny aktivitet' });
      await create.waitFor();
      expect(await inViewport(page, logout)).toBe(true);
      expect(await inViewport(page, create)).toBe(true);
      for (const name of ['Kontakter', 'Aktiviteter']) expect(await inViewport(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }))).toBe(true);
      const subject = page.getByRole('link', { name: 'Ring om offerten på takarbetet', exact: true });
      await subject.waitFor();
      expect(await inViewport(page, subject)).toBe(true);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await page.getByRole('button', { name: 'I dag' }).click();
      await waitFor(async () => (await page.getByLabel('Handläggs från').inputValue()) === (await page.getByLabel('till').inputValue()), 'today applied');
      await subject.waitFor();
      expect(await inViewport(page, subject)).toBe(true);
      await screenshot(page, `office-${kind}-390-activities`);
      await page.getByRole('checkbox', { name: new RegExp(`${s.activityNumber}`) }).check();
      await waitFor(async () => (await must(t, 'GET', `/api/activities/${s.activityId}`)).done === true, 'ticked done');
      await page.goto(`${t.baseUrl}/activities/${s.activityId}`);
      await page.getByRole('button', { name: 'Spara' }).waitFor();
      for (const name of ['Spara', 'Duplicera', 'Ta bort', 'Ny uppföljning']) expect(await inViewport(page, page.getByRole('button', { name, exact: true }))).toBe(true);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await context.close();
    });
  });
}
