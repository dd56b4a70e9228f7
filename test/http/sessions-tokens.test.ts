/**
 * Revocation and lifetimes of sessions and API tokens: a password change (own or by an
 * administrator) ends every other session and token of that user; deactivation ends them all and
 * reactivation revives none; tokens have a name, an optional expiry and a last-used time and can
 * be listed and revoked (administrators: everybody's; users: their own); logout with a bearer token
 * revokes it; sessions end after the idle and the absolute lifetime; the cookie is HttpOnly,
 * SameSite=Lax and Secure over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { DEFAULT_SECURITY, type SecurityOptions } from '../../src/http/security.js';

const HOUR = 3_600_000;

for (const kind of testKinds('sessions and tokens')) {
  describe(`sessions and tokens [${kind}]`, () => {
    let t: TestServer;
    let now = Date.parse('2026-12-01T08:00:00.000Z');
    const clock = { now: () => new Date(now) };
    let userNo = 0;

    beforeAll(async () => { t = await startTestServer(kind, { clock }); });
    afterAll(async () => { await t?.close(); });

    async function newUser(password = 'first-pass-1'): Promise<{ id: number; email: string }> {
      const email = `person${++userNo}@example.test`;
      const r = await t.api('POST', '/api/employees', { name: `Person ${userNo}`, email, password });
      expect(r.status).toBe(201);
      return { id: r.body.id, email };
    }
    async function cookieLogin(email: string, password = 'first-pass-1', baseUrl = t.baseUrl, headers: Record<string, string> = {}) {
      const r = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, password }),
      });
      expect(r.status).toBe(200);
      const setCookie = r.headers.get('set-cookie')!;
      return { cookie: setCookie.split(';')[0]!, setCookie };
    }
    const me = (auth: { cookie?: string; token?: string }) =>
      t.api('GET', '/api/auth/me', undefined, { token: auth.token ?? null, headers: auth.cookie ? { cookie: auth.cookie } : {} }).then((r) => r.status);
    const tokenFor = (employeeId: number, opts: { name?: string; expiresAt?: string } = {}) =>
      createApiToken(t.store, clock, { employeeId, ...opts });

    it('ends the other sessions and tokens when users change their own password, keeping the one used', async () => {
      const u = await newUser();
      const laptop = await cookieLogin(u.email);
      const phone = await cookieLogin(u.email);
      const script = await tokenFor(u.id, { name: 'nightly export' });
      const r = await t.api('POST', '/api/auth/password', { currentPassword: 'first-pass-1', newPassword: 'second-pass-2' }, { token: null, headers: { cookie: laptop.cookie } });
      expect(r.status).toBe(200);
      expect(await me({ cookie: laptop.cookie })).toBe(200);
      expect(await me({ cookie: phone.cookie })).toBe(401);
      expect(await me({ token: script })).toBe(401);
    });

    it('ends every session and token of a user whose password an administrator sets', async () => {
      const u = await newUser();
      const session = await cookieLogin(u.email);
      const script = await tokenFor(u.id);
      expect(await me({ cookie: session.cookie })).toBe(200);
      expect((await t.api('PATCH', `/api/employees/${u.id}`, { password: 'set-by-admin-1' })).status).toBe(200);
      expect(await me({ cookie: session.cookie })).toBe(401);
      expect(await me({ token: script })).toBe(401);
      // the administrator's own token is not the user's: it keeps working
      expect(await me({ token: t.adminToken })).toBe(200);
    });

    it('ends them for good on deactivation: reactivating the employee revives none', async () => {
      const u = await newUser();
      const session = await cookieLogin(u.email);
      const script = await tokenFor(u.id);
      expect((await t.api('DELETE', `/api/employees/${u.id}`)).status).toBe(200);
      expect((await t.api('PATCH', `/api/employees/${u.id}`, { active: true })).status).toBe(200);
      expect(await me({ cookie: session.cookie })).toBe(401);
      expect(await me({ token: script })).toBe(401);
      const left = await t.api('GET', `/api/auth/tokens?employeeId=${u.id}`);
      expect(left.body.items).toEqual([]);
    });

    it('revokes the bearer token a logout comes with, and says so', async () => {
      const u = await newUser();
      const script = await tokenFor(u.id);
      const out = await t.api('POST', '/api/auth/logout', undefined, { token: script });
      expect(out.body).toEqual({ ok: true, revoked: 'token' });
      expect(await me({ token: script })).toBe(401);
      const session = await cookieLogin(u.email);
      const end = await t.api('POST', '/api/auth/logout', undefined, { token: null, headers: { cookie: session.cookie } });
      expect(end.body).toEqual({ ok: true, revoked: 'session' });
      expect(await me({ cookie: session.cookie })).toBe(401);
    });

    it('lists tokens with name, expiry and last use: users their own, administrators everybody\'s', async () => {
      const a = await newUser();
      const b = await newUser();
      const expiresAt = new Date(now + 30 * 24 * HOUR).toISOString();
      const aToken = await tokenFor(a.id, { name: 'CRM sync', expiresAt });
      await tokenFor(b.id, { name: 'B script' });
      expect(await me({ token: aToken })).toBe(200);
      // last use is written after the answer, without holding the request
      let mine: any;
      for (let i = 0; i < 50; i++) {
        mine = await t.api('GET', '/api/auth/tokens', undefined, { token: aToken });
        if (mine.body.items[0]?.lastUsedAt) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(mine.status).toBe(200);
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.items[0]).toMatchObject({
        kind: 'api', employeeId: a.id, name: 'CRM sync', expiresAt, lastUsedAt: new Date(now).toISOString(), current: true,
      });
      expect(JSON.stringify(mine.body)).not.toContain(aToken);
      // a user cannot look at someone else's tokens, even by asking for them
      const asked = await t.api('GET', `/api/auth/tokens?employeeId=${b.id}`, undefined, { token: aToken });
      expect(asked.body.items.every((i: any) => i.employeeId === a.id)).toBe(true);
      const all = await t.api('GET', '/api/auth/tokens?kind=api&limit=1000');
      const owners = new Set(all.body.items.map((i: any) => i.employeeId));
      expect(owners.has(a.id) && owners.has(b.id)).toBe(true);
      const bOnly = await t.api('GET', `/api/auth/tokens?employeeId=${b.id}`);
      expect(bOnly.body.items.map((i: any) => i.name)).toEqual(['B script']);
    });

    it('revokes by id: users their own (someone else\'s is 404), administrators anyone\'s', async () => {
      const a = await newUser();
      const b = await newUser();
      const aToken = await tokenFor(a.id, { name: 'a' });
      const aSecond = await tokenFor(a.id, { name: 'a2' });
      const bToken = await tokenFor(b.id, { name: 'b' });
      const list = async (token: string) => (await t.api('GET', '/api/auth/tokens', undefined, { token })).body.items;
      const [bInfo] = await list(bToken);
      const aInfos = await list(aToken);
      expect((await t.api('DELETE', `/api/auth/tokens/${bInfo.id}`, undefined, { token: aToken })).status).toBe(404);
      expect(await me({ token: bToken })).toBe(200);
      const second = aInfos.find((i: any) => i.name === 'a2');
      expect((await t.api('DELETE', `/api/auth/tokens/${second.id}`, undefined, { token: aToken })).status).toBe(200);
      expect(await me({ token: aSecond })).toBe(401);
      expect((await t.api('DELETE', `/api/auth/tokens/${bInfo.id}`)).status).toBe(200);
      expect(await me({ token: bToken })).toBe(401);
      expect((await t.api('DELETE', `/api/auth/tokens/${bInfo.id}`)).status).toBe(404);
    });

    it('stops an API token at its expiry', async () => {
      const u = await newUser();
      const token = await tokenFor(u.id, { expiresAt: new Date(now + HOUR).toISOString() });
      expect(await me({ token })).toBe(200);
      now += HOUR + 1000;
      expect(await me({ token })).toBe(401);
    });

    it('ends a session after 8 idle hours, and 14 days after the login however busy', async () => {
      const u = await newUser();
      const loginAt = now;
      const session = await cookieLogin(u.email);
      const idle = await cookieLogin(u.email);
      now += 7 * HOUR;
      expect(await me({ cookie: idle.cookie })).toBe(200);
      await waitForLastUse(idle.cookie);
      now += 8 * HOUR + 2 * 60_000;
      expect(await me({ cookie: idle.cookie })).toBe(401);
      // used every 7 hours: alive until 14 days after the login, not a second longer
      now = loginAt;
      while (now + 7 * HOUR < loginAt + 14 * 24 * HOUR) {
        now += 7 * HOUR;
        expect(await me({ cookie: session.cookie })).toBe(200);
        // the last-used time lands after the answer; wait for it before moving the clock on
        await waitForLastUse(session.cookie);
      }
      now = loginAt + 14 * 24 * HOUR + 1000;
      expect(await me({ cookie: session.cookie })).toBe(401);
    });

    async function waitForLastUse(cookie: string) {
      const expected = new Date(now).toISOString();
      for (let i = 0; i < 100; i++) {
        const r = await t.api('GET', '/api/auth/tokens?kind=session', undefined, { token: null, headers: { cookie } });
        if (r.body.items.find((x: any) => x.current)?.lastUsedAt === expected) return;
        await new Promise((res) => setTimeout(res, 20));
      }
      throw new Error('last use was not recorded');
    }

    it('sends the cookie HttpOnly and SameSite=Lax, not Secure over plain http by default', async () => {
      const { setCookie } = await cookieLogin(ADMIN_EMAIL, ADMIN_PASSWORD);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(setCookie).not.toMatch(/Secure/i);
      expect(setCookie).toMatch(/Max-Age=1209600/);
      // an X-Forwarded-Proto from anyone is not believed without --trust-proxy
      const forged = await cookieLogin(ADMIN_EMAIL, ADMIN_PASSWORD, t.baseUrl, { 'x-forwarded-proto': 'https' });
      expect(forged.setCookie).not.toMatch(/Secure/i);
    });

    for (const [title, security, headers] of [
      ['with --secure-cookies', { ...DEFAULT_SECURITY, secureCookies: true }, {}],
      ['behind a trusted proxy that says https', { ...DEFAULT_SECURITY, trustProxy: true }, { 'x-forwarded-proto': 'https' }],
    ] as Array<[string, SecurityOptions, Record<string, string>]>) {
      it(`marks the cookie Secure ${title}`, async () => {
        const other = await startTestServer(kind, { security });
        try {
          const { setCookie } = await cookieLogin(ADMIN_EMAIL, ADMIN_PASSWORD, other.baseUrl, headers);
          expect(setCookie).toMatch(/; Secure/i);
          expect(setCookie).toMatch(/HttpOnly/i);
        } finally {
          await other.close();
        }
      });
    }
  });
}
