/**
 * Another user's everyday reads — a page of the contact list, `auth/me`, a calendar week — are
 * answered while a big write (a finish, a copy to all, an undo) is in the middle of its
 * transaction, on both databases. The server runs in a process of its own, as in production.
 *
 * No timing: the write is held in the middle on purpose. This test takes the database's write
 * lock from a connection of its own (SQLite: BEGIN IMMEDIATE; PostgreSQL: LOCK TABLE activities
 * IN EXCLUSIVE MODE, which plain reads pass), sends the write, waits until it is seen waiting for
 * that lock where the database can show it (PostgreSQL's pg_locks; SQLite: the finish's progress),
 * then makes the reads, and only then lets the write go on. The write cannot have ended while the
 * reads were answered. When a big write holds the server again — SQLite's statements back on the
 * event loop, or reads queued behind the writer — a read waits for the lock, the lock waits for
 * the reads, and the write runs out of time (fails) or the test does.
 * The figures (p99, max, count per write) are in `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { testKinds } from '../support/databases.js';
import { createTarget, type Target } from '../../bench/targets.js';
import { startServerProcess, type ServerProcess } from '../../bench/server-process.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { cityIs, seedContacts, seedEmployees, seedPrimaryPersons, type ContactSpec } from './group-activities-fixtures.js';

const CONTACTS = 300;
const READS = [
  ['contact list', '/api/contacts?limit=50&city=Luleå&sort=name'],
  ['auth/me', '/api/auth/me'],
  ['calendar week', '/api/calendar?from=2026-12-07T00:00:00.000Z&to=2026-12-14T00:00:00.000Z'],
] as const;

type Answer = { status: number; body: any };
type Lock = { waitedFor: () => Promise<boolean>; release: () => Promise<void> };

/** Takes the write lock as another writer would, until release(). */
async function holdWrites(target: Target): Promise<Lock> {
  if (target.kind === 'sqlite') {
    const conn = new BetterSqlite3(target.url.slice('sqlite:'.length), { timeout: 10_000 });
    conn.exec('BEGIN IMMEDIATE');
    // SQLite shows no one waiting for its lock.
    return { waitedFor: async () => false, release: async () => { conn.exec('ROLLBACK'); conn.close(); } };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query('begin');
  await client.query('lock table activities in exclusive mode');
  return {
    waitedFor: async () => (await client.query<{ n: number }>(
      `select count(*)::int as n from pg_locks where not granted and relation = 'activities'::regclass`,
    )).rows[0]!.n > 0,
    release: async () => { await client.query('rollback'); await client.end(); },
  };
}

for (const kind of testKinds('reads by another user during a big write')) {
  describe(`reads by another user during a big write [${kind}]`, () => {
    let target: Target;
    let srv: ServerProcess;
    let am: number[] = [];
    let admin = '';
    let colleague = '';
    let group = 0;
    const api = async (token: string, method: string, path: string, body?: unknown): Promise<Answer> => {
      const res = await fetch(srv.url + path, {
        method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() as any };
    };

    /** The colleague's reads, each answered in full. */
    const readAll = async () => {
      for (const [kind, path] of READS) {
        const res = await api(colleague, 'GET', path);
        expect(res.status, kind).toBe(200);
        if (kind === 'contact list') expect(res.body.items).toHaveLength(50);
        if (kind === 'auth/me') expect(JSON.stringify(res.body)).toContain('Cecilia');
        if (kind === 'calendar week') expect(res.body.items).toEqual([]);
      }
    };

    /**
     * Sends `write` while the lock is held; once it is seen waiting (`started`, or pg_locks), the
     * colleague reads twice over; then the lock goes and the write's answer is returned.
     */
    const duringWrite = async (write: () => Promise<Answer>, started: () => Promise<boolean> = async () => true): Promise<Answer> => {
      const lock = await holdWrites(target);
      let settled = false;
      const answer = write().finally(() => { settled = true; });
      try {
        while (!(await lock.waitedFor()) && !(kind === 'sqlite' && await started())) {
          expect(settled, 'the write ended while another writer held the lock').toBe(false);
          await new Promise((r) => setTimeout(r, 20));
        }
        await readAll();
        await readAll();
        // The reads were answered while the write was held in the middle.
        expect(settled, 'the write ended while another writer held the lock').toBe(false);
      } finally {
        await lock.release();
      }
      return answer;
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
      // Both are signed in already (a token's first use records it: a write, which waits for the lock).
      for (const token of [admin, colleague]) expect((await api(token, 'GET', '/api/auth/me')).status).toBe(200);
      group = (await api(admin, 'POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
      expect((await api(admin, 'PATCH', `/api/group-activities/${group}`, {
        selection: cityIs('Luleå'), distribution: { method: 'even', employeeIds: am.slice(0, 2) },
        template: { subject: 'Kundbesök', startAt: '2026-12-08T09:00:00.000Z' }, options: { linkPrimaryPerson: true },
      })).status).toBe(200);
    }, 120_000);

    afterAll(async () => {
      await srv?.stop();
      await target?.drop();
    });

    it('answers them while a finish is in the middle of its transaction', async () => {
      // SQLite: the finish's progress (kept in memory) says it runs; its next step is the claim, a write.
      const finishing = async () => (await api(admin, 'GET', `/api/group-activities/${group}/progress`)).body.status === 'finishing';
      const r = await duringWrite(() => api(admin, 'POST', `/api/group-activities/${group}/finish`), finishing);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.activityCount).toBe(CONTACTS);
      // All or nothing: after the finish its whole result is there.
      const progress = await api(admin, 'GET', `/api/group-activities/${group}/progress`);
      expect(progress.body).toMatchObject({ status: 'finished', result: { activityCount: CONTACTS } });
    });

    it('answers them while a copy to all is in the middle of its transaction', async () => {
      const r = await duringWrite(() => api(admin, 'PATCH', `/api/group-activities/${group}/card`, { subject: 'Uppföljning' }));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toEqual({ updated: CONTACTS, kept: 0 });
    });

    it('answers them while an undo is in the middle of its transaction', async () => {
      const r = await duringWrite(() => api(admin, 'DELETE', `/api/group-activities/${group}/activities`));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toEqual({ deleted: CONTACTS });
      expect((await api(admin, 'GET', `/api/group-activities/${group}/progress`)).body.status).toBe('undone');
    });
  });
}
