/** Small waits and set-ups shared by the wizard's browser tests (playwright-core has no auto-retrying expect). */
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { seedWizard, type WizardSeed } from './wizard-seed.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

/** A SQLite server over the built web app with the wizard's seed of `contacts` contacts, and Chromium: a suite's beforeAll. */
export async function startWizardSuite(contacts: number): Promise<{ t: TestServer; s: WizardSeed; browser: Browser }> {
  const t = await startTestServer('sqlite', { webRoot: WEB_ROOT });
  try {
    const s = await seedWizard(t, contacts);
    return { t, s, browser: await launchBrowser() };
  } catch (e) {
    await t.close();
    throw e;
  }
}

/** The suite's afterAll: closes what `startWizardSuite` opened (either may be missing if it failed). */
export async function stopWizardSuite(t: TestServer | undefined, browser: Browser | undefined) {
  await browser?.close();
  await t?.close();
}

export async function logIn(page: Page, t: TestServer) {
  const r = await page.request.post(`${t.baseUrl}/api/auth/login`, { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(r.status()).toBe(200);
}

/** Waits until the locator's text matches. */
export async function waitText(l: Locator, re: RegExp, timeout = 15_000): Promise<string> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = (await l.first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '';
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`text ${JSON.stringify(last)} never matched ${re}`);
}

export async function waitFor(cond: () => Promise<boolean>, what: string, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) { if (await cond()) return; await new Promise((r) => setTimeout(r, 50)); }
  throw new Error(`timed out waiting for ${what}`);
}

/** The URL names the step and the frame has rendered it. */
export const stepIs = async (page: Page, n: number, id?: number) => waitFor(async () => {
  const p = new URL(page.url()).pathname;
  return p.endsWith(`/${n}`) && (id === undefined || p.startsWith(`/group-activities/${id}/`))
    && ((await page.locator('.wz-step-title').textContent({ timeout: 1_000 }).catch(() => '')) ?? '').startsWith(`${n}.`);
}, `step ${n}`);

/** True while a modal dialog is open. */
export const dialogOpen = (page: Page) => page.evaluate('!!document.querySelector("dialog[open]")') as Promise<boolean>;

/** A draft over the API: mode, selection, and optionally a responsible and moves. */
export async function apiDraft(t: TestServer, mode: 'shared' | 'perContact', city: string, patch: Record<string, unknown> = {}): Promise<number> {
  const id = (await t.api('POST', '/api/group-activities', { mode })).body.id as number;
  const r = await t.api('PATCH', `/api/group-activities/${id}`, { selection: { match: [{ field: 'city', condition: 'eq', value: city }] }, ...patch });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return id;
}

/** A finished group over the API. */
export async function apiFinished(t: TestServer, mode: 'shared' | 'perContact', city: string, responsibleId: number) {
  const id = await apiDraft(t, mode, city, { responsibleId });
  const r = await t.api('POST', `/api/group-activities/${id}/finish`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { id, batchId: r.body.batchId as number, count: r.body.activityCount as number };
}
