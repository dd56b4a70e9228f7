/**
 * Nothing lost, with real server processes: `kontakta serve` killed with SIGKILL in the middle of
 * a finish, a copy to all and an undo leaves each all or nothing, with no activity number used
 * twice and the draft finishable after a restart (both databases); two server processes on one
 * PostgreSQL finishing different drafts at the same moment get disjoint, consecutive number
 * ranges. (Racing finishes of one draft inside one process: test/http/group-activities-finish.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKinds, type TestDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { seedDemo } from '../../src/app/seed/seed-demo.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { bootstrapAdmin } from '../../src/app/auth/bootstrap-admin.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CONTACTS = 6_000;
const ALL = { match: [{ field: 'name', condition: 'isNotEmpty' }] };

type Server = { child: ChildProcess; url: string };

function serve(dbUrl: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', dbUrl, '--port', '0', '--no-demo'], {
      cwd: ROOT, env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'reliability-test-1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1]! }); }
    });
    child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}: ${out}`)); });
  });
}

function kill9(s: Server): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
    s.child.removeAllListeners('exit');
    s.child.once('exit', () => resolve());
    s.child.kill('SIGKILL');
  });
}

async function call(s: Server, token: string, method: string, p: string, body?: unknown) {
  const res = await fetch(s.url + p, {
    method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * Resolves as soon as another connection is writing: on SQLite the write lock is taken (a
 * `BEGIN IMMEDIATE` of ours is refused at once), on PostgreSQL a statement on activities is running
 * or its transaction is open. Then a kill lands in the middle of the work, not before or after.
 */
async function whileWriting(database: TestDatabase, what: RegExp): Promise<void> {
  const end = Date.now() + 10_000;
  if (database.kind === 'sqlite') {
    const probe = new BetterSqlite3(database.url.slice('sqlite:'.length), { timeout: 0 });
    try {
      while (Date.now() < end) {
        try {
          probe.exec('BEGIN IMMEDIATE');
          probe.exec('ROLLBACK');
        } catch {
          return;
        }
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      probe.close();
    }
    return; // not seen (it was quicker than the probe): the checks below hold either way
  }
  while (Date.now() < end) {
    const rows = (await sql<{ query: string }>`select query from pg_stat_activity where pid <> pg_backend_pid()
      and datname = current_database() and state in ('active', 'idle in transaction')`.execute(database.db)).rows;
    if (rows.some((r) => what.test(r.query))) return;
  }
}

const count = async (db: Kysely<any>, q: RawBuilder<unknown>) => Number(((await q.execute(db)).rows[0] as { n: number }).n);

for (const kind of testKinds('reliability')) {
  describe(`kill -9 in the middle [${kind}]`, () => {
    let database: TestDatabase;
    let token = '';
    beforeAll(async () => {
      database = await createTestDatabase(kind);
      const store = createStore(database);
      await bootstrapAdmin(store, systemClock, { email: 'admin@localhost', password: 'reliability-test-1' });
      await seedDemo(store, systemClock, { contacts: CONTACTS, seed: 5, baseDate: '2026-12-01', activities: 0 });
      const admin = await store.auth.findCredentialsByEmail('admin@localhost');
      token = await createApiToken(store, systemClock, { employeeId: admin!.employee.id });
    }, 180_000);
    afterAll(async () => { await database?.dispose(); });

    it('a finish, a copy to all and an undo each leave all or nothing; numbers are never used twice', async () => {
      const db = database.db as Kysely<any>;
      const counter = async () => Number((await db.selectFrom('counters').select('value').where('name', '=', 'activity').executeTakeFirstOrThrow()).value);
      let server = await serve(database.url);
      const draft = (await call(server, token, 'POST', '/api/group-activities', { mode: 'perContact' })).body;
      await call(server, token, 'PATCH', `/api/group-activities/${draft.id}`, { selection: ALL, template: { subject: 'Före' } });
      const numberBefore = await counter();
      const activitiesBefore = await count(db, sql`select count(*) as n from activities`);

      // ── finish, killed while it runs (as soon as the server says it is finishing)
      void call(server, token, 'POST', `/api/group-activities/${draft.id}/finish`).catch(() => undefined);
      for (let i = 0; i < 2000; i++) {
        const p = await call(server, token, 'GET', `/api/group-activities/${draft.id}/progress`).catch(() => undefined);
        if (p?.body?.status !== 'draft') break;
      }
      await kill9(server);
      const status = (await db.selectFrom('group_activities').select('status').where('id', '=', draft.id).executeTakeFirstOrThrow()).status;
      const created = await count(db, sql`select count(*) as n from activities`) - activitiesBefore;
      if (status === 'draft') {
        expect(created).toBe(0);
        expect(await counter()).toBe(numberBefore);
        expect(await count(db, sql`select count(*) as n from batches`)).toBe(0);
      } else {
        expect(status).toBe('finished');
        expect(created).toBe(CONTACTS);
        expect(await counter()).toBe(numberBefore + CONTACTS);
      }

      // ── after a restart the draft finishes (or answers its first result), numbers continue
      server = await serve(database.url);
      const fin = await call(server, token, 'POST', `/api/group-activities/${draft.id}/finish`);
      expect(fin.status, JSON.stringify(fin.body)).toBe(200);
      expect(fin.body).toMatchObject({ activityCount: CONTACTS, firstNumber: numberBefore + 1, lastNumber: numberBefore + CONTACTS });
      expect(await count(db, sql`select count(distinct number) as n from activities`)).toBe(activitiesBefore + CONTACTS);
      expect(await counter()).toBe(numberBefore + CONTACTS);

      // ── a copy to all, killed while it runs: every activity has the old subject, or every one the new
      void call(server, token, 'PATCH', `/api/group-activities/${draft.id}/card`, { subject: 'Efter' }).catch(() => undefined);
      await whileWriting(database, /activities/i);
      await kill9(server);
      const subjects = (await sql<{ subject: string; n: number }>`select subject, count(*) as n from activities where batch_id = ${fin.body.batchId} group by subject`.execute(db)).rows;
      expect(subjects).toHaveLength(1);
      expect(['Före', 'Efter']).toContain(subjects[0]!.subject);
      expect(Number(subjects[0]!.n)).toBe(CONTACTS);

      // ── an undo, killed while it runs: the whole batch stays or the whole batch is gone
      server = await serve(database.url);
      void call(server, token, 'DELETE', `/api/group-activities/${draft.id}/activities?force=true`).catch(() => undefined);
      await whileWriting(database, /activities/i);
      await kill9(server);
      const left = await count(db, sql`select count(*) as n from activities where batch_id = ${fin.body.batchId}`);
      expect([0, CONTACTS]).toContain(left);
      const links = await count(db, sql`select count(*) as n from activity_contacts ac join activities a on a.id = ac.activity_id where a.batch_id = ${fin.body.batchId}`);
      expect(links).toBe(left);
      // Numbers are never handed out again, whatever happened.
      expect(await counter()).toBe(numberBefore + CONTACTS);
    }, 300_000);
  });
}

describe.skipIf(!testKinds('reliability').includes('postgres'))('two server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let token = '';
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const store = createStore(database);
    await bootstrapAdmin(store, systemClock, { email: 'admin@localhost', password: 'reliability-test-1' });
    await seedDemo(store, systemClock, { contacts: 4000, seed: 9, baseDate: '2026-12-01', activities: 0 });
    const admin = await store.auth.findCredentialsByEmail('admin@localhost');
    token = await createApiToken(store, systemClock, { employeeId: admin!.employee.id });
  }, 180_000);
  afterAll(async () => { await database?.dispose(); });

  it('finishing different drafts at the same moment gives disjoint, consecutive number ranges', async () => {
    const [a, b] = await Promise.all([serve(database.url), serve(database.url)]);
    try {
      const half = async (s: Server, condition: 'lt' | 'gte') => {
        const d = (await call(s, token, 'POST', '/api/group-activities', { mode: 'perContact' })).body;
        await call(s, token, 'PATCH', `/api/group-activities/${d.id}`, { selection: { match: [{ field: 'number', condition, value: 12000 }] }, template: { subject: condition } });
        return d.id as number;
      };
      const [da, db] = await Promise.all([half(a, 'lt'), half(b, 'gte')]);
      const [ra, rb] = await Promise.all([
        call(a, token, 'POST', `/api/group-activities/${da}/finish`), call(b, token, 'POST', `/api/group-activities/${db}/finish`),
      ]);
      expect(ra.status, JSON.stringify(ra.body)).toBe(200);
      expect(rb.status, JSON.stringify(rb.body)).toBe(200);
      for (const r of [ra.body, rb.body]) {
        expect(r.activityCount).toBeGreaterThan(0);
        expect(r.lastNumber - r.firstNumber + 1).toBe(r.activityCount);
      }
      const [lo, hi] = ra.body.firstNumber < rb.body.firstNumber ? [ra.body, rb.body] : [rb.body, ra.body];
      expect(hi.firstNumber).toBe(lo.lastNumber + 1);
      expect(ra.body.activityCount + rb.body.activityCount).toBe(4000);
      const dbk = database.db as Kysely<any>;
      expect(await count(dbk, sql`select count(distinct number) as n from activities`)).toBe(4000);
    } finally {
      await kill9(a);
      await kill9(b);
    }
  }, 180_000);
});
