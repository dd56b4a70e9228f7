/**
 * Calendar and task-list figures (`npm run bench -- --calendar 10000`, or 1000000): N activities
 * of 20 employees spread over a year around 1 December 2026 (seven in ten in the calendar, some
 * with a linked employee or a resource, a few over several days), then the common calendar of
 * all 20 over December (the widest interval a view asks) and over a week, one employee's week
 * (my calendar, with their linked activities) and one employee's open task list, through the same
 * use cases as GET /api/calendar and GET /api/tasks, beside hand-written SQL that reads the same
 * rows. Each read's statements are captured and EXPLAINed: a full scan of activities or of a
 * link table fails the figure (its target says so).
 */
import { performance } from 'node:perf_hooks';
import { CompiledQuery, sql, type KyselyPlugin, type RootOperationNode, type QueryId } from 'kysely';
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
const WEEK_FROM = '2026-12-06T23:00:00.000Z';
const WEEK_TO = '2026-12-13T23:00:00.000Z';
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
  const CHUNK = 1000;
  for (let first = 1; first <= activities; first += CHUNK) {
    const rows = []; const links = []; const res = [];
    for (let id = first; id < Math.min(first + CHUNK, activities + 1); id++) {
      const start = base + (id * 7919 % 365) * DAY + (id % 10) * 3_600_000;
      const task = id % 10 >= 7;
      // One in a thousand lasts three days (a trade fair): the multi-day path of the interval.
      const length = id % 1000 === 5 ? 3 * DAY : 3_600_000;
      rows.push({ id, number: id, subject: `Aktivitet ${id}`, start_at: new Date(start).toISOString(), end_at: new Date(start + length).toISOString(),
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

/** Captures the statements a read runs, to EXPLAIN them afterwards. */
function capture(): { plugin: KyselyPlugin; take: () => { node: RootOperationNode; queryId: QueryId }[] } {
  let seen: { node: RootOperationNode; queryId: QueryId }[] = [];
  return {
    plugin: {
      transformQuery(args) { seen.push({ node: args.node, queryId: args.queryId }); return args.node; },
      async transformResult(args) { return args.result; },
    },
    take: () => { const out = seen; seen = []; return out; },
  };
}

/** The plan lines of every captured statement, and those that read a whole table of activities or links. */
async function explain(database: Database, kind: DbKind, statements: { node: RootOperationNode; queryId: QueryId }[]): Promise<{ plans: string[]; fullScans: string[] }> {
  const db = database.db;
  const plans: string[] = [];
  const fullScans: string[] = [];
  for (const st of statements) {
    const c = db.getExecutor().compileQuery(st.node, st.queryId);
    if (!/\bactivit/.test(c.sql)) continue;
    const prefix = kind === 'sqlite' ? 'explain query plan ' : 'explain ';
    const rows = (await db.executeQuery(CompiledQuery.raw(prefix + c.sql, [...c.parameters]))).rows as Record<string, unknown>[];
    const lines = rows.map((r) => String(kind === 'sqlite' ? r.detail : r['QUERY PLAN']));
    plans.push(...lines);
    for (const l of lines) {
      const full = kind === 'sqlite'
        ? /^\s*SCAN (a|l|ac|activities|activity_\w+)\b/.test(l)
        : /Seq Scan on (activities|activity_employees|activity_resources)\b/.test(l);
      if (full) fullScans.push(l.trim());
    }
  }
  return { plans, fullScans };
}

export async function benchCalendar(kind: DbKind, activities: number, createTarget: (k: DbKind, label: string) => Promise<Target>, log: (l: string) => void): Promise<Figure[]> {
  const target = await createTarget(kind, 'calendar');
  try {
    const database = await target.open();
    const seeded = performance.now();
    const emp = await seedCalendar(database, activities);
    log(`seeded ${activities.toLocaleString('en-US')} activities in ${((performance.now() - seeded) / 1000).toFixed(0)} s`);
    const cap = capture();
    const store = createStore({ ...database, db: database.db.withPlugin(cap.plugin) });
    const viewer = { employeeId: emp[0]!, isAdmin: false };
    const list = sql.join(emp);
    const figures: Figure[] = [];

    const figure = async (name: string, read: () => Promise<number>, baseline: () => Promise<unknown>, note: (n: number) => string): Promise<void> => {
      let count = 0;
      const p = await samples(async () => { count = await read(); });
      const b = await samples(baseline);
      cap.take();
      await read();
      const { plans, fullScans } = await explain(database, kind, cap.take());
      const pm = median(p); const bm = median(b);
      log(`${name}: ${pm.toFixed(1)} ms vs ${bm.toFixed(1)} ms (${count} rows); plan: ${fullScans.length ? `FULL SCAN ${fullScans.join(' | ')}` : 'index range scans only'}`);
      if (process.env.BENCH_PLANS) for (const l of plans) log(`    ${l}`);
      figures.push({
        db: kind, figure: name, contacts: activities, runs: SAMPLES, productMs: pm, baselineMs: bm, ratio: bm > 0 ? pm / bm : null,
        productRuns: p, baselineRuns: b, peakMb: null, idleMb: null, target: '<100 ms, no full scan', met: pm < 100 && fullScans.length === 0,
        note: `${note(count)}; EXPLAIN: ${fullScans.length ? `full scan: ${fullScans.join('; ')}` : 'index scans only'}`,
      });
    };
    const calendarBaseline = (from: string, to: string, ids: ReturnType<typeof sql.join>) => () => sql`select a.*, t.name as type_name from activities a left join activity_types t on t.id = a.type_id
      where a.show_in_task_list = 0 and a.start_at < ${to} and coalesce(a.end_at, a.start_at) > ${from}
        and (a.responsible_id in (${ids}) or exists (select 1 from activity_employees l where l.activity_id = a.id and l.employee_id in (${ids})))
      order by a.start_at, a.id`.execute(database.db);
    const n = activities.toLocaleString('en-US');

    await figure('calendar month, 20 employees', async () => (await listCalendar(store, viewer, { from: FROM, to: TO, employeeIds: emp })).length,
      calendarBaseline(FROM, TO, list), (c) => `${n} activities; ${c} in December for 20 employees, with links, names and the privacy rule (in-process use case, no HTTP)`);
    await figure('calendar week, 20 employees', async () => (await listCalendar(store, viewer, { from: WEEK_FROM, to: WEEK_TO, employeeIds: emp })).length,
      calendarBaseline(WEEK_FROM, WEEK_TO, list), (c) => `${n} activities; ${c} in week 50 for 20 employees (the common calendar's work week)`);
    await figure('my calendar week', async () => (await listCalendar(store, viewer, { from: WEEK_FROM, to: WEEK_TO, employeeIds: [emp[0]!] })).length,
      calendarBaseline(WEEK_FROM, WEEK_TO, sql.join([emp[0]!])), (c) => `${n} activities; ${c} of one employee in week 50, as responsible or linked`);
    const nowIso = '2026-12-01T08:00:00.000Z';
    // Employee 8 holds activities 8, 28, 48 …: task-list rows (id % 10 ≥ 7), a third of them done.
    await figure('task list (open)', async () => (await listTasks(store, nowIso, { employeeId: emp[8]!, filter: 'open' })).items.length,
      () => sql`select * from activities where responsible_id = ${emp[8]!} and show_in_task_list = 1 and done = 0
        order by coalesce(start_at, '9999'), id`.execute(database.db),
      (c) => `${n} activities; ${c} open tasks of one employee, with names, by date then priority`);
    return figures;
  } finally {
    await target.drop();
  }
}
