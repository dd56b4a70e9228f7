/**
 * Cross-site requests and security headers over real HTTP on both databases. A page of another
 * site (another port of localhost is "same site" to the browser, so SameSite=Lax still sends the
 * cookie) must not make a logged-in browser change anything: a cookie-authenticated request whose
 * Origin or Sec-Fetch-Site is foreign is refused, and a body that is not JSON never reaches a
 * route. Bearer-token calls (scripts) are unaffected. Every answer carries the security headers.
 * The same attack from a real browser page is in test/e2e/security.test.ts.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, describeEachServer, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { cityIs, seedContacts, seedEmployees, seedTypes } from './group-activities-fixtures.js';
import { DEFAULT_SECURITY } from '../../src/http/security.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const EVIL = 'http://localhost:3299';

async function newDraft(t: TestServer, employeeId: number): Promise<number> {
  const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
  const r = await t.api('PATCH', `/api/group-activities/${id}`, { selection: cityIs('Lund'), distribution: { method: 'counts', counts: [{ employeeId, count: 3 }] } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return id;
}

describeEachServer('cross-site requests', (t) => {
  let cookie: string;
  let employeeId: number;
  const own = () => t.baseUrl; // http://127.0.0.1:<port>, the Host the requests carry
  const send = (method: string, p: string, headers: Record<string, string>, body?: string) =>
    fetch(t.baseUrl + p, { method, headers, body }).then(async (r) => ({ status: r.status, body: await r.json().catch(() => undefined) as any }));
  const status = async (id: number) => (await t.api('GET', `/api/group-activities/${id}`)).body.status;

  beforeAll(async () => {
    const { db } = t.database;
    [employeeId] = await seedEmployees(db, [{ name: 'Anna' }]) as [number];
    await seedContacts(db, [1, 2, 3].map((i) => ({ number: 100 + i, name: `Lund ${i}`, city: 'Lund' })));
    await seedTypes(db);
    const r = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }) });
    cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  });

  it('refuses a cookie-authenticated finish whose Origin is another site, and finishes nothing', async () => {
    const id = await newDraft(t, employeeId);
    const r = await send('POST', `/api/group-activities/${id}/finish`, { cookie, origin: EVIL });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 'FORBIDDEN', message: 'cross-site request refused' });
    expect(await status(id)).toBe('draft');
  });

  it('refuses by Sec-Fetch-Site when there is no Origin, and an opaque "null" origin', async () => {
    const id = await newDraft(t, employeeId);
    expect((await send('POST', `/api/group-activities/${id}/finish`, { cookie, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await send('POST', `/api/group-activities/${id}/finish`, { cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await send('POST', `/api/group-activities/${id}/finish`, { cookie, origin: 'null' })).status).toBe(403);
    expect((await send('DELETE', `/api/group-activities/${id}`, { cookie, origin: EVIL })).status).toBe(403);
    expect(await status(id)).toBe('draft');
  });

  it('refuses a login posted from another site (login CSRF)', async () => {
    const r = await send('POST', '/api/auth/login', { 'content-type': 'application/json', origin: EVIL }, JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }));
    expect(r.status).toBe(403);
  });

  it('refuses form bodies (text/plain, url-encoded, multipart) with 415, cookie or bearer, and writes nothing', async () => {
    const before = (await t.api('GET', '/api/contacts?limit=1000')).body.items.length;
    const json = JSON.stringify({ name: 'Planted AB' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      for (const auth of [{ cookie, origin: own() }, { authorization: `Bearer ${t.adminToken}` }] as Array<Record<string, string>>) {
        const r = await send('POST', '/api/contacts', { ...auth, 'content-type': type }, json);
        expect(r.status, type).toBe(415);
        expect(r.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type' });
      }
    }
    const id = await newDraft(t, employeeId);
    expect((await send('POST', `/api/group-activities/${id}/finish`, { cookie, origin: own(), 'content-type': 'text/plain' }, 'x=1')).status).toBe(415);
    expect(await status(id)).toBe('draft');
    expect((await t.api('GET', '/api/contacts?limit=1000')).body.items.length).toBe(before);
  });

  it('lets the app itself (same origin, JSON) and scripts with a bearer token (any origin) through', async () => {
    const created = await send('POST', '/api/contacts', { cookie, origin: own(), 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, JSON.stringify({ name: 'Own AB' }));
    expect(created.status).toBe(201);
    const id = await newDraft(t, employeeId);
    const finished = await send('POST', `/api/group-activities/${id}/finish`, { authorization: `Bearer ${t.adminToken}`, origin: EVIL });
    expect(finished.status).toBe(200);
    // reading is not changing: a foreign page's GET gets nothing it can read (no CORS), so it is not refused here
    expect((await send('GET', '/api/auth/me', { cookie, origin: EVIL })).status).toBe(200);
  });
});

for (const kind of testKinds('security headers')) {
  describe(`security headers [${kind}]`, () => {
    let t: TestServer;
    beforeAll(async () => { t = await startTestServer(kind, { webRoot: WEB_ROOT }); });
    afterAll(async () => { await t?.close(); });

    function expectHeaders(h: Headers, where: string) {
      const csp = h.get('content-security-policy') ?? '';
      for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) expect(csp, `${where}: ${d}`).toContain(d);
      expect(csp, where).not.toContain('unsafe-inline');
      expect(csp, where).not.toContain('upgrade-insecure-requests');
      expect(h.get('x-content-type-options'), where).toBe('nosniff');
      expect(h.get('referrer-policy'), where).toBe('same-origin');
      expect(h.get('x-frame-options'), where).toBe('DENY');
      expect(h.get('strict-transport-security'), where).toBeNull();
    }

    it('sends them on pages, API answers, errors and 404s; API answers are never cached', async () => {
      for (const [p, token] of [['/', null], ['/contacts/5', null], ['/api/health', null], ['/api/contacts', t.adminToken], ['/api/contacts', null], ['/api/nope', t.adminToken]] as const) {
        const r = await t.api('GET', p, undefined, { token });
        expectHeaders(r.headers, p);
        if (p.startsWith('/api/')) expect(r.headers.get('cache-control'), p).toBe('no-store');
      }
      const refused = await t.api('POST', '/api/contacts', {}, { token: null, headers: { origin: EVIL } });
      expectHeaders(refused.headers, 'refused');
    });

    it('gives the report print view a policy without any script, allowing only its inline styles', async () => {
      const r = await t.api('GET', '/api/activities/report?format=html');
      expect(r.status).toBe(200);
      const csp = r.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("style-src 'unsafe-inline'");
      expect(csp).not.toContain('script-src');
      expect(r.headers.get('cache-control')).toBe('no-store');
    });

    it('adds upgrade-insecure-requests and HSTS only when served over HTTPS (--secure-cookies)', async () => {
      const secure = await startTestServer(kind, { security: { ...DEFAULT_SECURITY, secureCookies: true } });
      try {
        const r = await secure.api('GET', '/api/health');
        expect(r.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
        expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        // behind a proxy that ends TLS, the browser's origin is https://<host>
        const host = new URL(secure.baseUrl).host;
        const login = (origin: string) => secure.api('POST', '/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, { token: null, headers: { origin } });
        expect((await login(`https://${host}`)).status).toBe(200);
        expect((await login(`http://${host}`)).status).toBe(403);
      } finally {
        await secure.close();
      }
    });
  });
}
