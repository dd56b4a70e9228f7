/**
 * `kontakta backup` and `kontakta restore` on both databases: a seeded database (demo registers,
 * contacts, persons, activities, a finished group activity, audit entries, saved selections)
 * backed up while the server runs and restored into an empty database of each kind comes back
 * exactly, table by table and row by row; numbering continues after the restored ids; a target
 * that is not empty, and a backup cut short, are refused with nothing written.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKinds, type DbKind } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/http.js';
import { seedDemo } from '../../src/app/seed/seed-demo.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { backupDatabase } from '../../src/storage/backup/backup-database.js';
import { restoreDatabase } from '../../src/storage/backup/restore-database.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function kontakta(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every table but Kysely's, every row, every column, in one stable order. */
async function everything(db: Kysely<any>, kind: DbKind): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  // Kysely's introspection lists every schema of the database (other suites run beside this one).
  const schema = kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined;
  for (const t of await db.introspection.getTables()) {
    if (t.name.startsWith('kysely_') || (schema !== undefined && t.schema !== schema)) continue;
    const cols = t.columns.map((c) => c.name).sort();
    const rows = await db.selectFrom(t.name).select(cols.map((c) => sql.ref(c).as(c))).execute();
    // Sorted here, not in SQL: the two databases order NULLs and text differently.
    out[t.name] = rows.map((r) => Object.fromEntries(cols.map((c) => [c, (r as Record<string, unknown>)[c] ?? null])))
      .map((r) => [JSON.stringify(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, r]) => r);
  }
  return out;
}

async function seedEverything(t: TestServer) {
  await seedDemo(t.store, systemClock, { contacts: 300, seed: 3, baseDate: '2026-12-01' });
  const c = (await t.api('POST', '/api/contacts', { name: 'Åkesson & Söner – "citat"', notes: 'rad ett\nrad två\ttabb', turnover: 1234.5678 })).body;
  await t.api('POST', `/api/contacts/${c.id}/persons`, { firstName: 'Örjan', isPrimary: true });
  await t.api('POST', '/api/selections', { name: 'Alla i Göteborg', selection: { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] }, shared: true });
  const g = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body;
  await t.api('PATCH', `/api/group-activities/${g.id}`, { selection: { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] }, template: { subject: 'Ring' } });
  const finish = await t.api('POST', `/api/group-activities/${g.id}/finish`);
  expect(finish.status, JSON.stringify(finish.body)).toBe(200);
  await t.api('PATCH', `/api/group-activities/${g.id}/card`, { notes: 'kopierat' });
}

for (const kind of testKinds('backup and restore')) {
  describe(`backup and restore [${kind}]`, () => {
    let t: TestServer;
    let before: Record<string, unknown[]>;
    const file = path.join(dir, `${kind}.backup`);
    beforeAll(async () => {
      t = await startTestServer(kind);
      await seedEverything(t);
      before = await everything(t.database.db as Kysely<any>, kind);
    }, 120_000);
    afterAll(async () => { await t?.close(); });

    it('backs up while the server runs, with the command', async () => {
      // The server keeps answering during the copy: the backup takes no lock that stops it.
      const r = kontakta(['backup', file, '--db', t.database.url]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Backed up to /);
      expect((await t.api('GET', '/api/health')).status).toBe(200);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      expect(before.contacts!.length).toBeGreaterThan(300);
      expect(before.activities!.length).toBeGreaterThan(0);
      expect(before.audit_log!.length).toBeGreaterThan(0);
    }, 120_000);

    for (const target of testKinds('backup and restore') as DbKind[]) {
      it(`restores into an empty ${target} database exactly, and numbering continues`, async () => {
        const empty = await createTestDatabase(target);
        try {
          const r = target === kind ? kontakta(['restore', file, '--db', empty.url]) : { code: 0, stdout: `Restored ${(await restoreDatabase(empty.url, file)).rows}`, stderr: '' };
          expect(r.code, r.stderr).toBe(0);
          expect(r.stdout).toMatch(/^Restored \d+/);
          const after = await everything(empty.db as Kysely<any>, target);
          for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
          expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

          // New rows continue after the restored ids and numbers.
          const store = createStore(empty);
          const maxId = Math.max(...(before.contacts as { id: number }[]).map((c) => c.id));
          const maxNumber = Math.max(...(before.contacts as { number: number }[]).map((c) => c.number));
          const created = await store.contacts.create({
            name: 'Efter återställning', orgNumber: null, types: [], category: null, lineOfBusiness: null, status: null, district: null, postalAddress: null,
            postalCode: null, city: null, country: null, phone: null, email: null, web: null, accountManagerId: null, turnover: null,
            employeeCount: null, custom1: null, custom2: null, notes: null, inactive: false,
          }, new Date().toISOString());
          expect(created.id).toBeGreaterThan(maxId);
          expect(created.number).toBe(maxNumber + 1);

          // Restoring again into a database that is no longer empty is refused, nothing written.
          const again = kontakta(['restore', file, '--db', empty.url]);
          expect(again.code).toBe(1);
          expect(again.stderr).toMatch(/not empty/);
          expect((await sql<{ n: number }>`select count(*) as n from contacts`.execute(empty.db)).rows[0]!.n).toBe(before.contacts!.length + 1);
        } finally {
          await empty.dispose();
        }
      }, 120_000);
    }

    it('copies one consistent state while users keep writing', async () => {
      const live = path.join(dir, `${kind}-live.backup`);
      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          const r = await t.api('POST', '/api/contacts', { name: `Under säkerhetskopiering ${written}` });
          expect(r.status).toBe(201);
          written++;
        }
      })();
      await new Promise((r) => setTimeout(r, 50));
      await backupDatabase(t.database.url, live);
      writing = false;
      await writer;
      expect(written).toBeGreaterThan(0);
      const empty = await createTestDatabase(kind);
      try {
        await restoreDatabase(empty.url, live);
        // Each create writes the contact, its number from the counter and its audit entry in one
        // transaction: in a consistent copy the three agree.
        const db = empty.db as Kysely<any>;
        const counter = (await db.selectFrom('counters').select('value').where('name', '=', 'contact').executeTakeFirstOrThrow()).value;
        const maxNumber = (await sql<{ m: number }>`select max(number) as m from contacts`.execute(db)).rows[0]!.m;
        expect(counter).toBe(maxNumber);
        const contacts = (await sql<{ n: number }>`select count(*) as n from contacts where name like 'Under%'`.execute(db)).rows[0]!.n;
        const audited = (await sql<{ n: number }>`select count(*) as n from audit_log where action = 'contact.create'`.execute(db)).rows[0]!.n;
        expect(audited).toBe(contacts + 1); // + the contact made while seeding
      } finally {
        await empty.dispose();
      }
    }, 120_000);

    it('refuses a backup cut short and leaves the target empty', async () => {
      if (kind !== 'postgres') {
        // An SQLite backup is a database file; a truncated one is not one.
        const cut = path.join(dir, 'cut.db');
        fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 4096));
        const empty = await createTestDatabase('sqlite');
        try {
          await expect(restoreDatabase(empty.url, cut)).rejects.toThrow();
          expect((await sql<{ n: number }>`select count(*) as n from employees`.execute(empty.db)).rows[0]!.n).toBe(0);
        } finally { await empty.dispose(); }
        return;
      }
      const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
      const cut = path.join(dir, 'cut.backup');
      fs.writeFileSync(cut, zlib.gzipSync(lines.slice(0, Math.floor(lines.length * 0.9)).join('\n')));
      const empty = await createTestDatabase('postgres');
      try {
        await expect(restoreDatabase(empty.url, cut)).rejects.toThrow(/incomplete/);
        expect((await sql<{ n: number }>`select count(*) as n from employees`.execute(empty.db)).rows[0]!.n).toBe(0);
      } finally { await empty.dispose(); }
    }, 120_000);

    it('never overwrites an existing file', async () => {
      await expect(backupDatabase(t.database.url, file)).rejects.toThrow(/exists/);
    });
  });
}

