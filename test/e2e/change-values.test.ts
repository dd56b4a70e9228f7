/**
 * The change-values wizard (Aktiviteter → Ändra värden) in real headless Chromium over a real
 * server, both databases: all of one account manager's open activities handed to two others by
 * distribution (Swedish; the checklist's keyboard, double-click and tick/untick all, a reload that
 * resumes, Finish double-clicked applying once, undo keeping a later hand edit), a campaign moved
 * one week later (Swedish), and the start/end conflict step (English: nothing written until the
 * choice, then the conflicting activities left out). Every outcome is checked through the API.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, cspViolations, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { seedWizard, type WizardSeed } from './wizard-seed.js';
import { logIn, waitFor, waitText } from './wizard-ux.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

/** The URL names the step (the wizard's own step number) and the frame shows its title. */
const atStep = (page: Page, n: number, title: string) => waitFor(async () => new URL(page.url()).pathname.endsWith(`/${n}`)
  && ((await page.locator('.wz-step-title').textContent({ timeout: 1_000 }).catch(() => '')) ?? '').includes(title), `step ${n} (${title})`);

for (const kind of testKinds('change-values wizard')) {
  const tag = kind === 'sqlite' ? 'sqlite' : 'pg';
  describe.skipIf(!BROWSER_AVAILABLE)(`change-values wizard in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let s: WizardSeed;
    let contacts: number[];

    const activity = async (body: Record<string, unknown>) => {
      const r = await t.api('POST', '/api/activities', { typeId: s.visitType, ...body });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    const read = async (id: number) => (await t.api('GET', `/api/activities/${id}`)).body;
    const changeIdOf = (page: Page) => Number(new URL(page.url()).pathname.split('/')[2]);

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      s = await seedWizard(t, 20);
      contacts = ((await t.api('GET', '/api/contacts?limit=20')).body.items as { id: number }[]).map((c) => c.id);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('hands all of Anna\'s open activities to Erik and Sara by distribution; undo keeps a later hand edit', async () => {
      const open: number[] = [];
      for (let i = 0; i < 6; i++) {
        open.push(await activity({ subject: `Kundbesök ${i + 1}`, responsibleId: s.anna, contactIds: [contacts[i]],
          startAt: `2027-02-0${i + 1}T08:00:00.000Z`, endAt: `2027-02-0${i + 1}T09:00:00.000Z` }));
      }
      const done = await activity({ subject: 'Avslutat besök', responsibleId: s.anna, done: true, startAt: '2027-01-10T08:00:00.000Z', endAt: '2027-01-10T09:00:00.000Z' });
      const eriks = await activity({ subject: 'Eriks samtal', responsibleId: s.erik, startAt: '2027-02-01T10:00:00.000Z', endAt: '2027-02-01T11:00:00.000Z' });

      const { page } = await newPage(browser, { locale: 'sv-SE' });
      await logIn(page, t);
      const shot = (name: string) => screenshot(page, `change-values-${tag}-${name}`);
      await page.goto(`${t.baseUrl}/activities`);
      await page.locator('.subnav').getByRole('link', { name: 'Ändra värden' }).click();
      await waitText(page.locator('.wz-step-title'), /^1\. Introduktion$/);
      await shot('1-intro');
      const next = page.getByRole('button', { name: 'Nästa ›' });
      await next.click();

      // ② Ansvarig = Anna Berg och Utförd är nej: a live count
      await atStep(page, 2, 'Urval');
      const id = changeIdOf(page);
      await page.getByRole('button', { name: '+ Villkor' }).click();
      await page.getByLabel('Rad 1: Fält').selectOption({ label: 'Ansvarig' });
      await page.getByLabel('Rad 1: Värde').selectOption({ label: 'Anna Berg' });
      await waitText(page.getByTestId('selection-count'), /^7 aktiviteter matchar$/);
      await page.getByRole('button', { name: '+ Villkor' }).click();
      await page.getByLabel('Rad 2: Fält').selectOption({ label: 'Utförd' });
      await page.getByLabel('Rad 2: Villkor').selectOption({ label: 'är nej' });
      await waitText(page.getByTestId('selection-count'), /^6 aktiviteter matchar$/);
      await shot('2-selection');
      await next.click();

      // ③ the checklist: Space unticks, a double-click ticks again, untick all blocks Next
      await atStep(page, 3, 'Justera');
      const counts = page.getByTestId('ticked-count');
      await waitText(counts, /^6 ibockade · 0 avbockade$/);
      const list = page.getByRole('listbox', { name: 'Aktiviteter i urvalet' });
      await list.getByRole('option').first().waitFor();
      await list.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await waitText(counts, /^5 ibockade · 1 avbockad$/);
      await list.getByRole('option').nth(1).dblclick();
      await waitText(counts, /^6 ibockade · 0 avbockade$/);
      await page.getByRole('button', { name: 'Avbocka alla', exact: true }).click();
      await waitText(counts, /^0 ibockade · 6 avbockade$/);
      expect(await next.isDisabled()).toBe(true);
      expect(await page.locator('#cv-reason').textContent()).toBe('Ingen aktivitet är ibockad.');
      await page.getByRole('button', { name: 'Bocka alla', exact: true }).click();
      await waitText(counts, /^6 ibockade · 0 avbockade$/);
      await shot('3-adjust');
      // a reload resumes at the same step with the same ticks
      await page.reload();
      await atStep(page, 3, 'Justera');
      await waitText(page.getByTestId('ticked-count'), /^6 ibockade · 0 avbockade$/);
      await next.click();

      // ④ Ansvarig: distributed evenly over Erik and Sara with the group wizard's dialog
      await atStep(page, 4, 'Fält och nya värden');
      await page.getByLabel('Ändring 1: Fält').selectOption({ label: 'Ansvarig' });
      expect(await next.isDisabled()).toBe(true);
      await page.getByRole('radio', { name: 'Fördela på kundansvariga' }).check();
      await page.getByRole('button', { name: 'Fördela…' }).click();
      const dialog = page.locator('dialog[open]');
      await dialog.getByRole('checkbox', { name: /Erik Lund/ }).check();
      await dialog.getByRole('checkbox', { name: /Sara Nyström/ }).check();
      await dialog.getByRole('button', { name: 'Jämnt' }).click();
      await waitText(page.getByTestId('dist-running'), /Fördelat 6 \/ 6/);
      await shot('4-distribute');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await waitText(page.locator('.cv-dist-preview'), /Erik Lund\s*3.*Sara Nyström\s*3/s);
      await waitFor(async () => !(await next.isDisabled()), 'Next enabled');
      await shot('4-changes');
      await next.click();

      // ⑤ the report before, with the print/PDF/CSV buttons of the other reports
      await atStep(page, 5, 'Rapport före');
      const csvHref = await page.getByRole('link', { name: 'Excel (CSV)' }).getAttribute('href');
      expect(csvHref).toContain(`/api/activity-changes/${id}/report?kind=before&format=csv`);
      const csv = await page.request.get(`${t.baseUrl}${csvHref}`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('Anna Berg');
      await shot('5-report');
      await next.click();

      // ⑥ no conflicts, so Finish comes next; a double-click applies once
      await atStep(page, 6, 'Slutför');
      await page.getByRole('button', { name: 'Slutför' }).dblclick();
      await waitText(page.locator('.wz-summary-sentence'), /^6 aktiviteter ändrades\.$/);
      await shot('6-done');
      const responsible = await Promise.all(open.map(async (a) => (await read(a)).responsibleId));
      expect(responsible.filter((r) => r === s.erik)).toHaveLength(3);
      expect(responsible.filter((r) => r === s.sara)).toHaveLength(3);
      expect((await read(done)).responsibleId).toBe(s.anna);
      expect((await read(eriks)).responsibleId).toBe(s.erik);
      expect((await t.api('GET', `/api/activity-changes/${id}`)).body).toMatchObject({ status: 'finished', result: { changed: 6, skipped: 0 } });

      // someone edits one of them by hand; undo restores the other five and keeps that one
      expect((await t.api('PATCH', `/api/activities/${open[0]}`, { responsibleId: s.olle })).status).toBe(200);
      await page.getByRole('button', { name: 'Ångra ändringen' }).click();
      await page.locator('dialog[open]').getByRole('button', { name: 'Ångra ändringen' }).click();
      await waitText(page.getByTestId('undo-result'), /^Ändringen är ångrad: 5 aktiviteter återställdes\. 1 behölls eftersom den ändrats efteråt\.$/);
      await shot('6-undone');
      expect((await read(open[0])).responsibleId).toBe(s.olle);
      for (const a of open.slice(1)) expect((await read(a)).responsibleId).toBe(s.anna);
      expect(cspViolations).toEqual([]);
      await page.close();
    });

    it('moves a campaign one week later, keeping the time of day', async () => {
      const campaign: number[] = [];
      for (let i = 0; i < 4; i++) {
        campaign.push(await activity({ subject: `Vårkampanj ring ${i + 1}`, responsibleId: s.erik, contactIds: [contacts[i]],
          startAt: `2027-05-1${i}T07:00:00.000Z`, endAt: `2027-05-1${i}T07:30:00.000Z` }));
      }
      const other = await activity({ subject: 'Höstkampanj', responsibleId: s.erik, startAt: '2027-05-10T07:00:00.000Z', endAt: '2027-05-10T07:30:00.000Z' });

      const { page } = await newPage(browser, { locale: 'sv-SE' });
      await logIn(page, t);
      await page.goto(`${t.baseUrl}/change-values`);
      await page.getByRole('button', { name: 'Nästa ›' }).click();
      await atStep(page, 2, 'Urval');
      const id = changeIdOf(page);
      await page.getByRole('button', { name: '+ Villkor' }).click();
      await page.getByLabel('Rad 1: Fält').selectOption({ label: 'Ämne' });
      await page.getByLabel('Rad 1: Villkor').selectOption({ label: 'börjar med' });
      await page.getByLabel('Rad 1: Värde').fill('vårkampanj');
      await waitText(page.getByTestId('selection-count'), /^4 aktiviteter matchar$/);
      const next = page.getByRole('button', { name: 'Nästa ›' });
      await next.click();
      await atStep(page, 3, 'Justera');
      await waitText(page.getByTestId('ticked-count'), /^4 ibockade/);
      // a double-click on Next moves one step
      await next.dblclick();
      await atStep(page, 4, 'Fält och nya värden');
      await page.getByLabel('Ändring 1: Fält').selectOption({ label: 'Start' });
      await page.getByLabel('Ändring 1: Hur').selectOption({ label: 'Flytta med' });
      await page.getByLabel('Ändring 1: dagar').fill('7');
      // a second row still without its value survives a reload (it is not on the server yet)
      await page.getByRole('button', { name: '+ Fält' }).click();
      await page.getByLabel('Ändring 2: Fält').selectOption({ label: 'Status' });
      // The step reports its reason from an effect and the frame shows it on its next render: wait, do not read at once.
      await waitText(page.locator('#cv-reason'), /^Ange det nya värdet\.$/);
      await waitFor(async () => (await t.api('GET', `/api/activity-changes/${id}`)).body.changes.length === 1, 'the change saved');
      await page.reload();
      await atStep(page, 4, 'Fält och nya värden');
      await waitFor(async () => (await page.getByLabel('Ändring 2: Fält').inputValue().catch(() => '')) === 'statusId', 'the incomplete row back');
      expect(await page.getByLabel('Ändring 1: dagar').inputValue()).toBe('7');
      await page.getByLabel('Ändring 2: Ta bort ändringen').click();
      await waitFor(async () => !(await next.isDisabled()), 'Next enabled');
      // the menu's start page offers the open draft again, at the step it was left
      await page.locator('.subnav').getByRole('link', { name: 'Ändra värden' }).click();
      await waitText(page.locator('.cv-resume'), new RegExp(`Ändring ${id} – Start · senast sparad`));
      await page.getByRole('link', { name: `Ändring ${id}` }).click();
      await atStep(page, 4, 'Fält och nya värden');
      expect(await page.getByLabel('Ändring 1: dagar').inputValue()).toBe('7');
      expect((await t.api('GET', `/api/activity-changes/${id}`)).body.changes).toEqual([{ field: 'startAt', moveBy: { days: 7, hours: 0, minutes: 0 } }]);
      await next.click();
      await atStep(page, 5, 'Rapport före');
      await waitText(page.locator('.cv-summary'), /Start\s*flyttas 7 dagar/);
      await next.click();
      await atStep(page, 6, 'Slutför');
      await page.getByRole('button', { name: 'Slutför' }).click();
      await waitText(page.locator('.wz-summary-sentence'), /^4 aktiviteter ändrades\.$/);
      for (const [i, a] of campaign.entries()) {
        const r = await read(a);
        expect([r.startAt, r.endAt]).toEqual([`2027-05-${17 + i}T07:00:00.000Z`, `2027-05-${17 + i}T07:30:00.000Z`]);
      }
      expect((await read(other)).startAt).toBe('2027-05-10T07:00:00.000Z');
      expect(cspViolations).toEqual([]);
      await page.close();
    });

    it('in English: the conflict step appears only when needed, writes nothing until chosen, and leaves conflicting activities out', async () => {
      // The new start (12 May, 09:00 Stockholm time) comes after the end of the first two.
      const a = await activity({ subject: 'Conflict A', startAt: '2027-05-03T07:00:00.000Z', endAt: '2027-05-03T08:00:00.000Z' });
      const b = await activity({ subject: 'Conflict B', startAt: '2027-05-04T07:00:00.000Z', endAt: '2027-05-04T08:00:00.000Z' });
      const c = await activity({ subject: 'Conflict C (long)', startAt: '2027-05-01T07:00:00.000Z', endAt: '2027-05-20T08:00:00.000Z' });

      const { page } = await newPage(browser, { locale: 'en-GB' });
      await page.addInitScript({ content: `localStorage.setItem('kontakta.locale', 'en')` });
      await logIn(page, t);
      await page.goto(`${t.baseUrl}/change-values`);
      await waitText(page.locator('.wz-step-title'), /^1\. Introduction$/);
      const next = page.getByRole('button', { name: 'Next ›' });
      await next.click();
      await atStep(page, 2, 'Selection');
      const id = changeIdOf(page);
      await page.getByRole('button', { name: '+ Condition' }).click();
      await page.getByLabel('Row 1: Field').selectOption({ label: 'Subject' });
      await page.getByLabel('Row 1: Condition').selectOption({ label: 'starts with' });
      await page.getByLabel('Row 1: Value').fill('Conflict');
      await waitText(page.getByTestId('selection-count'), /^3 activities match$/);
      await next.click();
      await atStep(page, 3, 'Adjust');
      await waitText(page.getByTestId('ticked-count'), /^3 ticked/);
      await next.click();
      await atStep(page, 4, 'Fields and new values');
      await page.getByLabel('Change 1: Field').selectOption({ label: 'Start' });
      // datetime-local takes the browser's local time; the test browser runs in the server's zone
      const local = await page.evaluate(`(() => { const d = new Date('2027-05-12T07:00:00.000Z'); const p = (x) => String(x).padStart(2, '0');
        return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' + p(d.getMinutes()); })()`) as string;
      await page.getByLabel('Change 1: New value').fill(local);
      await waitFor(async () => (await t.api('GET', `/api/activity-changes/${id}`)).body.changes.length === 1, 'the change saved');
      await next.click();
      await atStep(page, 5, 'Report before');
      await next.click();

      // the conflict step, between the report and Finish; Next waits for the choice
      await atStep(page, 7, 'Start/end conflict');
      await waitText(page.getByTestId('conflicts'), /Conflict A.*Conflict B/s);
      expect(await page.getByTestId('conflicts').textContent()).not.toContain('Conflict C');
      expect(await next.isDisabled()).toBe(true);
      await screenshot(page, `change-values-${tag}-7-conflict-en`);
      expect((await read(a)).startAt).toBe('2027-05-03T07:00:00.000Z');
      // Finish over the API is refused while the choice is open (nothing written).
      expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).status).toBe(409);
      await page.getByRole('radio', { name: /Leave the 2 activities out/ }).check();
      await waitFor(async () => (await t.api('GET', `/api/activity-changes/${id}`)).body.conflicts === 'skip', 'the choice saved');
      await next.click();
      await atStep(page, 6, 'Finish');
      await page.getByRole('button', { name: 'Finish' }).click();
      await waitText(page.locator('.wz-summary-sentence'), /^1 activity was changed\.$/);
      expect(await page.locator('.wz-finish').textContent()).toContain('2 activities were left out (start/end conflict).');
      expect((await read(a)).startAt).toBe('2027-05-03T07:00:00.000Z');
      expect((await read(b)).startAt).toBe('2027-05-04T07:00:00.000Z');
      expect((await read(c)).startAt).toBe('2027-05-12T07:00:00.000Z');
      expect(cspViolations).toEqual([]);
      await page.close();
    });
  });
}
