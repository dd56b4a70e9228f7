/**
 * Scheduling in Chromium, in Swedish and English: the wizard's schedule step (step 5, between the
 * responsible and the check report) with a batch that does not fit, widened until it does, kept
 * across a reload, then finished from the wizard; the activity card's next-free
 * buttons filling start and end. Screenshots at 1366×768 and 390×844. Runs on SQLite; the rules
 * behind it run on both databases in test/http.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, watchCsp } from '../support/browser.js';
import type { TestServer } from '../support/http.js';
import type { WizardSeed } from './wizard-seed.js';
import { apiDraft, logIn, startWizardSuite, stepIs, stopWizardSuite, waitFor, waitText } from './wizard-ux.js';

const SHOTS = process.env.KONTAKTA_SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!BROWSER_AVAILABLE)('scheduling in the browser [sqlite]', () => {
  let t: TestServer;
  let browser: Browser;
  let s: WizardSeed;

  beforeAll(async () => {
    ({ t, s, browser } = await startWizardSuite(60));
  });
  afterAll(() => stopWizardSuite(t, browser));

  const open = async (locale: string, width = 1366, height = 768) => {
    const context = await browser.newContext({ viewport: { width, height }, locale, timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    watchCsp(page);
    await logIn(page, t);
    return page;
  };

  for (const [locale, w] of [['sv-SE', {
    enable: 'Schemalägg aktiviteterna', from: 'Från och med', to: 'Till och med', dur: 'Längd (minuter)', max: 'Högst per person och dag',
    title: '5. Schemaläggning', next: 'Nästa ›', back: '‹ Föregående', finish: 'Slutför', contact: /\d+ \S.*Ingen ledig tid i intervallet/, tight: /6 aktiviteter får en tid · 6 aktiviteter får inte plats/, wide: /12 aktiviteter får en tid · Alla får plats\./,
    reason: /Ingen ledig tid i intervallet \(6\)/, day: /mån 8 mars: 3/,
  }], ['en-GB', {
    enable: 'Schedule the activities', from: 'From', to: 'To (inclusive)', dur: 'Length (minutes)', max: 'At most per person and day',
    title: '5. Schedule', next: 'Next ›', back: '‹ Previous', finish: 'Finish', contact: /\d+ \S.*No free time in the range/, tight: /6 activities get a time · 6 activities do not fit/, wide: /12 activities get a time · Everything fits\./,
    reason: /No free time in the range \(6\)/, day: /Mon 8 Mar: 3/,
  }]] as const) {
    it(`the schedule step (${locale}): a batch that does not fit, widened until it does, then finished`, async () => {
      const page = await open(locale);
      const id = await apiDraft(t, 'perContact', 'Malmö', { distribution: { method: 'even', employeeIds: [s.anna, s.erik] } });
      await page.goto(`${t.baseUrl}/group-activities/${id}/4`);
      await stepIs(page, 4, id);
      await page.getByRole('button', { name: w.next }).click();
      await stepIs(page, 5, id);
      await waitText(page.locator('.wz-step-title'), new RegExp(w.title));
      await page.getByLabel(w.enable).check();
      await page.getByLabel(w.from, { exact: true }).fill('2027-03-08');
      await page.getByLabel(w.to, { exact: true }).fill('2027-03-08');
      await page.getByLabel(w.dur).fill('60');
      await page.getByLabel(w.max).fill('3');
      const result = page.locator('.wz-schedule-result');
      await waitText(result, w.tight);
      await waitText(result, w.reason);
      await waitText(result, w.day);
      // what does not fit is listed by contact, with the reason
      await waitText(page.locator('.wz-schedule-unplaced'), w.contact);
      expect(await page.locator('.wz-schedule-unplaced tbody tr').count()).toBe(6);
      await shot(page, `wizard-schedule-tight-${locale}-1366`);
      await page.getByLabel(w.to, { exact: true }).fill('2027-03-09');
      await waitText(result, w.wide);
      await shot(page, `wizard-schedule-wide-${locale}-1366`);
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, `wizard-schedule-wide-${locale}-390`);
      await page.setViewportSize({ width: 1366, height: 768 });
      // A reload keeps the saved schedule; Back and Next keep it too.
      await page.reload();
      await stepIs(page, 5, id);
      expect(await page.getByLabel(w.enable).isChecked()).toBe(true);
      expect(await page.getByLabel(w.to, { exact: true }).inputValue()).toBe('2027-03-09');
      expect(await page.getByLabel(w.max).inputValue()).toBe('3');
      await waitText(result, w.wide);
      await page.getByRole('button', { name: w.back }).click();
      await stepIs(page, 4, id);
      await page.getByRole('button', { name: w.next }).click();
      await stepIs(page, 5, id);
      expect(await page.getByLabel(w.to, { exact: true }).inputValue()).toBe('2027-03-09');
      // a change followed at once by Next is saved before the step changes
      await page.getByLabel(w.max).fill('4');
      await page.getByRole('button', { name: w.next }).click();
      await stepIs(page, 6, id);
      expect((await t.api('GET', `/api/group-activities/${id}`)).body.schedule.maxPerDay).toBe(4);
      await page.getByRole('button', { name: w.next }).click();
      await stepIs(page, 7, id);
      await page.getByRole('button', { name: w.finish, exact: true }).click();
      await waitText(page.locator('.wz-summary-sentence'), /12/);
      // the sentence's count is there before the finish too: wait for the finish itself
      await waitFor(async () => (await t.api('GET', `/api/group-activities/${id}`)).body.status === 'finished', 'the group is finished');
      const batchId = (await t.api('GET', `/api/group-activities/${id}`)).body.batchId as number;
      const rows = await t.database.db.selectFrom('activities').select(['start_at']).where('batch_id', '=', batchId).execute();
      expect(rows).toHaveLength(12);
      expect(rows.every((r) => r.start_at && r.start_at >= '2027-03-08' && r.start_at < '2027-03-10')).toBe(true);
      await page.context().close();
    });
  }

  it('the activity card\'s next-free buttons fill start and end (sv, then en)', async () => {
    // The card starts on Easter Monday 29 March 2027 (closed); Anna is busy Tuesday 30 March 07:00–10:00 (UTC+2).
    const busy = await t.api('POST', '/api/activities', { subject: 'Upptagen', typeId: s.visitType, responsibleId: s.anna, startAt: '2027-03-30T05:00:00Z', endAt: '2027-03-30T08:00:00Z' });
    expect(busy.status).toBe(201);
    const card = await t.api('POST', '/api/activities', { subject: 'Planera', typeId: s.visitType, responsibleId: s.anna, startAt: '2027-03-29T05:00:00Z', endAt: '2027-03-29T06:30:00Z' });
    const page = await open('sv-SE');
    await page.goto(`${t.baseUrl}/activities/${card.body.id}`);
    const button = page.getByRole('button', { name: 'Hitta nästa lediga tid (bara ansvarig)' });
    await button.waitFor();
    await button.click();
    await waitText(page.locator('.next-free [role=status]'), /nästa lediga tid\. Spara för att boka\./);
    expect(await page.locator('[data-field=startAt]').inputValue()).toBe('2027-03-30T10:00');
    expect(await page.locator('[data-field=endAt]').inputValue()).toBe('2027-03-30T11:30');
    await shot(page, 'card-next-free-sv-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Hitta nästa lediga tid (alla)' }).scrollIntoViewIfNeeded();
    await shot(page, 'card-next-free-sv-390');
    await page.context().close();

    const en = await open('en-GB');
    await en.goto(`${t.baseUrl}/activities/${card.body.id}`);
    await en.getByRole('button', { name: 'Find next free time (all)' }).click();
    await waitText(en.locator('.next-free [role=status]'), /Start and end now hold the next free time/);
    expect(await en.locator('[data-field=startAt]').inputValue()).toBe('2027-03-30T10:00');
    await en.context().close();
  });

  it('settings → Arbetstid: the days off of a year, a holiday opened and a company day added', async () => {
    const page = await open('sv-SE');
    await page.goto(`${t.baseUrl}/settings/working-time`);
    await waitText(page.locator('h2'), /Arbetstid och lediga dagar/);
    await page.getByRole('button', { name: 'Nästa år' }).click();
    const table = page.locator('.wt-table');
    await waitText(table, /Lediga dagar|Midsommarafton/);
    await waitText(page.locator('.panel h3'), /Lediga dagar 2027/);
    await waitText(table, /fre 25 juni\s*Midsommarafton\s*Stängt/);
    await waitText(table, /lör 6 november\s*Alla helgons dag\s*Helgdag/);
    await table.locator('tr', { hasText: 'Julafton' }).getByRole('button', { name: 'Håll öppet' }).click();
    await waitText(table, /Öppet \(trots helgdag\)/);
    await page.getByLabel('Datum').fill('2027-08-20');
    await page.getByLabel('Namn').fill('Kräftskiva');
    await page.getByRole('button', { name: 'Lägg till ledig dag' }).click();
    await waitText(table, /fre 20 augusti\s*Kräftskiva\s*Företagets lediga dag/);
    const saved = await t.api('GET', '/api/scheduling/working-time');
    expect(saved.body).toMatchObject({ openDays: ['2027-12-24'], closedDays: [{ date: '2027-08-20', name: 'Kräftskiva' }] });
    // Erik works Monday–Thursday 07:00–17:00 and Fridays 08:00–12:00.
    await page.getByLabel('Anställd').selectOption({ label: 'Erik Lund' });
    await waitText(page.locator('.panel', { hasText: 'Egna arbetstider' }), /Följer företagets arbetstid/);
    const own = page.locator('.panel', { hasText: 'Egna arbetstider' });
    await own.getByLabel('fredag Från').fill('08:00');
    await own.getByLabel('fredag Till').fill('12:00');
    await own.getByRole('button', { name: 'Spara' }).click();
    await waitText(own, /Har egna arbetstider\./);
    const erik = await t.api('GET', `/api/scheduling/employees/${s.erik}/hours`);
    expect(erik.body.own).toEqual({ days: [1, 2, 3, 4, 5], start: '07:00', end: '17:00', dayHours: [{ day: 5, start: '08:00', end: '12:00' }] });
    // a day off: its hours go grey
    await own.getByLabel('söndag', { exact: true }).waitFor();
    expect(await own.getByLabel('söndag Från').isDisabled()).toBe(true);
    await own.scrollIntoViewIfNeeded();
    await shot(page, 'settings-working-time-sv-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'settings-working-time-sv-390');
    await page.context().close();
  });
});
