/**
 * Calendar and task-list figures (`npm run bench -- --calendar 10000`): N activities of 20
 * employees spread over a year around 1 December 2026 (seven in ten in the calendar, some with a
 * linked employee or a resource), then the common calendar of all 20 over December (the widest
 * interval a view asks) and one employee's open task list, through the same use cases as
 * GET /api/calendar and GET /api/tasks, beside hand-written SQL that reads the same rows.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database } from '../src/storage/database.js';
import { createStore } from '../src/storage/kysely-store.js';
import { listCalendar } from '../src/app/calendar/list-calendar.js';
import { listTasks } from '../src/app/calendar/list-tasks.js';
import type { DbKind, Target } from './targets.js';
import { median, type Figure } from './scenarios.js';

const EMPLOYEES = 20;
const SAMPLES = 15;
const FROM = '2026-11-30T23:00:00.000Z';
const TO = '2026-12-31T23:00:00.000Z';
const DAY = 86_400_000;

export async function seedCalendar(database: Database, activities: number): Promise<number[]> {
  const db = database.db as any;
  const now = new Date().toISOString();
  const ts = { created_at: now, updated_at: now };
  const emp: number[] = [];
  for (let i = 0; i < EMPLOYEES; i++) {
    const r = await db.insertInto('employees').values({ name: `Säljare ${i}`, name_key: `s${i}`, email: `s${i}@bench.se`, is_account_manager: 1, active: 1, role: 'user', ...ts }).returning('id').executeTakeFirstOrThrow();
    emp.push(Number(r.id));
  }
  const type = Number((await db.insertInto('activity_types').values({ name: 'Besök', list: 'calendar', show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts }).returning('id').executeTakeFirstOrThrow()).id);
  const room = Number((await db.insertInto('resources').values({ name: 'Rum', ...ts }).returning('id').executeTakeFirstOrThrow()).id);
  const base = Date.parse('2026-06-01T07:00:00.000Z');
  const CHUNK = 500;
  for (let first = 1; first <= activities; first += CHUNK) {
    const rows = []; const links = []; const res = [];
    for (let id = first; id < Math.min(first + CHUNK, activities + 1); id++) {
      const start = base + (id * 7919 % 365) * DAY + (id % 10) * 3_600_000;
      const task = id % 10 >= 7;
      rows.push({ id, number: id, subject: `Aktivitet ${id}`, start_at: new Date(start).toISOString(), end_at: new Date(start + 3_600_000).toISOString(),
        type_id: task ? null : type, responsible_id: emp[id % EMPLOYEES], show_in_task_list: task ? 1 : 0, done: task && id % 3 === 0 ? 1 : 0, ...ts });
      if (id % 4 === 0) links.push({ activity_id: id, employee_id: emp[(id + 7) % EMPLOYEES] });
      if (id % 10 === 1) res.push({ activity_id: id, resource_id: room });
    }
    await db.insertInto('activities').values(rows).execute();
    if (links.length) await db.insertInto('activity_employees').values(links).execute();
    if (res.length) await db.insertInto('activity_resources').values(res).execute();
  }
  await sql`analyze`.execute(database.db);
  return emp;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function samples(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm the caches and the prepared statements
  const out: number[] = [];
  for (let i = 0; i < SAMPLES; i++) out.push(await timed(fn));
  return out;
}

export async function benchCalendar(kind: DbKind, activities: number, createTarget: (k: DbKind, label: string) => Promise<Target>, log: (l: string) => void): Promise<Figure[]> {
  const target = await createTarget(kind, 'calendar');
  try {
    const database = await target.open();
    const emp = await seedCalendar(database, activities);
    const store = createStore(database);
    const viewer = { employeeId: emp[0]!, isAdmin: false };
    let calendarCount = 0;
    const product = await samples(async () => {
      calendarCount = (await listCalendar(store, viewer, { from: FROM, to: TO, employeeIds: emp })).length;
    });
    const list = sql.join(emp);
    const baseline = await samples(() => sql`select a.*, t.name as type_name from activities a left join activity_types t on t.id = a.type_id
      where a.show_in_task_list = 0 and a.start_at < ${TO} and coalesce(a.end_at, a.start_at) > ${FROM}
        and (a.responsible_id in (${list}) or exists (select 1 from activity_employees l where l.activity_id = a.id and l.employee_id in (${list})))
      order by a.start_at, a.id`.execute(database.db));
    const nowIso = '2026-12-01T08:00:00.000Z';
    let taskCount = 0;
    const taskProduct = await samples(async () => { taskCount = (await listTasks(store, nowIso, { employeeId: emp[1]!, filter: 'open' })).items.length; });
    const taskBaseline = await samples(() => sql`select * from activities where responsible_id = ${emp[1]!} and show_in_task_list = 1 and done = 0
      order by coalesce(start_at, '9999'), id`.execute(database.db));
    const figure = (name: string, p: number[], b: number[], note: string): Figure => {
      const pm = median(p); const bm = median(b);
      log(`${name}: ${pm.toFixed(1)} ms vs ${bm.toFixed(1)} ms`);
      return {
        db: kind, figure: name, contacts: activities, runs: SAMPLES, productMs: pm, baselineMs: bm, ratio: bm > 0 ? pm / bm : null,
        productRuns: p, baselineRuns: b, peakMb: null, idleMb: null, target: '<100 ms', met: pm < 100, note,
      };
    };
    return [
      figure('calendar month, 20 employees', product, baseline, `${activities.toLocaleString('en-US')} activities; ${calendarCount} in December for 20 employees, with links, names and the privacy rule (in-process use case, no HTTP)`),
      figure('task list (open)', taskProduct, taskBaseline, `${taskCount} open tasks of one employee, with names, by date then priority`),
    ];
  } finally {
    await target.drop();
  }
}
