/**
 * Another user's everyday reads — a page of the contact list, `auth/me`, a calendar week — are
 * answered while a finish writes its activities, on both databases (SQLite: the reader connection
 * and the finish letting the event loop run between its phases; PostgreSQL: MVCC and the pool).
 * The server runs in a process of its own, as in production, so the reads are sent while the
 * finish runs rather than whenever this process's event loop gets a turn.
 * No timing: a read counts when the finish was still running after it came back (the finish's
 * response had not arrived); at least one must. When a finish holds every request again (one
 * connection for everything, no yield), each read waits for the finish's end and this fails.
 * The figures (p99, max, count per write) are in `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKinds } from '../support/databases.js';
import { createTarget, type Target } from '../../bench/targets.js';
import { startServerProcess, type ServerProcess } from '../../bench/server-process.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { cityIs, seedContacts, seedEmployees, seedPrimaryPersons, type ContactSpec } from './group-activities-fixtures.js';

const CONTACTS = 6000;
const READS = [
  ['contact list', '/api/contacts?limit=50&city=Luleå&sort=name'],
  ['auth/me', '/api/auth/me'],
  ['calendar week', '/api/calendar?from=2026-12-07T00:00:00.000Z&to=2026-12-14T00:00:00.000Z'],
] as const;

for (const kind of testKinds('reads by another user during a finish')) {
  describe(`reads by another user during a finish [${kind}]`, () => {
    let target: Target;
    let srv: ServerProcess;
    let am: number[] = [];
    let admin = '';
    let colleague = '';
    const api = async (token: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(srv.url + path, {
        method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() as any };
    };

    beforeAll(async () => {
      target = await createTarget(kind, 'reads');
      srv = await startServerProcess(target.url, 'admin@example.test');
      const database = await target.open();
      const store = createStore(database);
      am = await seedEmployees(database.db, [{ name: 'Anna' }, { name: 'Bertil' }, { name: 'Cecilia' }]);
      const adminId = (await store.auth.findCredentialsByEmail('admin@example.test'))!.employee.id;
      admin = await createApiToken(store, systemClock, { employeeId: adminId });
      colleague = await createApiToken(store, systemClock, { employeeId: am[2]!, name: 'kollega' });
      const specs: ContactSpec[] = Array.from({ length: CONTACTS }, (_, i) => ({ number: 50001 + i, name: `Bolag ${i}`, city: 'Luleå', postal_code: `97${i % 10} 00` }));
      await seedPrimaryPersons(database.db, [...(await seedContacts(database.db, specs)).values()]);
    }, 120_000);

    afterAll(async () => {
      await srv?.stop();
      await target?.drop();
    });

    it('answers a contact list page, auth/me and a calendar week while the finish runs', async () => {
      // Both are signed in already (a token's first use records it: a write, which waits for the finish).
      for (const token of [admin, colleague]) expect((await api(token, 'GET', '/api/auth/me')).status).toBe(200);
      const id = (await api(admin, 'POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
      expect((await api(admin, 'PATCH', `/api/group-activities/${id}`, {
        selection: cityIs('Luleå'), distribution: { method: 'even', employeeIds: am.slice(0, 2) },
        template: { subject: 'Kundbesök', startAt: '2026-12-08T09:00:00.000Z' }, options: { linkPrimaryPerson: true },
      })).status).toBe(200);

      let finished = false;
      const finish = api(admin, 'POST', `/api/group-activities/${id}/finish`).then((r) => { finished = true; return r; });
      const during = new Map<string, number>(READS.map(([k]) => [k, 0]));
      for (let i = 0; !finished; i++) {
        const [kind, path] = READS[i % READS.length]!;
        const res = await api(colleague, 'GET', path);
        expect(res.status, kind).toBe(200);
        if (kind === 'contact list') expect(res.body.items).toHaveLength(50);
        if (kind === 'auth/me') expect(JSON.stringify(res.body)).toContain('Cecilia');
        // The read came back before the finish did: it did not wait for the finish.
        if (!finished) during.set(kind, during.get(kind)! + 1);
      }
      const r = await finish;
      expect(r.status).toBe(200);
      expect(r.body.activityCount).toBe(CONTACTS);
      expect([...during.values()].reduce((a, b) => a + b, 0), JSON.stringify([...during])).toBeGreaterThan(0);
      // After the finish the colleague reads its whole result: all or nothing.
      const progress = await api(admin, 'GET', `/api/group-activities/${id}/progress`);
      expect(progress.body.status).toBe('finished');
    });
  });
}
