/**
 * The web app in real headless Chromium over a real server: login (and back to the page asked
 * for), the contact list with search, the contact card with an edit and a server validation error
 * beside its field, the language switch (labels, dates, numbers), the activity list with its
 * filters and the Done tick, and the settings as administrator. Screenshots go to test-artifacts/.
 * Both databases run every test; the screenshots of the login and contacts path come from SQLite.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, cspViolations, launchBrowser, newPage, screenshot, clickAndWaitForURL } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

type Seeded = { annaId: number; ownerId: number; doneStatusId: number; visitTypeId: number; agrenId: number; untypedNumber: number; typedNumber: number };

async function must<T = any>(t: TestServer, method: string, p: string, body?: unknown): Promise<T> {
  const r = await t.api<T>(method, p, body);
  if (r.status >= 300) throw new Error(`${method} ${p} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function seed(t: TestServer): Promise<Seeded> {
  const anna = await must(t, 'POST', '/api/employees', { name: 'Anna Berg', initials: 'AB', email: 'anna@example.test', isAccountManager: true });
  const erik = await must(t, 'POST', '/api/employees', { name: 'Erik Lund', initials: 'EL', isAccountManager: true });
  await must(t, 'POST', '/api/statuses', { name: 'Öppen', isDone: false });
  const done = await must(t, 'POST', '/api/statuses', { name: 'Klar', isDone: true });
  const visit = await must(t, 'POST', '/api/activity-types', { name: 'Besök' });
  await must(t, 'POST', '/api/activity-types', { name: 'Telefon' });
  await must(t, 'POST', '/api/resources', { name: 'Mötesrum Ekan', description: '8 platser' });
  await must(t, 'POST', '/api/priorities', { name: 'Hög', rank: 1 });
  await must(t, 'PATCH', '/api/settings', { doneStatusId: done.id });
  await must(t, 'POST', '/api/categories', { code: 'A', label: 'Storkund' });
  await must(t, 'POST', '/api/categories', { code: 'B', label: 'Mellanstor kund' });
  const cities = ['Göteborg', 'Malmö', 'Kiruna', 'Uppsala', 'Västerås'];
  const contacts = [];
  for (let i = 0; i < 60; i += 10) {
    contacts.push(...await Promise.all(Array.from({ length: 10 }, (_, j) => must(t, 'POST', '/api/contacts', {
      name: `Företag ${String(i + j).padStart(3, '0')} AB`, types: ['customer'], city: cities[(i + j) % cities.length],
      category: (i + j) % 2 ? 'A' : 'B', accountManagerId: (i + j) % 3 ? anna.id : erik.id, turnover: 1000 * (i + j) + 0.5,
    }))));
  }
  const agren = await must(t, 'POST', '/api/contacts', {
    name: 'Ågrens Bygg AB', types: ['customer', 'supplier'], city: 'Kiruna', postalCode: '981 31', category: 'A',
    accountManagerId: anna.id, turnover: 1234567.5, phone: '0980-123 45', email: 'info@agren.example',
  });
  await must(t, 'POST', `/api/contacts/${agren.id}/persons`, { firstName: 'Åsa', lastName: 'Ågren', title: 'VD', isPrimary: true, email: 'asa@agren.example' });
  await must(t, 'POST', `/api/contacts/${agren.id}/persons`, { firstName: 'Olle', lastName: 'Holm', title: 'Inköp' });
  const typed = await must(t, 'POST', '/api/activities', {
    subject: 'Besök hos Ågrens', startAt: '2026-12-07T09:00:00.000Z', typeId: visit.id, responsibleId: anna.id, contactIds: [agren.id],
  });
  const untyped = await must(t, 'POST', '/api/activities', {
    subject: 'Ring tillbaka', startAt: '2026-12-08T13:30:00.000Z', contactIds: [agren.id, contacts[0].id],
  });
  return { annaId: anna.id, ownerId: erik.id, doneStatusId: done.id, visitTypeId: visit.id, agrenId: agren.id, untypedNumber: untyped.number, typedNumber: typed.number };
}

async function logIn(page: Page, baseUrl: string, startPath: string): Promise<void> {
  await page.goto(baseUrl + startPath);
  await page.getByLabel(/^(E-post|E-mail)$/).fill(ADMIN_EMAIL);
  await page.getByLabel(/^(Lösenord|Password)$/).fill(ADMIN_PASSWORD);
}

for (const kind of testKinds('web app')) {
  const full = kind === 'sqlite';
  describe.skipIf(!BROWSER_AVAILABLE)(`web app in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let page: Page;
    let s: Seeded;

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      s = await seed(t);
      browser = await launchBrowser();
      ({ page } = await newPage(browser, { locale: 'sv-SE' }));
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('sends an anonymous visitor to login and back to the page asked for', async () => {
      await logIn(page, t.baseUrl, '/contacts?q=Ågren');
      expect(page.url()).toContain('/login?next=');
      await expect.poll(() => page.getByRole('heading', { name: 'Logga in' }).isVisible()).toBe(true);
      if (full) await screenshot(page, 'app-01-login');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL(/\/contacts\?q=/);
      await expect.poll(() => page.getByRole('heading', { name: 'Kontakter', level: 1 }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('link', { name: 'Ågrens Bygg AB' }).isVisible()).toBe(true);
    });

    it('lists, searches and sorts contacts', async () => {
      await page.getByLabel('Sök kontakter').fill('');
      const table = page.getByRole('table', { name: 'Kontakter' });
      await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(20);
      // Only the visible rows (plus a margin) are in the DOM.
      expect(await table.getByRole('row').count()).toBeLessThan(61);
      await page.getByRole('button', { name: /^Nr/ }).click();
      await expect.poll(() => table.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('10001');
      await page.getByRole('button', { name: /^Nr/ }).click();
      await expect.poll(() => table.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()).toBe('Ågrens Bygg AB');
      if (full) await screenshot(page, 'app-02-contacts');
      await page.getByLabel('Sök kontakter').fill('ågrens');
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('1\u00a0234\u00a0567,5');
    });

    it('opens a contact card, saves an edit and shows a server error beside its field', async () => {
      await clickAndWaitForURL(page, page.getByRole('link', { name: 'Ågrens Bygg AB' }), /\/contacts\/\d+$/);
      const phone = page.getByLabel('Telefon', { exact: true });
      await expect.poll(() => phone.inputValue()).toBe('0980-123 45');
      await expect.poll(() => page.getByRole('table').first().textContent()).toContain('Åsa Ågren');
      if (full) await screenshot(page, 'app-03-contact-card');
      await phone.fill('0980-999 99');
      await expect.poll(() => phone.inputValue()).toBe('0980-999 99');
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sparat.' }).count()).toBe(1);
      await expect.poll(async () => (await must(t, 'GET', `/api/contacts/${s.agrenId}`)).phone).toBe('0980-999 99');

      // The name is required by the server: its error appears beside the name, and what was typed stays.
      await page.getByLabel('Namn *').fill('   ');
      await phone.fill('0980-111 11');
      await page.getByRole('button', { name: 'Spara' }).click();
      const nameField = page.locator('.field', { has: page.getByLabel('Namn *') });
      await expect.poll(() => nameField.locator('.field-error').textContent()).toBe('Namn måste anges');
      expect(await page.getByLabel('Namn *').getAttribute('aria-invalid')).toBe('true');
      expect(await phone.inputValue()).toBe('0980-111 11');
      if (full) await screenshot(page, 'app-04-contact-error');
      expect((await must(t, 'GET', `/api/contacts/${s.agrenId}`)).name).toBe('Ågrens Bygg AB');
    });

    it('adds, edits and inactivates contact persons on the card', async () => {
      await page.reload();
      await page.getByRole('button', { name: 'Ny kontaktperson' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ny kontaktperson' });
      await dialog.getByLabel('Förnamn').fill('Märta');
      await dialog.getByLabel('Efternamn').fill('Öberg');
      await dialog.getByLabel('Titel').fill('Ekonomichef');
      await screenshot(page, 'app-04b-person-dialog');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      const persons = page.getByRole('table').first();
      await expect.poll(() => persons.textContent()).toContain('Märta Öberg');
      await page.getByRole('button', { name: 'Inaktivera Olle Holm', exact: true }).click();
      // exact: a name match is otherwise a case-insensitive substring, and "Inaktivera Olle Holm"
      // contains "aktivera Olle Holm", so the poll would pass before the change was saved.
      await expect.poll(() => page.getByRole('button', { name: 'Aktivera Olle Holm', exact: true }).count()).toBe(1);
      const list = await must(t, 'GET', `/api/contacts/${s.agrenId}/persons?includeInactive=true`);
      expect(list.items.find((p: any) => p.lastName === 'Holm').inactive).toBe(true);
      expect(list.items.find((p: any) => p.lastName === 'Öberg').title).toBe('Ekonomichef');
    });

    it('filters the activity list on Refresh and ticks an activity done', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Aktiviteter' }).first().click();
      await page.waitForURL(/\/activities$/);
      await page.getByLabel('Handläggs från').fill('2026-12-01');
      await page.getByLabel('till', { exact: true }).fill('2026-12-31');
      await page.getByRole('button', { name: 'Uppdatera' }).click();
      const table = page.getByRole('table', { name: 'Aktiviteter' });
      await expect.poll(() => table.getByRole('row').count()).toBe(3);
      expect(await table.getByRole('row').nth(1).textContent()).toMatch(/2026-12-07 \d\d:\d\d/);

      await page.getByLabel('Typ').selectOption({ label: '(Ingen)' });
      // Filters apply only on Refresh, as in the original.
      expect(await table.getByRole('row').count()).toBe(3);
      await page.getByRole('button', { name: 'Uppdatera' }).click();
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      expect(await table.getByRole('row').nth(1).textContent()).toContain('Ring tillbaka');
      // The report prints what the list shows: every row of its CSV is that activity.
      const csvHref = await page.getByRole('link', { name: 'Excel (CSV)' }).getAttribute('href');
      expect(csvHref).toContain('typeId=none');
      const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
      const lines = csv.trim().split('\n').slice(1);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.includes('Ring tillbaka'))).toBe(true);

      await page.getByLabel(`Markera ${s.untypedNumber} som klar`).check();
      await expect.poll(async () => (await must(t, 'GET', `/api/activities/${s.untypedNumber}`)).done).toBe(true);
      expect((await must(t, 'GET', `/api/activities/${s.untypedNumber}`)).statusId).toBe(s.doneStatusId);
      await page.getByLabel('Typ').selectOption({ label: '(Alla)' });
      await page.getByRole('button', { name: 'Uppdatera' }).click();
      await expect.poll(() => table.getByRole('row').count()).toBe(3);
      await screenshot(page, 'app-05-activities');

      await table.getByRole('link', { name: 'Besök hos Ågrens' }).click();
      await page.waitForURL(/\/activities\/\d+$/);
      await expect.poll(() => page.getByLabel('Ämne').inputValue()).toBe('Besök hos Ågrens');
      await expect.poll(() => page.getByRole('list', { name: /Valda: Kontakter/ }).textContent()).toContain('Ågrens Bygg AB');
      await page.getByLabel('Sök att lägga till: Resurser').fill('ekan');
      await page.getByRole('button', { name: 'Lägg till Mötesrum Ekan' }).click();
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect.poll(async () => (await must(t, 'GET', `/api/activities/${s.typedNumber}`)).resourceIds.length).toBe(1);
      await screenshot(page, 'app-06-activity-card');
    });

    it('switches language: labels, dates and numbers follow', async () => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Aktiviteter' }).first().click();
      await page.waitForURL(/\/activities$/);
      await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
      await expect.poll(() => page.getByRole('heading', { name: 'Activities', level: 1 }).isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Contacts' }).isVisible()).toBe(true);
      const table = page.getByRole('table', { name: 'Activities' });
      await expect.poll(() => table.getByRole('row').nth(1).textContent()).toMatch(/07\/12\/2026, \d\d:\d\d/);
      await page.getByRole('button', { name: 'Refresh' }).isVisible();
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Contacts' }).click();
      await page.getByLabel('Search contacts').fill('ågrens');
      await expect.poll(() => page.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).textContent()).toContain('1,234,567.5');
      await screenshot(page, 'app-07-contacts-en');
      // The choice is remembered across a reload.
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { name: 'Contacts', level: 1 }).isVisible()).toBe(true);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
      await expect.poll(() => page.getByRole('heading', { name: 'Kontakter', level: 1 }).isVisible()).toBe(true);
    });

    it('shows the settings to an administrator', async () => {
      await page.getByRole('link', { name: 'Inställningar' }).click();
      await page.waitForURL(/\/settings\/employees$/);
      await expect.poll(() => page.getByRole('button', { name: 'Ändra Anna Berg' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Ändra Anna Berg' }).click();
      await page.getByLabel('Roll').selectOption('admin');
      await page.getByLabel('Nytt lösenord').fill('kort');
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect.poll(() => page.locator('.field', { has: page.getByLabel('Nytt lösenord') }).locator('.field-error').count()).toBe(1);
      await page.getByLabel('Nytt lösenord').fill('ett-langt-losenord');
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect.poll(async () => (await must(t, 'GET', `/api/employees/${s.annaId}`)).role).toBe('admin');
      await screenshot(page, 'app-08-settings-employees');
      await page.getByRole('link', { name: 'Aktivitetstyper' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Ändra Besök' }).isVisible()).toBe(true);
      await screenshot(page, 'app-09-settings-types');
      await page.getByRole('link', { name: 'Företagsinställningar' }).click();
      await expect.poll(() => page.getByLabel('Status när en aktivitet markeras klar').inputValue()).toBe(String(s.doneStatusId));
      await screenshot(page, 'app-10-settings-company');
    });

    it('met no Content-Security-Policy violation on any page it used', () => {
      expect(cspViolations).toEqual([]);
    });
  });
}
