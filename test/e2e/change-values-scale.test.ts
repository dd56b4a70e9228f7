/**
 * The change-values checklist (step 3) with 100,000 activities in Chromium: the list opens with
 * the count, End reaches the last row, Space unticks it, "untick all" and "tick all matching" act
 * on every row (not the loaded page). Figures are printed, never asserted. SQLite only.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BROWSER_AVAILABLE, cspViolations, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/http.js';
import { seedWizard } from './wizard-seed.js';
import { logIn, waitText } from './wizard-ux.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const N = 100_000;

describe.skipIf(!BROWSER_AVAILABLE)('change values step 3 with 100,000 activities [sqlite]', () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestServer('sqlite', { webRoot: WEB_ROOT });
    const s = await seedWizard(t, 100);
    const db = t.database.db;
    const contacts = (await db.selectFrom('contacts').select('id').orderBy('id').execute()).map((c) => Number(c.id));
    const now = new Date().toISOString();
    const t0 = Date.now();
    for (let from = 1; from <= N; from += 1_000) {
      const ids = Array.from({ length: Math.min(1_000, N - from + 1) }, (_, k) => from + k);
      await db.insertInto('activities').values(ids.map((id) => ({
        id, number: id, subject: `Storkampanj ${id}`, start_at: new Date(Date.UTC(2027, 0, 1) + id * 3_600_000).toISOString(),
        end_at: new Date(Date.UTC(2027, 0, 1) + id * 3_600_000 + 1_800_000).toISOString(), all_day: 0, alarm_minutes: null,
        type_id: s.visitType, status_id: null, priority_id: null, done: 0, done_at: null, responsible_id: s.anna, notes: null, color: null,
        show_in_task_list: 0, custom1: null, custom2: null, batch_id: null, created_by: null, created_at: now, updated_at: now,
      }))).execute();
      await db.insertInto('activity_contacts').values(ids.map((id) => ({ activity_id: id, contact_id: contacts[id % contacts.length] }))).execute();
    }
    await db.updateTable('counters').set({ value: N }).where('name', '=', 'activity').execute();
    console.log(`seeded ${N} activities in ${Date.now() - t0} ms`);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens, reaches the last row by keyboard, and ticks or unticks all of them', async () => {
    const created = await t.api('POST', '/api/activity-changes', { selection: { match: [{ field: 'subject', condition: 'startsWith', value: 'Storkampanj' }] } });
    expect(created.body.counts).toEqual({ included: N, excluded: 0 });
    const id = created.body.id as number;
    const { page } = await newPage(browser, { locale: 'sv-SE' });
    await logIn(page, t);
    const counts = page.getByTestId('ticked-count');
    const start = Date.now();
    await page.goto(`${t.baseUrl}/change-values/${id}/3`);
    await waitText(counts, /^100\s000 ibockade · 0 avbockade$/, 30_000);
    const list = page.getByRole('listbox', { name: 'Aktiviteter i urvalet' });
    await list.locator('[aria-posinset="1"] .subject').waitFor();
    console.log(`checklist of ${N}: first rows after ${Date.now() - start} ms (navigation included)`);

    const end = Date.now();
    await list.focus();
    await page.keyboard.press('End');
    await list.locator(`[aria-posinset="${N}"] .subject`).getByText(`Storkampanj ${N}`).waitFor({ timeout: 30_000 });
    console.log(`End to row ${N}: ${Date.now() - end} ms`);
    await page.keyboard.press('Space');
    await waitText(counts, /^99\s999 ibockade · 1 avbockad$/);
    await screenshot(page, 'change-values-scale-3-100k');

    const all = Date.now();
    await page.getByRole('button', { name: 'Avbocka alla', exact: true }).click();
    await waitText(counts, /^0 ibockade · 100\s000 avbockade$/, 30_000);
    console.log(`untick all ${N}: ${Date.now() - all} ms`);
    expect(await page.getByRole('button', { name: 'Nästa ›' }).isDisabled()).toBe(true);

    // With a search, "tick all that match" ticks the matching rows only, loaded or not.
    await page.getByRole('searchbox', { name: 'Sök nummer eller ämne…' }).fill('Storkampanj 9999');
    await waitText(page.locator('.wz-list-foot'), /^11 aktiviteter matchar sökningen$/);
    await page.getByRole('button', { name: 'Bocka alla som matchar', exact: true }).click();
    await waitText(counts, /^11 ibockade · 99\s989 avbockade$/);
    expect((await t.api('GET', `/api/activity-changes/${id}`)).body.counts).toEqual({ included: 11, excluded: N - 11 });
    expect(cspViolations).toEqual([]);
  }, 180_000);
});
