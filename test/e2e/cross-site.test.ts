/**
 * The CSRF attack of the security probe, done as an attacker would, in real Chromium: the victim is
 * logged in to Kontakta on http://localhost:<port>; a page on another port of the same host (the
 * same *site* to the browser, so the SameSite=Lax cookie goes along) auto-submits a
 * `<form enctype="text/plain">` to finish a draft and to plant a contact, and fires
 * `fetch(…, { mode: 'no-cors', credentials: 'include' })` at a second draft. Nothing may change;
 * the browser's requests must have reached the server and been refused. Both databases.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollPage } from '../../bench/page-poll.js';
import type { Browser } from 'playwright-core';
import { BROWSER_AVAILABLE, cspViolations, launchBrowser, newPage } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { cityIs, seedContacts, seedEmployees, seedTypes } from '../http/group-activities-fixtures.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

/** The attacker's page: nothing but a form that submits itself and a fetch, as in the probe. */
function attackerPage(victim: string, formDraft: number, fetchDraft: number): string {
  return `<!doctype html><html><body>
<iframe name="sink1" style="display:none"></iframe><iframe name="sink2" style="display:none"></iframe>
<form id="finish" method="POST" action="${victim}/api/group-activities/${formDraft}/finish" enctype="text/plain" target="sink1">
  <input name='{"x":"' value='"}'>
</form>
<form id="plant" method="POST" action="${victim}/api/contacts" enctype="text/plain" target="sink2">
  <input name='{"name":"Planted AB","notes":"' value='"}'>
</form>
<script>
  const done = [];
  document.getElementById('finish').submit();
  document.getElementById('plant').submit();
  fetch('${victim}/api/group-activities/${fetchDraft}/finish', { method: 'POST', mode: 'no-cors', credentials: 'include' })
    .then(() => done.push('fetch'), () => done.push('fetch-error'));
  fetch('${victim}/api/contacts', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{"name":"Planted by fetch AB"}' })
    .then(() => done.push('fetch2'), () => done.push('fetch2-error'));
  window.attackDone = done;
</script></body></html>`;
}

for (const kind of testKinds('cross-site attack in Chromium')) {
  describe.skipIf(!BROWSER_AVAILABLE)(`cross-site attack in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let attacker: http.Server;
    let victim: string;
    let attackerUrl: string;
    let drafts: [number, number];

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      victim = t.baseUrl.replace('127.0.0.1', 'localhost');
      const { db } = t.database;
      const [anna] = await seedEmployees(db, [{ name: 'Anna' }]);
      await seedContacts(db, [1, 2, 3].map((i) => ({ number: 500 + i, name: `Lund ${i}`, city: 'Lund' })));
      await seedTypes(db);
      const draft = async () => {
        const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
        const r = await t.api('PATCH', `/api/group-activities/${id}`, { selection: cityIs('Lund'), distribution: { method: 'counts', counts: [{ employeeId: anna, count: 3 }] } });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        return id;
      };
      drafts = [await draft(), await draft()];
      attacker = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(attackerPage(victim, drafts[0], drafts[1]));
      });
      await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
      attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise((r) => attacker?.close(r));
      await t?.close();
    });

    it('finishes no draft and plants no contact from a page on another port, though the cookie went along', async () => {
      const { page } = await newPage(browser);
      // The victim logs in through the app itself.
      await page.goto(`${victim}/login`);
      await page.getByLabel(/^(E-post|E-mail)$/).fill(ADMIN_EMAIL);
      await page.getByLabel(/^(Lösenord|Password)$/).fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      const cookies = await page.context().cookies(victim);
      // (the request interception above does not see cookies; the context holding it is what matters)
      expect(cookies.map((c) => c.name)).toContain('kontakta_session');

      // Then visits the attacker's page, which attacks at once.
      // What the browser sent, and what became of it: a status, or blocked by the answer's
      // Cross-Origin-Resource-Policy / frame-ancestors (then the server answered as well).
      const sent: Array<{ url: string; cookie: boolean; outcome: Promise<string> }> = [];
      page.on('request', (req) => {
        if (req.method() !== 'POST' || !req.url().startsWith(victim)) return;
        const outcome = new Promise<string>((resolve) => {
          page.on('response', (r) => { if (r.request() === req) resolve(String(r.status())); });
          page.on('requestfailed', (r) => { if (r === req) resolve(r.failure()?.errorText ?? 'failed'); });
          setTimeout(() => resolve('no answer seen'), 10_000);
        });
        sent.push({ url: new URL(req.url()).pathname, cookie: /kontakta_session=/.test(req.headers().cookie ?? ''), outcome });
      });
      await page.goto(attackerUrl);
      await pollPage(page, 'window.attackDone && window.attackDone.length === 2', 15_000);
      for (let i = 0; i < 100 && sent.length < 4; i++) await new Promise((r) => setTimeout(r, 50));

      // Every attack went out with the victim's cookie…
      expect(sent.map((r) => r.url).sort()).toEqual([
        '/api/contacts', '/api/contacts', `/api/group-activities/${drafts[0]}/finish`, `/api/group-activities/${drafts[1]}/finish`,
      ].sort());
      const outcomes = await Promise.all(sent.map((r) => r.outcome));
      expect(outcomes.every((o) => /^(403|415)$|ERR_BLOCKED_BY_RESPONSE/.test(o)), outcomes.join(', ')).toBe(true);
      // …and changed nothing.
      for (const id of drafts) expect((await t.api('GET', `/api/group-activities/${id}`)).body.status).toBe('draft');
      const planted = await t.api('GET', '/api/contacts?q=Planted');
      expect(planted.body.items).toEqual([]);
      // The victim's own app still works with the same session.
      expect((await page.request.get(`${victim}/api/auth/me`)).status()).toBe(200);
    });

    it('shows the report print view under its own policy without a violation', async () => {
      const { page } = await newPage(browser);
      await page.request.post(`${victim}/api/auth/login`, { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
      await page.goto(`${victim}/api/activities/report?format=html`);
      // its inline styles apply: the page is laid out in points, not as unstyled text
      expect(await page.evaluate('getComputedStyle(document.body).fontFamily')).not.toBe('');
      expect(await page.locator('style').count()).toBeGreaterThan(0);
    });

    it('met no Content-Security-Policy violation in the app', () => {
      // (the attacker's page meets frame-ancestors refusals of its hidden frames: that is the policy working)
      expect(cspViolations.filter((v) => v.startsWith(victim))).toEqual([]);
    });

    it('blocks script injected into the app (and the watcher above would have seen a violation)', async () => {
      const { page } = await newPage(browser);
      await page.goto(`${victim}/login`);
      const before = cspViolations.length;
      await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s);
        const f = document.createElement('script'); f.src = 'http://localhost:1/evil.js'; document.body.append(f); })()`);
      await expect.poll(() => cspViolations.length - before).toBeGreaterThanOrEqual(2);
      expect(await page.evaluate('window.injected')).toBeUndefined();
      cspViolations.splice(before);
    });
  });
}
