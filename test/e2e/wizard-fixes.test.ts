/**
 * The wizard as an office worker meets it, in Swedish in Chromium (issue: lost card edits, missing
 * defaults, counts, undo, Escape, wording): the card saved from the footer and never closed
 * unsaved without asking, finished groups reachable from the list; the card's defaults as on a
 * single card; a distribution count that is not a whole number; an undone group that offers to
 * start again; Escape clearing the innermost thing first. The UI does not depend on the database,
 * so this runs on SQLite; the rules behind it run on both in test/http.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BROWSER_AVAILABLE, newPage, screenshot } from '../support/browser.js';
import type { TestServer } from '../support/http.js';
import type { WizardSeed } from './wizard-seed.js';
import { apiDraft, apiFinished, dialogOpen, logIn, startWizardSuite, stepIs, stopWizardSuite, waitFor, waitText } from './wizard-ux.js';

describe.skipIf(!BROWSER_AVAILABLE)('the wizard as an office worker meets it [sqlite]', () => {
  let t: TestServer;
  let browser: Browser;
  let s: WizardSeed;

  beforeAll(async () => {
    ({ t, s, browser } = await startWizardSuite(60));
    // "Telefon ut" with its own defaults, and a standard duration of 45 minutes
    expect((await t.api('PATCH', `/api/activity-types/${s.callType}`, { color: '#aa5500', defaultAlarmMinutes: 10 })).status).toBe(200);
    expect((await t.api('PATCH', '/api/settings', { standardDurationMinutes: 45 })).status).toBe(200);
  });
  afterAll(() => stopWizardSuite(t, browser));

  it('bug 1: the card is saved from the footer, closing unsaved asks, and a finished group stays reachable from the list', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    const g = await apiFinished(t, 'perContact', 'Malmö', s.anna);
    await page.goto(`${t.baseUrl}/group-activities`);
    const item = page.locator('.wz-done-list li', { hasText: `#${g.id}` });
    await waitText(item, new RegExp(`${g.count} aktiviteter, nummer \\d+–\\d+`));
    await item.getByRole('link', { name: 'Öppna aktivitetskortet' }).click();
    await stepIs(page, 8, g.id);
    await page.getByLabel('Ämne').fill('Ring om vårkampanjen');

    // the one save is the footer's primary button, fully visible and not covered at 1366×768
    const save = page.getByRole('button', { name: 'Spara och kopiera till alla' });
    const box = (await save.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(await page.evaluate(`document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})?.textContent`)).toBe('Spara och kopiera till alla');
    expect(await page.locator('.wz-card').getByRole('button', { name: 'Spara', exact: true }).count()).toBe(0);
    await screenshot(page, 'wizard-fixes-7-card-unsaved');

    // closing with unsaved changes asks; "Fortsätt redigera" keeps what was typed
    await page.locator('.wz-foot').getByRole('button', { name: 'Stäng', exact: true }).click();
    const ask = page.getByRole('dialog');
    await waitText(ask, /Spara ändringarna på aktivitetskortet\?/);
    await ask.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await waitFor(async () => !(await dialogOpen(page)), 'dialog closed');
    expect(await page.getByLabel('Ämne').inputValue()).toBe('Ring om vårkampanjen');
    // so does a link of the top menu
    await page.getByRole('link', { name: 'Kontakter', exact: true }).click();
    await waitText(page.getByRole('dialog'), /Spara ändringarna på aktivitetskortet\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Fortsätt redigera' }).click();
    await waitFor(async () => !(await dialogOpen(page)), 'dialog closed');
    await stepIs(page, 8, g.id);
    // and so does the browser's Back: the card stays, with what was typed
    await page.goBack();
    await waitText(page.getByRole('dialog'), /Spara ändringarna på aktivitetskortet\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Fortsätt redigera' }).click();
    await waitFor(async () => !(await dialogOpen(page)), 'dialog closed');
    await stepIs(page, 8, g.id);
    expect(await page.getByLabel('Ämne').inputValue()).toBe('Ring om vårkampanjen');

    await save.click();
    await waitText(page.locator('.wz-foot [role="status"]'), new RegExp(`Ändringarna kopierades till ${g.count} aktiviteter\\.`));
    const subjects = (await t.api('GET', `/api/activities?batchId=${g.batchId}&limit=100`)).body.items.map((a: { subject: string }) => a.subject);
    expect(new Set(subjects)).toEqual(new Set(['Ring om vårkampanjen']));

    // saved: closing no longer asks; the card opens again from the list and "Spara och stäng" saves on the way out
    await page.locator('.wz-foot').getByRole('button', { name: 'Stäng', exact: true }).click();
    await page.waitForURL(/\/group-activities$/);
    await page.locator('.wz-done-list li', { hasText: `#${g.id}` }).getByRole('link', { name: 'Öppna aktivitetskortet' }).click();
    await stepIs(page, 8, g.id);
    await waitFor(async () => (await page.getByLabel('Ämne').inputValue()) === 'Ring om vårkampanjen', 'the card shows what was saved');
    await page.getByLabel('Anteckningar').fill('Fråga efter beslutsfattaren');
    await page.locator('.wz-x').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Spara och stäng' }).click();
    await page.waitForURL(/\/group-activities$/);
    const notes = (await t.api('GET', `/api/activities?batchId=${g.batchId}&limit=100`)).body.items.map((a: { notes: string }) => a.notes);
    expect(new Set(notes)).toEqual(new Set(['Fråga efter beslutsfattaren']));
    await page.context().close();
  }, 120_000);

  it('bug 2: type and start on the step-8 card give the same defaults as a single activity card', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    const g = await apiFinished(t, 'perContact', 'Kiruna', s.erik);
    await page.goto(`${t.baseUrl}/group-activities/${g.id}/8`);
    await stepIs(page, 8, g.id);
    await page.getByLabel('Aktivitetstyp').selectOption({ label: 'Telefon ut' });
    await page.getByLabel('Start').fill('2026-12-07T09:00');
    // the card shows the defaults before saving
    expect(await page.getByLabel('Slut').inputValue()).toBe('2026-12-07T09:45');
    expect(await page.getByLabel('Visa i uppgiftslistan').isChecked()).toBe(true);
    expect(await page.getByLabel('Påminnelse (minuter före)').inputValue()).toBe('10');
    expect(await page.getByLabel('Färg').inputValue()).toBe('#aa5500');
    await page.getByRole('button', { name: 'Spara och kopiera till alla' }).click();
    await waitText(page.locator('.wz-foot [role="status"]'), /kopierades till/);

    // the single card, same type and start, in the same browser
    await page.goto(`${t.baseUrl}/activities/new`);
    await page.locator('[data-field="typeId"]').selectOption({ label: 'Telefon ut' });
    await page.locator('[data-field="startAt"]').fill('2026-12-07T09:00');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.waitForURL(/\/activities\/\d+$/);
    const single = (await t.api('GET', `/api/activities/${new URL(page.url()).pathname.split('/').pop()}`)).body;
    const pick = (a: Record<string, unknown>) => ({ endAt: a.endAt, showInTaskList: a.showInTaskList, alarmMinutes: a.alarmMinutes, color: a.color, startAt: a.startAt });
    const group = (await t.api('GET', `/api/activities?batchId=${g.batchId}&limit=100`)).body.items;
    expect(single.showInTaskList).toBe(true);
    expect(Date.parse(single.endAt) - Date.parse(single.startAt)).toBe(45 * 60_000);
    for (const a of group) expect(pick(a)).toEqual(pick(single));
    await page.context().close();
  }, 120_000);

  it('bug 3: a distribution count of "2.5" is an error beside the field and OK stays disabled', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    const id = await apiDraft(t, 'perContact', 'Uppsala');
    const n = s.cityCounts['Uppsala']!;
    await page.goto(`${t.baseUrl}/group-activities/${id}/4`);
    await stepIs(page, 4, id);
    await page.getByRole('button', { name: 'Fördela…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ta med Anna Berg').check();
    await dialog.getByLabel('Ta med Erik Lund').check();
    await dialog.getByLabel('Antal för Anna Berg').fill('2.5');
    await dialog.getByLabel('Antal för Erik Lund').fill(String(n));
    await waitText(dialog.locator('#wz-dist-err-' + s.anna), /Ange ett heltal, 0 eller mer\./);
    expect(await dialog.getByLabel('Antal för Anna Berg').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('button', { name: 'OK' }).isDisabled()).toBe(true);
    await waitText(dialog.locator('.wz-reason'), /Rätta antalen som inte är heltal/);
    expect(await dialog.getByTestId('dist-running').textContent()).not.toContain('✓');
    await screenshot(page, 'wizard-fixes-4-dist-error');
    await dialog.getByLabel('Antal för Anna Berg').fill('0');
    await waitText(dialog.getByTestId('dist-running'), /✓/);
    expect(await dialog.locator('#wz-dist-err-' + s.anna).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'OK' }).isDisabled()).toBe(false);
    await page.context().close();
  }, 60_000);

  it('bug 4: an undone group says so, leads nowhere further, and starts again from its selection', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    const id = await apiDraft(t, 'perContact', 'Västerås', { responsibleId: s.sara });
    const one = (await t.api('GET', `/api/group-activities/${id}/contacts?side=included&limit=1`)).body.items[0];
    await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', contactIds: [one.id] });
    const count = s.cityCounts['Västerås']! - 1;
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(200);
    await page.goto(`${t.baseUrl}/group-activities/${id}/7`);
    await stepIs(page, 7, id);
    await page.getByRole('button', { name: 'Ångra hela gruppen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: `Ta bort ${count} aktiviteter` }).click();
    await waitText(page.locator('.wz-finish [role="status"]'), new RegExp(`Gruppaktiviteten är ångrad: de ${count} aktiviteterna`));
    const next = page.getByRole('button', { name: 'Nästa ›' });
    expect(await next.isDisabled()).toBe(true);
    await waitText(page.locator('#wz-reason'), /Gruppaktiviteten är ångrad/);
    expect(await page.getByRole('button', { name: /^8 / }).count()).toBe(0);
    await screenshot(page, 'wizard-fixes-6-undone');
    await page.goto(`${t.baseUrl}/group-activities/${id}/8`);
    await stepIs(page, 7, id);

    await page.getByRole('button', { name: 'Börja om från samma urval' }).click();
    await waitFor(async () => /\/group-activities\/\d+\/2$/.test(new URL(page.url()).pathname) && !new URL(page.url()).pathname.startsWith(`/group-activities/${id}/`), 'the new draft');
    const fresh = Number(new URL(page.url()).pathname.split('/')[2]);
    const d = (await t.api('GET', `/api/group-activities/${fresh}`)).body;
    expect(d).toMatchObject({ status: 'draft', mode: 'perContact', counts: { included: count, excluded: 1 } });
    expect(d.selection).toEqual((await t.api('GET', `/api/group-activities/${id}`)).body.selection);
    await waitText(page.locator('.wz-summary'), new RegExp(`${count} kontakter valda · 1 utesluten`));
    await page.context().close();
  }, 90_000);

  it('bug 5: Escape asks before cancelling even an empty draft, and at step 3 clears the marks first', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    // step 2, nothing chosen yet
    const empty = (await t.api('POST', '/api/group-activities', { mode: 'shared' })).body.id as number;
    await page.goto(`${t.baseUrl}/group-activities/${empty}/2`);
    await stepIs(page, 2, empty);
    await page.locator('body').press('Escape');
    await waitText(page.getByRole('dialog'), /Avbryta gruppaktiviteten\?/);
    await page.keyboard.press('Escape'); // Escape closes the dialog: the innermost thing
    await waitFor(async () => !(await dialogOpen(page)), 'dialog closed');
    await stepIs(page, 2, empty);
    expect((await t.api('GET', `/api/group-activities/${empty}`)).body.status).toBe('draft');

    // step 3 with marked rows: Escape clears the marks, the next Escape asks
    const id = await apiDraft(t, 'perContact', 'Göteborg');
    await page.goto(`${t.baseUrl}/group-activities/${id}/3`);
    await stepIs(page, 3, id);
    const included = page.getByRole('listbox', { name: 'Ingår' });
    await included.getByRole('option').first().waitFor();
    await included.getByRole('option').nth(0).click();
    await waitText(page.locator('.wz-list-included .wz-marked'), /^1 markerad$/);
    await included.getByRole('option').nth(1).click({ modifiers: ['Shift'] });
    await waitText(page.locator('.wz-list-included .wz-marked'), /^2 markerade$/);
    await page.keyboard.press('Escape');
    await waitFor(async () => (await included.locator('[role="option"][aria-selected="true"]').count()) === 0, 'marks cleared');
    expect(await dialogOpen(page)).toBe(false);
    await page.keyboard.press('Escape');
    await waitText(page.getByRole('dialog'), /Avbryta gruppaktiviteten\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Nej, fortsätt' }).click();
    await stepIs(page, 3, id);
    expect((await t.api('GET', `/api/group-activities/${id}`)).body.status).toBe('draft');
    await page.context().close();
  }, 90_000);

  it('reads right in Swedish: singular counts, the step names, the shared-mode reason at step 4', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    const id = await apiDraft(t, 'shared', 'Kiruna');
    const all = (await t.api('GET', `/api/group-activities/${id}/contacts?side=included&limit=1000`)).body.items as { id: number }[];
    await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', contactIds: all.slice(1).map((c) => c.id) });
    await page.goto(`${t.baseUrl}/group-activities/${id}/4`);
    await stepIs(page, 4, id);
    await waitText(page.locator('.wz-summary'), new RegExp(`^1 kontakt vald · ${all.length - 1} uteslutna`));
    expect(await page.locator('.wz-steps').textContent()).toContain('1 Antal aktiviteter');
    const reason = await waitText(page.locator('#wz-reason'), /ansvarig/);
    expect(reason).not.toMatch(/fördela/i);
    await page.goto(`${t.baseUrl}/group-activities/${id}/2`);
    await waitText(page.getByTestId('selection-count'), new RegExp(`^${s.cityCounts['Kiruna']} kontakter matchar$`));
    await page.context().close();
  }, 60_000);
});
