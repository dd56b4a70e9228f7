/**
 * Failed logins are throttled per account (5 quick failures, then a lock that doubles) and per
 * client address (a higher limit), in the database: a second server process on the same database
 * refuses too. A refused attempt is a 429 with Retry-After and a clear message, never a 401 that
 * looks like a wrong password; other accounts and addresses go on as before. The server trusts
 * X-Forwarded-For here, so each test can come from its own address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { buildServer } from '../../src/http/server.js';
import { DEFAULT_SECURITY } from '../../src/http/security.js';

const PASSWORD = 'right-pass-1';

for (const kind of testKinds('login throttle')) {
  describe(`login throttle [${kind}]`, () => {
    let t: TestServer;
    let now = Date.parse('2026-12-01T09:00:00.000Z');
    const clock = { now: () => new Date(now) };
    const security = { ...DEFAULT_SECURITY, trustProxy: true };
    let userNo = 0;

    beforeAll(async () => { t = await startTestServer(kind, { clock, security }); });
    afterAll(async () => { await t?.close(); });

    async function newUser(): Promise<string> {
      const email = `user${++userNo}@example.test`;
      const r = await t.api('POST', '/api/employees', { name: `User ${userNo}`, email, password: PASSWORD });
      expect(r.status).toBe(201);
      return email;
    }
    const login = (email: string, password: string, ip: string, headers: Record<string, string> = {}, server = t.baseUrl) =>
      fetch(`${server}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
        body: JSON.stringify({ email, password }),
      }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.json() as any }));

    it('locks an account after five failures: even the right password gets 429 with Retry-After; others log in', async () => {
      const email = await newUser();
      const other = await newUser();
      for (let i = 0; i < 5; i++) {
        const r = await login(email, `wrong-${i}`, '10.0.1.1');
        expect(r.status).toBe(401);
        expect(r.body.error.message).toBe('wrong e-mail or password');
      }
      const refused = await login(email, PASSWORD, '10.0.1.2');
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe('30');
      expect(refused.body.error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: 'too many failed log-in attempts; try again in 30 seconds' });
      const sv = await login(email, PASSWORD, '10.0.1.2', { 'accept-language': 'sv' });
      expect(sv.body.error.message).toBe('för många misslyckade inloggningsförsök; försök igen om 30 sekunder');
      // another account, from the attacker's address and from another one
      expect((await login(other, PASSWORD, '10.0.1.1')).status).toBe(200);
      expect((await login(other, PASSWORD, '10.0.1.3')).status).toBe(200);
      now += 31_000;
      expect((await login(email, PASSWORD, '10.0.1.2')).status).toBe(200);
      // a success forgets the account's failures: five more tries before the next lock
      for (let i = 0; i < 5; i++) expect((await login(email, 'wrong', '10.0.1.4')).status).toBe(401);
      expect((await login(email, 'wrong', '10.0.1.4')).status).toBe(429);
    });

    it('makes the lock grow with every failure after it: 30 s, 1 min, 2 min', async () => {
      const email = await newUser();
      for (let i = 0; i < 5; i++) await login(email, 'wrong', '10.0.2.1');
      expect((await login(email, 'wrong', '10.0.2.1')).retryAfter).toBe('30');
      now += 31_000;
      expect((await login(email, 'wrong', '10.0.2.1')).status).toBe(401);
      expect((await login(email, PASSWORD, '10.0.2.1')).retryAfter).toBe('60');
      now += 61_000;
      expect((await login(email, 'wrong', '10.0.2.1')).status).toBe(401);
      const r = await login(email, PASSWORD, '10.0.2.1');
      expect([r.status, r.retryAfter]).toEqual([429, '120']);
      now += 121_000;
      expect((await login(email, PASSWORD, '10.0.2.1')).status).toBe(200);
    });

    it('treats an unknown e-mail like a known one (401, then 429), so the lock tells nothing', async () => {
      for (let i = 0; i < 5; i++) expect((await login('nobody@example.test', 'wrong', '10.0.3.1')).status).toBe(401);
      expect((await login('nobody@example.test', 'wrong', '10.0.3.1')).status).toBe(429);
    });

    it('locks one address that sprays many accounts (30 failures), not the accounts for other addresses', async () => {
      const victim = await newUser();
      for (let i = 0; i < 30; i++) expect((await login(`spray${i}@example.test`, 'wrong', '10.0.4.1')).status).toBe(401);
      const refused = await login(victim, PASSWORD, '10.0.4.1');
      expect(refused.status).toBe(429);
      expect(refused.body.error.details).toMatchObject({ scope: 'address' });
      expect(Number(refused.retryAfter)).toBe(60);
      expect((await login(victim, PASSWORD, '10.0.4.2')).status).toBe(200);
    });

    it('lets at most five of twenty parallel guesses be checked; the rest get 429', async () => {
      const email = await newUser();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(email, `guess-${i}`, `10.0.5.${i + 1}`)));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    });

    describe('a second server process on the same database', () => {
      let second: { app: FastifyInstance; database: Database; url: string };
      beforeAll(async () => {
        const database = openDatabase(t.database.url);
        const app = await buildServer({ store: createStore(database), clock, security });
        second = { app, database, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
      });
      afterAll(async () => { await second?.app.close(); await second?.database.close(); });

      it('refuses an account locked through the first one', async () => {
        const email = await newUser();
        for (let i = 0; i < 5; i++) expect((await login(email, 'wrong', '10.0.6.1')).status).toBe(401);
        const r = await login(email, PASSWORD, '10.0.6.2', {}, second.url);
        expect(r.status).toBe(429);
        expect(r.retryAfter).toBe('30');
      });
    });
  });
}
