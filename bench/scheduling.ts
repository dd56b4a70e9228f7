/**
 * Scheduling figure (`npm run bench -- --schedule 10000`): N per-contact activities placed into
 * 8 responsibles' free working time across a quarter (January–March 2027), with 1,000 existing
 * busy activities of theirs in the way — the busy read (one statement for all responsibles) and
 * the pure planner, as GET /api/group-activities/:id/schedule and the finish run them — beside
 * the bare SQL that reads the same busy rows.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database } from '../src/storage/database.js';
import { createStore } from '../src/storage/kysely-store.js';
import { placeGroupSchedule } from '../src/app/scheduling/place-group-schedule.js';
import type { DbKind, Target } from './targets.js';
import { median, type Figure } from './scenarios.js';

const PEOPLE = 8;
const EXISTING = 1_000;
const SAMPLES = 5;
const DAY = 86_400_000;

async function seed(database: Database): Promise<number[]> {
  const db = database.db as any;
  const now = new Date().toISOString();
  const ts = { created_at: now, updated_at: now };
  const emp: number[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const r = await db.insertInto('employees').values({ name: `Säljare ${i}`, name_key: `s${i}`, email: `p${i}@bench.se`, is_account_manager: 1, active: 1, role: 'user', ...ts }).returning('id').executeTakeFirstOrThrow();
    emp.push(Number(r.id));
  }
  const type = Number((await db.insertInto('activity_types').values({ name: 'Möte', list: 'calendar', show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts }).returning('id').executeTakeFirstOrThrow()).id);
  const base = Date.parse('2027-01-04T07:00:00.000Z');
  const rows = [];
  for (let id = 1; id <= EXISTING; id++) {
    const start = base + (id * 7919 % 86) * DAY + (id % 9) * 3_600_000;
    rows.push({ id, number: id, subject: `Möte ${id}`, start_at: new Date(start).toISOString(), end_at: new Date(start + 3_600_000).toISOString(),
      type_id: type, responsible_id: emp[id % PEOPLE], show_in_task_list: 0, done: 0, ...ts });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('activities').values(rows.slice(i, i + 500)).execute();
  await sql`analyze`.execute(database.db);
  return emp;
}

export async function benchScheduling(kind: DbKind, count: number, createTarget: (k: DbKind, label: string) => Promise<Target>, log: (l: string) => void): Promise<Figure[]> {
  const target = await createTarget(kind, 'scheduling');
  try {
    const database = await target.open();
    const emp = await seed(database);
    const store = createStore(database);
    const items = Array.from({ length: count }, (_, i) => ({ key: i + 1, responsibleId: emp[Math.floor(i * PEOPLE / count)]! }));
    const schedule = { from: '2027-01-01', to: '2027-03-31', durationMinutes: 20, maxPerDay: 30, bufferMinutes: 0, unplaced: 'refuse' as const, keepOrder: true };
    let placed = 0;
    const run = async () => {
      const r = await placeGroupSchedule(store, { schedule, mode: 'perContact', items, sharedEmployeeIds: [], linkedEmployeeIds: [], resourceIds: [], now: Date.parse('2026-12-01T00:00:00Z') });
      placed = r.placed.length;
    };
    const product: number[] = [];
    await run();
    for (let i = 0; i < SAMPLES; i++) { const t0 = performance.now(); await run(); product.push(performance.now() - t0); }
    const list = sql.join(emp);
    const bare = async () => sql`select a.responsible_id, a.start_at, a.end_at from activities a
      where a.responsible_id in (${list}) and a.start_at < '2027-04-02' and coalesce(a.end_at, a.start_at) >= '2026-12-31'`.execute(database.db);
    const baseline: number[] = [];
    await bare();
    for (let i = 0; i < SAMPLES; i++) { const t0 = performance.now(); await bare(); baseline.push(performance.now() - t0); }
    const pm = median(product); const bm = median(baseline);
    log(`schedule ${count}: ${pm.toFixed(1)} ms (placed ${placed}) vs busy read ${bm.toFixed(1)} ms`);
    return [{
      db: kind, figure: `schedule ${count.toLocaleString('en-US')} over ${PEOPLE} people`, contacts: count, runs: SAMPLES, productMs: pm, baselineMs: bm,
      ratio: bm > 0 ? pm / bm : null, productRuns: product, baselineRuns: baseline, peakMb: null, idleMb: null, target: '<2 s', met: pm < 2000,
      note: `${placed} of ${count} placed in a quarter around ${EXISTING.toLocaleString('en-US')} existing activities (busy read + pure planner, in process); baseline: the bare busy read`,
    }];
  } finally {
    await target.drop();
  }
}
