/**
 * My calendar, the task list and the common calendar in real headless Chromium (Swedish, Stockholm
 * time) over a real server, on both databases: create by clicking an empty slot, move by dragging,
 * resize by the lower edge, undo, move from the keyboard, drag to another day in the month, tick done in the task list (one, and
 * several together), the common calendar with a resource conflict, its blocks dragged in time and
 * to another person's row (with undo) over the whole day, the privacy setting seen by
 * another user, and the English labels.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, launchBrowser, screenshot } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const HOUR_PX = 48;

async function must<T = any>(t: TestServer, method: string, p: string, body?: unknown): Promise<T> {
  const r = await t.api<T>(method, p, body);
  if (r.status >= 300) throw new Error(`${method} ${p} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A local Stockholm time of December 2026 (UTC+1) as the API's UTC timestamp. */
const dec = (day: number, hhmm: string) => new Date(`2026-12-${String(day).padStart(2, '0')}T${hhmm}:00+01:00`).toISOString();

async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/^(E-post|E-mail)$/).fill(email);
  await page.getByLabel(/^(Lösenord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

for (const kind of testKinds('calendar in Chromium')) {
  const shots = kind === 'sqlite';
  describe.skipIf(!BROWSER_AVAILABLE)(`calendar in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const s = {} as { me: number; bo: number; visit: number; call: number; room: number; contact: number; meeting: number };

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      s.me = (await must(t, 'GET', '/api/auth/me')).employee.id;
      s.bo = (await must(t, 'POST', '/api/employees', { name: 'Bo Berg', email: 'bo@example.test', password: 'bo-password-1', isAccountManager: true })).id;
      s.visit = (await must(t, 'POST', '/api/activity-types', { name: 'Besök', color: '#2e7d32' })).id;
      s.call = (await must(t, 'POST', '/api/activity-types', { name: 'Telefon ut', list: 'taskList' })).id;
      s.room = (await must(t, 'POST', '/api/resources', { name: 'Mötesrum Ekan' })).id;
      s.contact = (await must(t, 'POST', '/api/contacts', { name: 'Andersson & Hansson AB', types: ['customer'] })).id;
      const done = await must(t, 'POST', '/api/statuses', { name: 'Utförd', isDone: true });
      await must(t, 'PATCH', '/api/settings', { standardDurationMinutes: 60, doneStatusId: done.id });
      s.meeting = (await must(t, 'POST', '/api/activities', {
        typeId: s.visit, responsibleId: s.me, contactIds: [s.contact], startAt: dec(7, '09:00'), endAt: dec(7, '10:00'),
      })).id;
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      page = await context.newPage();
      await logIn(page, t.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    const meeting = () => page.getByRole('button', { name: /^Besök, Andersson & Hansson AB, \d\d:\d\d–\d\d:\d\d$/ });
    const activity = async (id: number) => must(t, 'GET', `/api/activities/${id}`);

    it('shows the work week with its ISO week number and the activity named for screen readers', async () => {
      await page.goto(`${t.baseUrl}/calendar?view=workWeek&date=2026-12-07`);
      await expect.poll(() => page.getByRole('heading', { name: /^Vecka 50 · mån 7\/12 – fre 11\/12$/ }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('button', { name: 'Besök, Andersson & Hansson AB, 09:00–10:00' }).isVisible()).toBe(true);
      if (shots) await screenshot(page, 'calendar-01-work-week');
    });

    it('moves an activity by dragging, saves at once and undoes', async () => {
      const box = (await meeting().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + 10 + HOUR_PX / 2, { steps: 4 });
      await page.mouse.move(box.x + box.width / 2, box.y + 10 + HOUR_PX, { steps: 4 });
      await page.mouse.up();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(7, '10:00'));
      expect((await activity(s.meeting)).endAt).toBe(dec(7, '11:00'));
      await expect.poll(() => page.getByRole('button', { name: 'Besök, Andersson & Hansson AB, 10:00–11:00' }).isVisible()).toBe(true);
      expect(page.url()).toContain('/calendar'); // a drag is not a click: the card did not open
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'flyttad till' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(7, '09:00'));
      await expect.poll(() => page.getByRole('button', { name: 'Besök, Andersson & Hansson AB, 09:00–10:00' }).isVisible()).toBe(true);
    });

    it('moves to another day by dragging sideways', async () => {
      const box = (await meeting().boundingBox())!;
      const col = (await page.locator('.tg-col').first().boundingBox())!;
      await page.mouse.move(box.x + 10, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(box.x + 10 + col.width / 2, box.y + 10, { steps: 4 });
      await page.mouse.move(box.x + 10 + col.width, box.y + 10, { steps: 4 });
      await page.mouse.up();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(8, '09:00'));
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(7, '09:00'));
    });

    it('changes the end by dragging the lower edge', async () => {
      await expect.poll(() => page.getByRole('button', { name: 'Besök, Andersson & Hansson AB, 09:00–10:00' }).isVisible()).toBe(true);
      const handle = page.locator(`[data-resize-for="${s.meeting}"]`);
      const box = (await handle.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + HOUR_PX / 4, { steps: 3 });
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + HOUR_PX / 2, { steps: 3 });
      await page.mouse.up();
      await expect.poll(async () => (await activity(s.meeting)).endAt).toBe(dec(7, '10:30'));
      expect((await activity(s.meeting)).startAt).toBe(dec(7, '09:00'));
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'slutar nu' }).isVisible()).toBe(true);
    });

    it('moves from the keyboard with Alt+arrow keys and opens the card with Enter', async () => {
      await meeting().focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(7, '09:15'));
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(7, '09:00'));
      await meeting().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/activities/${s.meeting}$`));
      await page.goBack();
      await page.waitForURL(/\/calendar\?view=workWeek&date=2026-12-07/);
    });

    it('creates an activity by clicking an empty slot: start there, end after the standard duration, me responsible', async () => {
      await expect.poll(() => meeting().isVisible()).toBe(true);
      const col = page.locator('.tg-col').nth(2); // Wednesday 9 December
      const box = (await col.boundingBox())!;
      const body = (await page.locator('.tg-body').boundingBox())!;
      const scrollTop = await page.locator('.tg-body').evaluate((el) => el.scrollTop);
      // 14:00 is 14 hours below the column's top, which is scrolled up by scrollTop.
      const y = body.y - scrollTop + 14 * HOUR_PX + 10;
      await page.mouse.click(box.x + 20, y);
      await page.waitForURL(/\/activities\/new\?/);
      await expect.poll(() => page.getByLabel('Start').inputValue()).toBe('2026-12-09T14:00');
      await expect.poll(() => page.getByLabel('Slut').inputValue()).toBe('2026-12-09T15:00');
      await page.getByLabel('Ämne').fill('Nytt kundmöte');
      await page.getByRole('button', { name: 'Spara' }).first().click();
      await page.waitForURL(/\/calendar\?/);
      await expect.poll(() => page.getByRole('button', { name: /^Nytt kundmöte, 14:00–15:00$/ }).isVisible()).toBe(true);
      const created = (await must(t, 'GET', `/api/calendar?from=${dec(9, '00:00')}&to=${dec(10, '00:00')}`)).items.find((i: any) => i.subject === 'Nytt kundmöte');
      expect(created).toMatchObject({ responsibleId: s.me, startAt: dec(9, '14:00'), endAt: dec(9, '15:00') });
    });

    it('shows the month with week numbers and the day view', async () => {
      await page.getByRole('button', { name: 'Månad', exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'december 2026' }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('rowheader', { name: '50' }).isVisible()).toBe(true);
      await expect.poll(() => meeting().isVisible()).toBe(true);
      if (shots) await screenshot(page, 'calendar-02-month');
      // drag onto Tuesday 8 December: the same time of day, the next day; then undo
      const from = (await meeting().boundingBox())!;
      const to = (await page.locator('[data-date="2026-12-08"]').boundingBox())!;
      await page.mouse.move(from.x + 20, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(8, '09:00'));
      expect(page.url()).toContain('view=month');
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(s.meeting)).startAt).toBe(dec(7, '09:00'));
      await page.getByRole('button', { name: 'måndag 7 december' }).click();
      await expect.poll(() => page.getByRole('heading', { name: /^måndag 7 december · v\. 50$/ }).isVisible()).toBe(true);
    });

    it('ticks a task done, then several together, applying the company done status, with undo', async () => {
      const mk = (subject: string, day: number) => must(t, 'POST', '/api/activities', { subject, typeId: s.call, responsibleId: s.me, contactIds: [s.contact], startAt: dec(day, '10:00') });
      const a = await mk('Ring Anna', 1);
      const b = await mk('Ring Bo', 2);
      const c = await mk('Ring Cilla', 3);
      await page.goto(`${t.baseUrl}/tasks`);
      await expect.poll(() => page.getByRole('link', { name: 'Ring Anna' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Ring Anna klar' }).click();
      await expect.poll(async () => (await activity(a.id)).done).toBe(true);
      expect((await activity(a.id)).statusId).not.toBeNull();
      await expect.poll(() => page.getByRole('status').filter({ hasText: '1 uppgift markerad som klar.' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(a.id)).done).toBe(false);
      await page.getByRole('checkbox', { name: 'Välj Ring Bo' }).check();
      await page.getByRole('checkbox', { name: 'Välj Ring Cilla' }).check();
      if (shots) await screenshot(page, 'calendar-03-tasks');
      await page.getByRole('button', { name: 'Markera som klara (2)' }).click();
      await expect.poll(async () => (await activity(b.id)).done && (await activity(c.id)).done).toBe(true);
      await expect.poll(() => page.getByRole('status').filter({ hasText: '2 uppgifter markerade som klara.' }).isVisible()).toBe(true);
      expect((await activity(a.id)).done).toBe(false);
    });

    it('shows a resource conflict in the common calendar', async () => {
      await must(t, 'POST', '/api/activities', { subject: 'Visning', typeId: s.visit, responsibleId: s.me, resourceIds: [s.room], startAt: dec(10, '10:00'), endAt: dec(10, '11:00') });
      await must(t, 'POST', '/api/activities', { subject: 'Utbildning', typeId: s.visit, responsibleId: s.bo, resourceIds: [s.room], startAt: dec(10, '10:30'), endAt: dec(10, '12:00') });
      await page.goto(`${t.baseUrl}/common-calendar?date=2026-12-10`);
      await page.getByRole('button', { name: 'Välj rader' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: 'Bo Berg' }).check();
      await dialog.getByRole('checkbox', { name: 'Mötesrum Ekan' }).check();
      await dialog.getByRole('button', { name: 'Spara' }).click();
      const room = page.getByRole('group', { name: /^Mötesrum Ekan: 2 aktiviteter$/ });
      await expect.poll(() => room.getByText('1 krock').isVisible()).toBe(true);
      await expect.poll(() => room.getByRole('button', { name: 'Besök: Visning, 10:00–11:00, Krock' }).isVisible()).toBe(true);
      expect(await page.getByRole('group', { name: /^Bo Berg: 1 aktiviteter$/ }).getByRole('button', { name: /Utbildning/ }).count()).toBe(1);
      if (shots) await screenshot(page, 'calendar-04-common');
      // kept per user: a reload shows the same rows
      await page.reload();
      await expect.poll(() => page.getByRole('group', { name: /^Mötesrum Ekan/ }).isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Bo Berg' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Kalender för Bo Berg' }).isVisible()).toBe(true);
    });

    it('drags a block of the common calendar in time and to another person\'s row, with undo, over the whole day', async () => {
      await must(t, 'PATCH', '/api/me/settings', { commonEmployeeIds: [s.me, s.bo], commonResourceIds: [s.room], commonZoom: 'day' });
      const id = (await must(t, 'POST', '/api/activities', { subject: 'Genomgång', typeId: s.visit, responsibleId: s.me, startAt: dec(11, '09:00'), endAt: dec(11, '10:00') })).id;
      await must(t, 'POST', '/api/activities', { subject: 'Kvällsmöte', typeId: s.visit, responsibleId: s.bo, startAt: dec(11, '21:00'), endAt: dec(11, '22:00') });
      await page.goto(`${t.baseUrl}/common-calendar?date=2026-12-11`);
      const mine = page.locator(`.cc-row[data-row="e${s.me}"]`);
      const block = () => page.locator(`.cc-row[data-row="e${s.me}"], .cc-row[data-row="e${s.bo}"]`).getByRole('button', { name: /Genomgång/ });
      await block().waitFor();
      // opened at 07:00; the evening is a scroll away
      const late = page.getByRole('button', { name: /Kvällsmöte, 21:00–22:00/ });
      expect(await late.count()).toBe(1);
      const hourPx = (await page.locator('.cc-head .cc-timeline').boundingBox())!.width / 24;
      const drag = async (dx: number, toY?: number) => {
        const b = (await block().boundingBox())!;
        const x = b.x + Math.min(20, b.width / 2);
        const y = b.y + b.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + dx / 2, (y + (toY ?? y)) / 2, { steps: 4 });
        await page.mouse.move(x + dx, toY ?? y, { steps: 4 });
        await page.mouse.up();
      };
      // one hour later, in the same row
      await drag(hourPx);
      await expect.poll(async () => (await activity(id)).startAt).toBe(dec(11, '10:00'));
      expect((await activity(id)).endAt).toBe(dec(11, '11:00'));
      expect(page.url()).toContain('/common-calendar');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'flyttad till' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(id)).startAt).toBe(dec(11, '09:00'));
      // to Bo's row: Bo becomes the responsible, and undo gives it back
      await expect.poll(async () => (await mine.getByRole('button', { name: /Genomgång, 09:00–10:00/ }).count())).toBe(1);
      const bo = (await page.locator(`.cc-row[data-row="e${s.bo}"]`).boundingBox())!;
      await drag(0, bo.y + bo.height / 2);
      await expect.poll(async () => (await activity(id)).responsibleId).toBe(s.bo);
      expect((await activity(id)).startAt).toBe(dec(11, '09:00'));
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'flyttad till Bo Berg' }).isVisible()).toBe(true);
      await expect.poll(async () => page.locator(`.cc-row[data-row="e${s.bo}"]`).getByRole('button', { name: /Genomgång/ }).count()).toBe(1);
      if (shots) await screenshot(page, 'calendar-05-common-dragged');
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(id)).responsibleId).toBe(s.me);
      // a person cannot be dropped on a resource row
      const room = (await page.locator(`.cc-row[data-row="r${s.room}"]`).boundingBox())!;
      await expect.poll(async () => (await mine.getByRole('button', { name: /Genomgång/ }).count())).toBe(1);
      await drag(0, room.y + room.height / 2);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'kan bara flyttas mellan två personer' }).isVisible()).toBe(true);
      expect((await activity(id)).responsibleId).toBe(s.me);
      // by keyboard: Alt+Page Down moves it to the next person's row
      await mine.getByRole('button', { name: /Genomgång/ }).focus();
      await page.keyboard.press('Alt+PageDown');
      await expect.poll(async () => (await activity(id)).responsibleId).toBe(s.bo);
      await page.getByRole('button', { name: 'Ångra' }).click();
      await expect.poll(async () => (await activity(id)).responsibleId).toBe(s.me);
      await late.scrollIntoViewIfNeeded();
      expect(await late.isVisible()).toBe(true);
      if (shots) await screenshot(page, 'calendar-06-common-evening');
    });

    it('shows another user only "Upptagen" when the responsible hides the details', async () => {
      await must(t, 'PATCH', '/api/me/settings', { hideDetailsFromOthers: true });
      await must(t, 'POST', '/api/activities', { subject: 'Lönesamtal', typeId: s.visit, responsibleId: s.me, startAt: dec(14, '13:00'), endAt: dec(14, '14:00') });
      const bo = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      const boPage = await bo.newPage();
      await logIn(boPage, t.baseUrl, 'bo@example.test', 'bo-password-1');
      await boPage.goto(`${t.baseUrl}/calendar?view=workWeek&date=2026-12-14&employee=${s.me}`);
      await expect.poll(() => boPage.getByRole('button', { name: 'Upptagen, 13:00–14:00' }).isVisible()).toBe(true);
      expect(await boPage.getByText('Lönesamtal').count()).toBe(0);
      await bo.close();
      // the administrator sees the details
      await page.goto(`${t.baseUrl}/calendar?view=workWeek&date=2026-12-14`);
      await expect.poll(() => page.getByRole('button', { name: 'Besök: Lönesamtal, 13:00–14:00' }).isVisible()).toBe(true);
      await must(t, 'PATCH', '/api/me/settings', { hideDetailsFromOthers: false });
    });

    it('speaks English when switched', async () => {
      await page.goto(`${t.baseUrl}/calendar?view=week&date=2026-12-07`);
      await page.getByLabel('Språk').selectOption('en');
      await expect.poll(() => page.getByRole('heading', { name: 'My calendar' }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('heading', { name: /^Week 50 · Mon 07\/12 – Sun 13\/12$/ }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('button', { name: 'Besök, Andersson & Hansson AB, 09:00–10:30' }).isVisible()).toBe(true);
      await page.goto(`${t.baseUrl}/tasks`);
      await expect.poll(() => page.getByRole('button', { name: 'Open', exact: true }).isVisible()).toBe(true);
      await page.getByLabel('Language').selectOption('sv');
    });
  });
}
