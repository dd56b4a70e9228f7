/**
 * A card with unsaved edits is never left without asking, in Swedish in Chromium: the browser's
 * Back and a menu link are held with "Lämna utan att spara?"; "Stanna kvar" keeps what was typed,
 * "Lämna utan att spara" leaves and writes nothing; after Save, leaving does not ask; Delete (which
 * asked already) leaves without a second question. The web UI does not depend on the database, so
 * this runs on SQLite.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BROWSER_AVAILABLE, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/http.js';
import { dialogOpen, logIn, waitFor, waitText } from './wizard-ux.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

describe.skipIf(!BROWSER_AVAILABLE)('unsaved edits on a card [sqlite]', () => {
  let t: TestServer;
  let browser: Browser;
  let activityId = 0;
  let contactId = 0;

  beforeAll(async () => {
    t = await startTestServer('sqlite', { webRoot: WEB_ROOT });
    const c = await t.api('POST', '/api/contacts', { name: 'Bergs Bageri AB', city: 'Umeå' });
    expect(c.status).toBe(201);
    contactId = c.body.id;
    const a = await t.api('POST', '/api/activities', { subject: 'Ring om offerten', startAt: '2026-12-07T09:00:00.000Z', endAt: '2026-12-07T10:00:00.000Z', contactIds: [contactId] });
    expect(a.status).toBe(201);
    activityId = a.body.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('holds Back and menu links on the activity card until the user chooses', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    // in-app navigation (as a user clicks), so Back stays inside the app
    await page.goto(`${t.baseUrl}/activities`);
    await page.getByRole('link', { name: 'Ring om offerten' }).first().click();
    await page.waitForURL(new RegExp(`/activities/${activityId}$`));
    const subject = page.getByLabel('Ämne');
    await waitFor(async () => (await subject.inputValue()) === 'Ring om offerten', 'the card is loaded');

    // nothing typed: Back just goes back
    await page.goBack();
    await page.waitForURL(/\/activities$/);
    await page.goForward();
    await waitFor(async () => (await subject.inputValue()) === 'Ring om offerten', 'the card is loaded again');

    await subject.fill('Ring om den nya offerten');
    await page.goBack();

    const ask = page.getByRole('dialog');
    await waitText(ask, /Lämna utan att spara\?/);
    await screenshot(page, 'unsaved-changes-activity-card');
    await ask.getByRole('button', { name: 'Stanna kvar' }).click();
    await waitFor(async () => !(await dialogOpen(page)), 'dialog closed');
    expect(page.url()).toMatch(new RegExp(`/activities/${activityId}$`));
    expect(await subject.inputValue()).toBe('Ring om den nya offerten');

    // a menu link asks too; leaving writes nothing
    await page.getByRole('link', { name: 'Kontakter', exact: true }).click();
    await waitText(page.getByRole('dialog'), /Lämna utan att spara\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Lämna utan att spara' }).click();
    await page.waitForURL(/\/contacts$/);
    expect((await t.api('GET', `/api/activities/${activityId}`)).body.subject).toBe('Ring om offerten');

    // saved edits leave without a question
    await page.goto(`${t.baseUrl}/activities/${activityId}`);
    await waitFor(async () => (await subject.inputValue()) === 'Ring om offerten', 'the card is loaded');
    await subject.fill('Ring om offerten i januari');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await waitText(page.locator('.saved-note'), /Sparat\./);
    await page.getByRole('link', { name: 'Kontakter', exact: true }).click();
    await page.waitForURL(/\/contacts$/);
    expect(await dialogOpen(page)).toBe(false);
    expect((await t.api('GET', `/api/activities/${activityId}`)).body.subject).toBe('Ring om offerten i januari');
    await page.context().close();
  }, 120_000);

  it('a new contact typed but not saved asks before Back; saving it navigates without asking', async () => {
    const { page } = await newPage(browser);
    await logIn(page, t);
    await page.goto(`${t.baseUrl}/contacts`);
    await page.getByRole('link', { name: 'Ny kontakt' }).click();
    await page.waitForURL(/\/contacts\/new$/);
    await page.getByLabel('Namn *').fill('Nya Verkstaden AB');
    await page.goBack();
    await waitText(page.getByRole('dialog'), /Lämna utan att spara\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Stanna kvar' }).click();
    await waitFor(async () => !(await dialogOpen(page)), 'dialog closed');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.waitForURL(/\/contacts\/\d+$/);
    expect(await dialogOpen(page)).toBe(false);
    const id = Number(page.url().split('/').pop());
    expect((await t.api('GET', `/api/contacts/${id}`)).body.name).toBe('Nya Verkstaden AB');
    await page.context().close();
  }, 120_000);
});
