/**
 * Measures the change-values finish and its undo over N activities (default 10,000 and 100,000)
 * on SQLite and PostgreSQL, beside a bare UPDATE of the same rows and columns in the same run:
 * the product hands every activity of one manager to another and moves it a week (DST-aware),
 * recording old and new values for undo, all in one transaction.
 *
 *   npx tsx bench/change-values.ts [sizes=10000,100000] [pgUrl]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { createStore } from '../src/storage/kysely-store.js';
import { systemClock } from '../src/app/ports/clock.js';
import { sortKey } from '../src/domain/text.js';
import { createActivityChange } from '../src/app/activity-changes/create-activity-change.js';
import { finishActivityChange } from '../src/app/activity-changes/finish-activity-change.js';
import { undoActivityChange } from '../src/app/activity-changes/undo-activity-change.js';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const pgUrl = process.argv[3] ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const NOW = '2026-01-01T00:00:00.000Z';

async function seed(database: Database, n: number): Promise<number[]> {
  const { db } = database;
  const staff = await db.insertInto('employees').values(['Anna', 'Bertil'].map((name) => ({
    name, name_key: sortKey(name), is_account_manager: 1, active: 1, role: 'user' as const, created_at: NOW, updated_at: NOW,
  }))).returning('id').execute();
  for (let i = 0; i < n; i += 1000) {
    await db.insertInto('activities').values(Array.from({ length: Math.min(1000, n - i) }, (_, k) => {
      const no = i + k + 1;
      const start = new Date(Date.parse('2026-03-02T08:00:00.000Z') + (no % 60) * 86_400_000).toISOString();
      return {
        id: no, number: no, subject: `Besök ${no}`, start_at: start, end_at: new Date(Date.parse(start) + 3_600_000).toISOString(), all_day: 0,
        alarm_minutes: null, type_id: null, status_id: null, priority_id: null, done: 0, done_at: null, responsible_id: staff[0]!.id,
        notes: null, color: null, show_in_task_list: 0, custom1: null, custom2: null, batch_id: null, created_by: null, created_at: NOW, updated_at: NOW,
      };
    })).execute();
  }
  return staff.map((s) => s.id);
}

const time = async (f: () => Promise<unknown>) => { const t0 = performance.now(); await f(); return performance.now() - t0; };

async function run(kind: string, open: () => Promise<{ database: Database; dispose: () => Promise<void> }>) {
  for (const n of sizes) {
    const { database, dispose } = await open();
    try {
      await migrateToLatest(database);
      const [anna, bertil] = await seed(database, n);
      const store = createStore(database);
      const actor = { employeeId: anna!, role: 'admin' as const, name: 'bench' };
      const forward = sql`update activities set responsible_id = ${bertil}, start_at = start_at || '', end_at = end_at || '', updated_at = ${NOW} where responsible_id = ${anna}`;
      const back = sql`update activities set responsible_id = ${anna}, updated_at = ${NOW} where responsible_id = ${bertil}`;
      const bare = await time(() => database.db.transaction().execute((tx) => forward.execute(tx)));
      await back.execute(database.db);
      await forward.execute(database.db);
      const bareBack = await time(() => database.db.transaction().execute((tx) => back.execute(tx)));
      const draft = await createActivityChange(store, systemClock, actor, {
        selection: { match: [{ field: 'responsibleId', condition: 'eq', value: anna }] },
        changes: [{ field: 'responsibleId', set: bertil }, { field: 'startAt', moveBy: { days: 7 } }],
      });
      let changed = 0;
      const product = await time(async () => { changed = (await finishActivityChange(store, systemClock, actor, draft.id)).changed; });
      const undo = await time(() => undoActivityChange(store, systemClock, actor, draft.id));
      const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      console.log(`${kind.padEnd(9)} ${String(n).padStart(7)} activities: finish ${f(product)} (${changed} changed) vs bare UPDATE ${f(bare)} = ${(product / bare).toFixed(2)}×; `
        + `undo ${f(undo)} vs bare UPDATE ${f(bareBack)} = ${(undo / bareBack).toFixed(2)}×`);
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
  console.log(`postgres  skipped: ${pgUrl} unreachable`);
  process.exit(0);
}
await run('postgres', async () => {
  const schema = `bench_${crypto.randomBytes(5).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  const database = openDatabase(pgUrl, { searchPath: schema });
  return { database, dispose: async () => { await database.close(); await admin.query(`drop schema ${schema} cascade`); } };
});
await admin.end();
