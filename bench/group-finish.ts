/**
 * Measures the time to finish a per-contact group activity for 10,000 and 100,000 contacts on
 * SQLite and PostgreSQL (set-based creation: a few statements for the whole batch).
 *
 *   npx tsx bench/group-finish.ts [sizes=10000,100000] [pgUrl]
 * PostgreSQL runs in a throw-away schema of the given server (default: TEST_PG_URL or the local
 * test database); it is skipped with a note when unreachable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { createStore } from '../src/storage/kysely-store.js';
import { systemClock } from '../src/app/ports/clock.js';
import { sortKey } from '../src/domain/text.js';
import { createGroupActivity } from '../src/app/group-activities/create-group-activity.js';
import { updateGroupActivity } from '../src/app/group-activities/update-group-activity.js';
import { finishGroupActivity } from '../src/app/group-activities/finish-group-activity.js';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const pgUrl = process.argv[3] ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const NOW = '2026-01-01T00:00:00.000Z';

async function seed(database: Database, n: number): Promise<number[]> {
  const { db } = database;
  const managers = await db.insertInto('employees').values(['Anna', 'Bertil', 'Cecilia', 'David'].map((name) => ({
    name, name_key: sortKey(name), is_account_manager: 1, active: 1, role: 'user' as const, created_at: NOW, updated_at: NOW,
  }))).returning('id').execute();
  for (let i = 0; i < n; i += 1000) {
    await db.insertInto('contacts').values(Array.from({ length: Math.min(1000, n - i) }, (_, k) => {
      const no = 100000 + i + k;
      const name = `Företag ${no}`;
      return {
        number: no, name, name_key: sortKey(name), is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0,
        city: 'Göteborg', postal_code: String(40000 + (no % 9000)), account_manager_id: managers[no % 4]!.id, inactive: 0,
        created_at: NOW, updated_at: NOW,
      };
    })).execute();
  }
  for (let i = 0; i < n; i += 2000) {
    await database.db.insertInto('contact_persons').columns(['contact_id', 'first_name', 'is_primary', 'inactive', 'created_at', 'updated_at'])
      .expression(db.selectFrom('contacts').select(['id', 'name', (eb) => eb.val(1).as('p'), (eb) => eb.val(0).as('i'), (eb) => eb.val(NOW).as('c'), (eb) => eb.val(NOW).as('u')])
        .where('number', '>=', 100000 + i).where('number', '<', 100000 + i + 2000)).execute();
  }
  return managers.map((m) => m.id);
}

async function run(kind: string, open: () => Promise<{ database: Database; dispose: () => Promise<void> }>) {
  for (const n of sizes) {
    const { database, dispose } = await open();
    try {
      await migrateToLatest(database);
      const managers = await seed(database, n);
      const store = createStore(database);
      const actor = { employeeId: managers[0]!, role: 'admin' as const, name: 'bench' };
      const draft = await createGroupActivity(store, systemClock, actor, { mode: 'perContact' });
      await updateGroupActivity(store, systemClock, actor, draft.id, {
        selection: { match: [{ field: 'city', condition: 'eq', value: 'göteborg' }] },
        distribution: { method: 'even', employeeIds: managers },
        template: { subject: 'Bench', startAt: '2026-12-07T09:00:00Z', employeeIds: [managers[1]!] },
        options: { linkPrimaryPerson: true },
      });
      const t0 = performance.now();
      const r = await finishGroupActivity(store, systemClock, actor, draft.id);
      const ms = performance.now() - t0;
      console.log(`${kind.padEnd(10)} perContact ${String(n).padStart(7)} contacts: ${r.activityCount} activities (${r.firstNumber}–${r.lastNumber}) in ${(ms / 1000).toFixed(2)} s`);
    } finally {
      await dispose();
    }
  }
}

await run('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-bench-'));
  const database = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
  return { database, dispose: async () => { await database.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
});

const admin = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
try {
  await admin.connect();
} catch {
  console.log(`postgres   skipped: ${pgUrl} unreachable`);
  process.exit(0);
}
await run('postgres', async () => {
  const schema = `bench_${crypto.randomBytes(5).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  const database = openDatabase(pgUrl, { searchPath: schema });
  return { database, dispose: async () => { await database.close(); await admin.query(`drop schema ${schema} cascade`); } };
});
await admin.end();
