/**
 * The group-activity wizard in real headless Chromium over a real server: the whole wizard in
 * per-contact mode with a distribution by counts (Swedish) and in shared mode (English), the
 * two-list adjuster (double-click, marked move, move-all with and without a search), a reload in
 * the middle that resumes, Finish double-clicked creating one batch, the card copied to all, a bad
 * card value shown beside its field, and undo. Both databases. Screenshots go to test-artifacts/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollPage } from '../../bench/page-poll.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, cspViolations, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { seedWizard, type WizardSeed } from './wizard-seed.js';
import { weightedShares } from '../../src/domain/distribution/plan-distribution.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

async function logIn(page: Page, t: TestServer) {
  const r = await page.request.post(`${t.baseUrl}/api/auth/login`, { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(r.status()).toBe(200);
}

/** Waits until the locator's text matches (playwright-core has no auto-retrying expect). */
async function waitText(l: Locator, re: RegExp, timeout = 15_000): Promise<string> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = (await l.first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '';
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`text ${JSON.stringify(last)} never matched ${re}`);
}

async function waitFor(cond: () => Promise<boolean>, what: string, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) { if (await cond()) return; await new Promise((r) => setTimeout(r, 50)); }
  throw new Error(`timed out waiting for ${what}`);
}

/** The URL names the step and the frame has rendered it (navigation renders in a transition). */
const stepIs = async (page: Page, n: number) => waitFor(async () => new URL(page.url()).pathname.endsWith(`/${n}`)
  && ((await page.locator('.wz-step-title').textContent({ timeout: 1_000 }).catch(() => '')) ?? '').startsWith(`${n}.`), `step ${n}`);

for (const kind of testKinds('wizard')) {
  const tag = kind === 'sqlite' ? 'sqlite' : 'pg';
  describe.skipIf(!BROWSER_AVAILABLE)(`group-activity wizard in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let s: WizardSeed;

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      s = await seedWizard(t, 100);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('per contact: selection, adjuster, reload, distribution by counts, finish once, card, bad value, undo', async () => {
      const { page } = await newPage(browser, { locale: 'sv-SE' });
      await logIn(page, t);
      const shot = (name: string) => screenshot(page, `wizard-${tag}-${name}`);
      await page.goto(`${t.baseUrl}/group-activities`);
      await page.getByRole('link', { name: 'Ny gruppaktivitet' }).click();

      // ① mode
      const next = page.getByRole('button', { name: 'Nästa ›' });
      expect(await next.isDisabled()).toBe(true);
      await page.getByRole('radio', { name: /En aktivitet per kontakt/ }).check();
      await shot('1-mode');
      await next.click();
      await stepIs(page, 2);
      const id = Number(new URL(page.url()).pathname.split('/')[2]);

      // ② selection: Ort = Göteborg, live count
      await page.getByRole('button', { name: '+ Villkor' }).click();
      await page.getByLabel('Rad 1: Fält').selectOption({ label: 'Ort' });
      await page.getByLabel('Rad 1: Värde').fill('göteborg');
      const gbg = s.cityCounts['Göteborg'];
      await waitText(page.getByTestId('selection-count'), new RegExp(`^${gbg} kontakter matchar`));
      await waitFor(async () => (await t.api('GET', `/api/group-activities/${id}`)).body.counts.included === gbg, 'draft saved');
      await shot('2-selection');
      await next.click();
      await stepIs(page, 3);

      // ③ adjuster
      const excluded = page.getByRole('listbox', { name: 'Uteslutna' });
      const included = page.getByRole('listbox', { name: 'Ingår' });
      const inCount = page.getByTestId('included-count');
      const exCount = page.getByTestId('excluded-count');
      await waitText(inCount, new RegExp(`^${gbg}$`));
      await included.getByRole('option').first().waitFor();
      await included.getByRole('option').first().dblclick();
      await waitText(exCount, /^1$/);
      await waitText(inCount, new RegExp(`^${gbg - 1}$`));
      await included.getByRole('option').nth(1).click();
      await included.getByRole('option').nth(3).click({ modifiers: ['Shift'] });
      expect(await included.locator('[role="option"][aria-selected="true"]').count()).toBe(3);
      await page.getByRole('button', { name: 'Flytta markerade till uteslutna' }).click();
      await waitText(exCount, /^4$/);
      // keyboard marking: arrow down + Space adds a second row, then move the two (once the list
      // shows the rows left after the move)
      await pollPage(page, `() => document.querySelector('[role="listbox"][aria-label="Ingår"]')?.getAttribute('aria-busy') === 'false'`);
      await included.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Control+ArrowDown');
      await page.keyboard.press('Space');
      expect(await included.locator('[role="option"][aria-selected="true"]').count()).toBe(2);
      await page.getByRole('button', { name: 'Flytta markerade till uteslutna' }).click();
      await waitText(exCount, /^6$/);

      // a reload in the middle resumes at the same step with the same lists
      await page.reload();
      await stepIs(page, 3);
      await waitText(page.getByTestId('excluded-count'), /^6$/);
      await waitText(page.getByTestId('included-count'), new RegExp(`^${gbg - 6}$`));
      await shot('3-adjust');

      // move all (all, not a page), with a search only what matches
      await page.getByRole('button', { name: 'Flytta alla till uteslutna' }).click();
      await waitText(exCount, new RegExp(`^${gbg}$`));
      await waitText(inCount, /^0$/);
      await page.getByLabel('Sök i Uteslutna').fill('Ågrens');
      await waitText(page.locator('.wz-list-excluded .wz-list-foot'), /träffar/);
      await page.getByRole('button', { name: 'Flytta alla till ingår' }).click();
      await waitText(inCount, /^[1-9]/);
      const agrens = (await t.api('GET', `/api/group-activities/${id}/contacts?side=included&limit=1000`)).body;
      expect(agrens.total).toBeGreaterThan(0);
      expect(agrens.items.every((c: { name: string }) => c.name.startsWith('Ågrens'))).toBe(true);
      await page.getByLabel('Sök i Uteslutna').fill('');
      await waitFor(async () => !(await page.locator('.wz-list-excluded .wz-list-foot').count()), 'search cleared');
      await page.getByRole('button', { name: 'Flytta alla till ingår' }).click();
      await waitText(inCount, new RegExp(`^${gbg}$`));
      await waitText(exCount, /^0$/);
      // Ctrl-A marks the whole list, not only the rows loaded so far; › / ‹ then move them all
      await pollPage(page, `() => document.querySelector('[role="listbox"][aria-label="Ingår"]')?.getAttribute('aria-busy') === 'false'`);
      await included.focus();
      await page.keyboard.press('Control+a');
      await waitText(page.locator('.wz-list-included .wz-marked'), new RegExp(`^${gbg} markerade$`));
      await page.getByRole('button', { name: 'Flytta markerade till uteslutna' }).click();
      await waitText(exCount, new RegExp(`^${gbg}$`));
      await waitText(inCount, /^0$/);
      await page.getByRole('button', { name: 'Flytta alla till ingår' }).click();
      await waitText(inCount, new RegExp(`^${gbg}$`));
      await included.getByRole('option').first().dblclick();
      await waitText(inCount, new RegExp(`^${gbg - 1}$`));
      const N = gbg - 1;
      await next.click();
      await stepIs(page, 4);

      // ④ distribution by counts
      expect(await next.isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Fördela…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const names = await dialog.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(names).toEqual(['Anna Berg', 'Erik Lund', 'Sara Nyström']);
      const ok = dialog.getByRole('button', { name: 'OK' });
      expect(await ok.isDisabled()).toBe(true);
      await dialog.getByLabel('Ta med Anna Berg').check();
      await dialog.getByLabel('Ta med Erik Lund').check();
      // the fill buttons reach the total at once: even shares, then each contact's own manager
      await dialog.getByRole('button', { name: 'Jämnt' }).click();
      await waitText(dialog.getByTestId('dist-running'), new RegExp(`Fördelat ${N} / ${N} ✓`));
      expect(Number(await dialog.getByLabel('Antal för Anna Berg').inputValue())).toBe(Math.ceil(N / 2));
      await dialog.getByRole('button', { name: 'Egen kundansvarig' }).click();
      await waitFor(async () => !(await dialog.getByRole('button', { name: 'Jämnt' }).isDisabled()), 'own-manager fill answered');
      await waitText(dialog.getByTestId('dist-running'), new RegExp(`Fördelat ${N} / ${N} ✓`));
      // weighted: 3 : 1 by the largest-remainder method
      await dialog.getByRole('button', { name: 'Viktat…' }).click();
      await dialog.getByLabel('Vikt för Anna Berg').fill('3');
      await waitText(dialog.getByTestId('dist-running'), new RegExp(`Fördelat ${N} / ${N} ✓`));
      const annaW = weightedShares([{ employeeId: 1, weight: 3 }, { employeeId: 2, weight: 1 }], N)[0].count;
      await waitFor(async () => Number(await dialog.getByLabel('Antal för Anna Berg').inputValue()) === annaW, `weighted share ${annaW}`);
      await dialog.getByLabel('Antal för Erik Lund').fill('');
      const half = Math.ceil(N / 2);
      await dialog.getByLabel('Antal för Anna Berg').fill(String(half));
      await waitText(dialog.getByTestId('dist-running'), new RegExp(`Fördelat ${half} / ${N}`));
      expect(await ok.isDisabled()).toBe(true);
      await waitText(dialog.locator('.wz-reason'), /kvar/);
      await dialog.getByLabel('Antal för Erik Lund').fill(String(N - half));
      await waitText(dialog.getByTestId('dist-running'), new RegExp(`Fördelat ${N} / ${N} ✓`));
      await shot('4-distribute-dialog');
      expect(await ok.isDisabled()).toBe(false);
      await ok.click();
      await waitFor(async () => {
        const d = (await t.api('GET', `/api/group-activities/${id}`)).body;
        return d.distribution?.method === 'counts' && d.distribution.counts.length === 2;
      }, 'distribution saved');
      await waitText(page.locator('.wz-preview-table tbody'), new RegExp(`Anna Berg${half}`));
      await shot('4-responsible');
      await next.click();
      await stepIs(page, 5);

      // ⑤ schedule: optional, left off
      await page.getByLabel('Schemalägg aktiviteterna').waitFor();
      expect(await page.getByLabel('Schemalägg aktiviteterna').isChecked()).toBe(false);
      await shot('5-schedule');
      await next.click();
      await stepIs(page, 6);

      // ⑥ check report
      await page.locator('.wz-report tbody tr').first().waitFor();
      await waitText(page.locator('.wz-report tbody'), /VD/);
      await shot('6-check');
      for (const name of ['Skriv ut', 'Excel (CSV)']) {
        const href = await page.getByRole('link', { name }).getAttribute('href');
        const r = await page.request.get(t.baseUrl + href!);
        expect(r.status()).toBe(200);
        expect(await r.text()).toContain('Göteborg');
      }
      await next.click();
      await stepIs(page, 7);

      // ⑦ finish: a double click creates one batch
      await waitText(page.locator('.wz-summary-sentence'), new RegExp(`${N} aktiviteter skapas, en per kontakt, fördelade på 2 kundansvariga`));
      await shot('6-finish-before');
      await page.getByRole('button', { name: 'Slutför', exact: true }).dblclick();
      await waitText(page.locator('.wz-summary-sentence'), new RegExp(`${N} aktiviteter skapades, nummer \\d+–\\d+`));
      const draft = (await t.api('GET', `/api/group-activities/${id}`)).body;
      const all = (await t.api('GET', '/api/activities?limit=1000')).body;
      expect(all.items.length).toBe(N);
      expect(new Set(all.items.map((a: { batchId: number }) => a.batchId))).toEqual(new Set([draft.batchId]));
      await page.locator('.wz-created tbody tr').first().waitFor();
      await shot('6-finish-done');
      await next.click();
      await stepIs(page, 8);

      // ⑧ card: read-only links, copy to all, a hand-edited field kept, a bad value beside its field
      await waitText(page.locator('.wz-readonly-note'), /Ändras på varje aktivitet efteråt/);
      await page.getByLabel('Ämne').fill('Ring om vårerbjudandet');
      await page.getByLabel('Aktivitetstyp').selectOption({ label: 'Telefon ut' });
      const saveAll = page.getByRole('button', { name: 'Spara och kopiera till alla' });
      await saveAll.click();
      await waitText(page.locator('.wz-foot [role="status"]'), new RegExp(`kopierades till ${N} aktiviteter`));
      const acts = (await t.api('GET', `/api/activities?batchId=${draft.batchId}&limit=1000`)).body.items;
      expect(acts.every((a: { subject: string; typeId: number }) => a.subject === 'Ring om vårerbjudandet' && a.typeId === s.callType)).toBe(true);
      const edited = await t.api('PATCH', `/api/activities/${acts[0].id}`, { subject: 'Ändrad för hand' });
      expect(edited.status).toBe(200);
      await page.getByLabel('Ämne').fill('Ring om höstens erbjudande');
      await saveAll.click();
      await waitText(page.locator('.wz-foot [role="status"]'), new RegExp(`kopierades till ${N - 1} aktiviteter \\(1 hade ändrats för hand och behölls\\)`));
      await shot('7-card');
      await page.getByLabel('Start').fill('2026-12-07T10:00');
      await page.getByLabel('Slut').fill('2026-12-07T09:00');
      await saveAll.click();
      await waitText(page.locator('#wz-card-endAt-err'), /Slutet ligger före starten/);
      expect(await page.getByLabel('Slut').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Slut').inputValue()).toBe('2026-12-07T09:00');
      expect(await page.getByLabel('Ämne').inputValue()).toBe('Ring om höstens erbjudande');
      await shot('7-card-error');

      // undo the whole group, with the count in the confirmation (leaving the unsaved card asks first)
      await page.getByRole('button', { name: '7 Slutför' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Stäng utan att spara' }).click();
      await stepIs(page, 7);
      await page.getByRole('button', { name: 'Ångra hela gruppen' }).click();
      const confirm = page.getByRole('dialog');
      await waitText(confirm, new RegExp(`${N} aktiviteter`));
      await shot('6-undo-confirm');
      await confirm.getByRole('button', { name: `Ta bort ${N} aktiviteter` }).click();
      await waitText(page.locator('.wz-finish [role="status"]'), new RegExp(`ångrad: de ${N} aktiviteterna \\(nummer \\d+–\\d+\\) är borttagna`));
      expect((await t.api('GET', `/api/activities?batchId=${draft.batchId}`)).body.items).toEqual([]);
      await page.context().close();
    }, 240_000);

    it('shared, in English: one activity for every contact, responsible from the drop-down, card with employees', async () => {
      const { page } = await newPage(browser, { locale: 'en-GB' });
      await logIn(page, t);
      const shot = (name: string) => screenshot(page, `wizard-${tag}-en-${name}`);
      await page.goto(`${t.baseUrl}/group-activities/new/1`);
      await page.getByRole('radio', { name: /One shared activity/ }).check();
      const next = page.getByRole('button', { name: 'Next ›' });
      await next.click();
      await stepIs(page, 2);
      await page.getByRole('button', { name: '+ Condition' }).click();
      await page.getByLabel('Row 1: Field').selectOption({ label: 'City' });
      await page.getByLabel('Row 1: Value').fill('Malmö');
      await page.getByRole('button', { name: '+ Condition' }).first().click();
      await page.getByLabel('Row 2: Field').selectOption({ label: 'Turnover' });
      await page.getByLabel('Row 2: Condition').selectOption({ label: 'between' });
      await page.getByLabel('Row 2: From').fill('1,000,000');
      await page.getByLabel('Row 2: To').fill('3,000,000');
      const expected = Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 5 === 1 && (i % 50) + 1 >= 10 && (i % 50) + 1 <= 30).length;
      await waitText(page.getByTestId('selection-count'), new RegExp(`^${expected} contacts? match`));
      // a group holding a relation row ("has none where type = Besök"), then removed again
      await page.getByRole('button', { name: '+ Group' }).click();
      await page.getByLabel('Row 3.1: Field').selectOption({ label: 'Activities' });
      await page.getByLabel('Row 3.1: Condition').selectOption({ label: 'has none where' });
      await page.getByLabel('Row 3.1.1: Field').selectOption({ label: 'Type' });
      await page.getByLabel('Row 3.1.1: Value').selectOption({ label: 'Besök' });
      await waitFor(async () => JSON.stringify((await t.api('GET', `/api/group-activities/${new URL(page.url()).pathname.split('/')[2]}`)).body.selection).includes('"none"'), 'group saved');
      await shot('2-selection-group');
      await page.getByLabel('Group 3: Remove group').click();
      await waitText(page.getByTestId('selection-count'), new RegExp(`^${expected} contacts? match`));
      // a saved selection: save under a name, it appears in the drop-down
      await page.getByRole('button', { name: 'Save as…' }).click();
      await page.getByLabel('Name of the selection').fill('Malmö, mid-size');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await waitText(page.locator('.wz-saved [role="status"]'), /“Malmö, mid-size” was saved/);
      await waitFor(async () => (await page.getByLabel('Saved selections').locator('option', { hasText: 'Malmö, mid-size' }).count()) === 1, 'saved selection listed');
      await shot('2-selection');
      // Escape asks before cancelling a draft with choices in it; "No" keeps everything
      await page.locator('body').press('Escape');
      const ask = page.getByRole('dialog');
      await waitText(ask, /Cancel the group activity\?/);
      await ask.getByRole('button', { name: 'No, go on' }).click();
      await waitFor(async () => (await page.getByRole('dialog').count()) === 0 || !(await page.getByRole('dialog').isVisible()), 'dialog closed');
      await stepIs(page, 2);
      await next.click();
      await stepIs(page, 3);
      await page.getByRole('listbox', { name: 'Included' }).getByRole('option').first().waitFor();
      expect(await page.getByRole('button', { name: 'Move all to excluded' }).count()).toBe(1);
      const included = Number(await page.getByTestId('included-count').textContent());
      expect(included).toBeGreaterThan(0);
      await shot('3-adjust');
      await next.click();
      await stepIs(page, 4);
      expect(await page.getByRole('button', { name: 'Distribute…' }).count()).toBe(0);
      await page.getByLabel('Responsible').selectOption({ label: 'Sara Nyström' });
      await waitFor(async () => !(await next.isDisabled()), 'responsible saved');
      await next.click();
      await stepIs(page, 5);
      await next.click();
      await stepIs(page, 6);
      // Enter = Next when no control has the focus
      await page.evaluate('document.activeElement && document.activeElement.blur()');
      await page.keyboard.press('Enter');
      await stepIs(page, 7);
      await waitText(page.locator('.wz-summary-sentence'), new RegExp(`1 activity will be created, shared by ${included} contacts`));
      await page.getByRole('button', { name: 'Finish', exact: true }).click();
      await waitText(page.locator('.wz-summary-sentence'), /Activity number \d+ was created/);
      await shot('6-finish-done');
      await next.click();
      await stepIs(page, 8);
      await page.getByLabel('Olle Holm').check();
      await page.getByLabel('Subject').fill('Seminar in Malmö');
      await page.getByRole('button', { name: 'Save and copy to all' }).click();
      await waitText(page.locator('.wz-foot [role="status"]'), /copied to 1 activity\./);
      const id = Number(new URL(page.url()).pathname.split('/')[2]);
      const d = (await t.api('GET', `/api/group-activities/${id}`)).body;
      const [act] = (await t.api('GET', `/api/activities?batchId=${d.batchId}`)).body.items;
      expect(act.subject).toBe('Seminar in Malmö');
      expect(act.employeeIds).toContain(s.olle);
      expect(act.contactIds.length).toBe(included);
      expect(act.responsibleId).toBe(s.sara);
      await shot('7-card');

      // an open draft is listed under "Continue where you left off" and resumes at its step
      const open = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body;
      await t.api('PATCH', `/api/group-activities/${open.id}`, { selection: { match: [{ field: 'city', condition: 'eq', value: 'Kiruna' }] } });
      await page.goto(`${t.baseUrl}/group-activities`);
      const resume = page.getByRole('link', { name: new RegExp(`#${open.id}`) });
      await resume.waitFor();
      await shot('0-drafts');
      await resume.click();
      await stepIs(page, 3);
      await page.getByRole('listbox', { name: 'Included' }).getByRole('option').first().waitFor();
      await page.context().close();
    }, 180_000);

    it('met no Content-Security-Policy violation on any page it used', () => {
      expect(cspViolations).toEqual([]);
    });
  });
}
