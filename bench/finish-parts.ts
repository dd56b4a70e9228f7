/**
 * Where the SQLite finish's time goes (`npm run bench -- --finish-parts [--sizes 100000] [--runs 3]
 * [--out FILE]`). On a seeded database the activities and link tables are first stripped to the
 * minimal schema (primary keys and foreign keys only: no secondary index, `number` not unique),
 * where the minimal write — one INSERT … SELECT per table, ranked over the contacts, one
 * transaction — is timed; then the same write with the contacts ranked once into a temporary plan
 * table (as the product writes it). Then the parts are put back one at a time and the planned write
 * timed again after each: the unique `number`, each secondary index of activities and of the two
 * link tables the finish writes; last the product's finish itself (draft claim, counts, counter,
 * batch row, result, audit entry), and once more with the start index migration 0014 dropped.
 * Each step's cost is its median minus the previous step's, measured in the same run, in CPU time of
 * this process (the statements run on its thread) beside the wall time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { ROOT, runCli } from './server-process.js';
import { createTarget } from './targets.js';
import { ALL, median } from './scenarios.js';
import { bareCreate, whereOf, type ActivityShape } from './baseline.js';
import type { Database } from '../src/storage/database.js';
import type { DB } from '../src/storage/schema.js';
import { createStore } from '../src/storage/kysely-store.js';
import { systemClock } from '../src/app/ports/clock.js';
import { createGroupActivity } from '../src/app/group-activities/create-group-activity.js';
import { updateGroupActivity } from '../src/app/group-activities/update-group-activity.js';
import { finishGroupActivity } from '../src/app/group-activities/finish-group-activity.js';

/**
 * ms: the median CPU time of this process over the write (better-sqlite3 runs every statement on
 * this thread, so it is the work done, and barely moves when other programs load the machine);
 * wallMs: the median wall time beside it.
 */
export type PartRow = { part: string; contacts: number; ms: number; addedMs: number | null; wallMs: number; runs: number[]; wallRuns: number[] };
type Options = { sizes: number[]; runs: number; out: string };

const NOW = '2026-12-01T08:00:00.000Z';
const WRITTEN = ['activities', 'activity_contacts', 'activity_contact_persons'];

function parse(argv: string[]): Options {
  const o: Options = { sizes: [100_000], runs: 3, out: path.join(ROOT, 'bench/results/finish-parts.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--finish-parts' || a === '--') continue;
    if (a === '--sizes') o.sizes = value().split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--out') o.out = path.resolve(value());
    else throw new Error(`unknown option ${a} (with --finish-parts: --sizes, --runs, --out)`);
  }
  for (const n of o.sizes) if (!Number.isInteger(n) || n < 10) throw new Error(`--sizes: "${n}" is not a whole number ≥ 10`);
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  return o;
}

/** The secondary indexes of the tables the finish writes, as created by the migrations, in creation order. */
export async function secondaryIndexes(db: Kysely<DB>): Promise<Array<{ name: string; table: string; ddl: string }>> {
  const { rows } = await sql<{ name: string; tbl_name: string; sql: string }>`select name, tbl_name, sql from sqlite_master
    where type = 'index' and sql is not null and tbl_name in (${sql.join(WRITTEN)}) order by rowid`.execute(db);
  return rows.map((r) => ({ name: r.name, table: r.tbl_name, ddl: r.sql }));
}

/** Activities without `unique` on number and all three tables without secondary indexes; rows kept. */
export async function stripToMinimal(db: Kysely<DB>, indexes: Array<{ name: string }>): Promise<void> {
  for (const ix of indexes) await sql`drop index ${sql.id(ix.name)}`.execute(db);
  const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'activities'`.execute(db);
  const ddl = rows[0]!.sql.replace('"number" integer not null unique', '"number" integer not null').replace('CREATE TABLE "activities"', 'CREATE TABLE "activities_min"');
  if (ddl.includes(' unique')) throw new Error(`unexpected activities DDL: ${rows[0]!.sql}`);
  await sql`pragma foreign_keys = off`.execute(db);
  await sql.raw(ddl).execute(db);
  await sql`insert into activities_min select * from activities`.execute(db);
  await sql`drop table activities`.execute(db);
  await sql`alter table activities_min rename to activities`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
}

export async function benchFinishParts(n: number, runs: number, log: (l: string) => void): Promise<PartRow[]> {
  const target = await createTarget('sqlite', 'parts');
  try {
    const seed = await runCli(['seed', '--demo', '--contacts', String(n), '--persons', '2-2', '--seed', '1', '--base-date', NOW.slice(0, 10), '--db', target.url],
      { KONTAKTA_ADMIN_EMAIL: 'bench@example.se', KONTAKTA_ADMIN_PASSWORD: 'bench-password-1' });
    if (seed.code !== 0) throw new Error(`seed failed: ${seed.stderr || seed.stdout}`);
    const database = await target.open();
    const { db } = database;
    await sql`analyze`.execute(db);
    const managers = (await db.selectFrom('employees').select('id').where('is_account_manager', '=', 1).where('active', '=', 1).orderBy('id').execute()).map((r) => r.id);
    const admin = (await db.selectFrom('employees').select('id').where('email', '=', 'bench@example.se').executeTakeFirstOrThrow()).id;
    const type = await db.selectFrom('activity_types').select(['id', 'default_alarm_minutes', 'color', 'list']).orderBy('id').executeTakeFirstOrThrow();
    const shape: ActivityShape = {
      subject: 'Bench', startAt: '2026-12-07T09:00:00.000Z', endAt: '2026-12-07T10:00:00.000Z', typeId: type.id, alarmMinutes: type.default_alarm_minutes,
      color: type.color, showInTaskList: type.list === 'taskList', createdBy: admin, now: NOW,
    };
    const indexes = await secondaryIndexes(db);
    await stripToMinimal(db, indexes);

    const rows: PartRow[] = [];
    const step = async (part: string, write: (offset: number, batchId: number) => Promise<unknown>, prepare?: () => Promise<void>) => {
      const cpu: number[] = [];
      const wall: number[] = [];
      for (let r = 0; r < runs; r++) {
        const counter = await db.selectFrom('counters').select('value').where('name', '=', 'activity').executeTakeFirst();
        const offset = Number(counter?.value ?? 0);
        const b = await db.insertInto('batches').values({ mode: 'perContact', included_count: 0, excluded_count: 0, skipped_count: 0, activity_count: 0, created_at: NOW })
          .returning('id').executeTakeFirstOrThrow();
        await prepare?.();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await write(offset, b.id);
        wall.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        await removeAbove(database, offset);
        await db.deleteFrom('batches').where('id', '=', b.id).execute();
      }
      const ms = median(cpu);
      const prev = rows.at(-1);
      rows.push({ part, contacts: n, ms, addedMs: prev ? ms - prev.ms : null, wallMs: median(wall), runs: cpu, wallRuns: wall });
      log(`${part}: ${ms.toFixed(0)} ms CPU${prev ? ` (${ms - prev.ms >= 0 ? '+' : ''}${(ms - prev.ms).toFixed(0)} ms)` : ''}, ${median(wall).toFixed(0)} ms wall`);
    };
    const bare = (offset: number, batchId: number) => bareCreate(database, { selection: ALL, mode: 'perContact', offset, batchId, managers, a: shape });

    const planned = (offset: number, batchId: number) => viaPlan(database, { offset, batchId, managers, a: shape });
    await step('minimal write (PK + FK only)', bare);
    // The finish ranks the contacts once into a temporary table; the three INSERTs above rank three times.
    await step('ranked once into a temporary plan table', planned);
    await sql`create unique index activities_number_uq on activities (number)`.execute(db);
    await step('+ unique number', planned);
    for (const ix of indexes) {
      await sql.raw(ix.ddl).execute(db);
      await step(`+ ${ix.name}`, planned);
    }

    // The product's finish: everything above plus the draft's claim, counts, counter, batch row, result and audit entry.
    const store = createStore(database);
    const actor = { employeeId: admin, role: 'admin' as const, name: 'bench' };
    let draftId = 0;
    const finish = async () => {
      const r = await finishGroupActivity(store, systemClock, actor, draftId);
      if (r.activityCount < n) throw new Error(`finish made ${r.activityCount} activities of ${n}`);
    };
    const newDraft = async () => {
      draftId = (await createGroupActivity(store, systemClock, actor, { mode: 'perContact' })).id;
      await updateGroupActivity(store, systemClock, actor, draftId, {
        selection: ALL, distribution: { method: 'even', employeeIds: managers },
        template: { subject: shape.subject, startAt: shape.startAt, endAt: shape.endAt, typeId: type.id }, options: { linkPrimaryPerson: true },
      });
    };
    await step('product finish (claim, counts, counter, batch row, audit)', finish, newDraft);
    // What 0014-finish-indexes saves, in the same run: the plain start index it dropped, put back.
    if (!indexes.some((ix) => ix.name === 'activities_start_ix')) {
      await sql`create index activities_start_ix on activities (start_at)`.execute(db);
      await step('product finish with activities_start_ix (dropped by 0014)', finish, newDraft);
    }
    return rows;
  } finally {
    await target.drop();
  }
}

/** Removes what a step wrote (activities above the offset and their links), outside the timing. */
async function removeAbove(database: Database, offset: number): Promise<void> {
  const { db } = database;
  await db.transaction().execute(async (trx) => {
    for (const t of ['activity_contacts', 'activity_contact_persons', 'activity_employees', 'activity_resources'] as const) {
      await trx.deleteFrom(t).where('activity_id', '>', offset).execute();
    }
    await trx.deleteFrom('activities').where('id', '>', offset).execute();
  });
}

/** The same write as bareCreate, with the contacts ranked once into a temporary plan table, as the finish does. */
async function viaPlan(database: Database, o: { offset: number; batchId: number; managers: number[]; a: ActivityShape }): Promise<void> {
  const { db } = database;
  const a = o.a;
  await db.transaction().execute(async (trx) => {
    await sql`create temporary table ga_plan_bench (contact_id integer not null, rk integer not null, tile integer not null)`.execute(trx);
    await sql`insert into ga_plan_bench (contact_id, rk, tile)
      select contacts.id, row_number() over w, ntile(${sql.lit(o.managers.length)}) over w from contacts where ${whereOf(ALL)}
      window w as (order by case when contacts.postal_code is null then 1 else 0 end, contacts.postal_code, contacts.number)`.execute(trx);
    const responsible = sql`case p.tile ${sql.join(o.managers.map((m, i) => sql`when ${sql.lit(i + 1)} then ${sql.lit(m)}`), sql` `)} end`;
    const id = sql`${sql.lit(o.offset)} + p.rk`;
    const txt = (v: string | null) => sql`cast(${v} as text)`;
    await sql`insert into activities (id, number, subject, start_at, end_at, all_day, alarm_minutes, type_id, done, responsible_id, color,
        show_in_task_list, batch_id, created_by, created_at, updated_at)
      select ${id}, ${id}, ${txt(a.subject)}, ${txt(a.startAt)}, ${txt(a.endAt)}, 0, ${sql.lit(a.alarmMinutes)}, ${sql.lit(a.typeId)}, 0, ${responsible},
        ${txt(a.color)}, ${sql.lit(a.showInTaskList ? 1 : 0)}, ${sql.lit(o.batchId)}, ${sql.lit(a.createdBy)}, ${txt(a.now)}, ${txt(a.now)} from ga_plan_bench p`.execute(trx);
    await sql`insert into activity_contacts (activity_id, contact_id) select ${id}, p.contact_id from ga_plan_bench p`.execute(trx);
    await sql`insert into activity_contact_persons (activity_id, contact_person_id)
      select ${id}, cp.id from ga_plan_bench p join contact_persons cp on cp.contact_id = p.contact_id and cp.is_primary = 1 and cp.inactive = 0`.execute(trx);
    await sql`drop table ga_plan_bench`.execute(trx);
  });
}

export function formatPartsMarkdown(rows: PartRow[]): string {
  return ['| contacts | step | CPU time | added by the step | wall time |', '|---:|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.contacts.toLocaleString('en-US')} | ${r.part} | ${(r.ms / 1000).toFixed(2)} s | ${r.addedMs === null ? '—' : `${r.addedMs >= 0 ? '+' : ''}${(r.addedMs / 1000).toFixed(2)} s`} | ${(r.wallMs / 1000).toFixed(2)} s |`)].join('\n');
}

export async function runFinishParts(argv: string[]): Promise<void> {
  const o = parse(argv);
  const started = new Date();
  const rows: PartRow[] = [];
  for (const n of o.sizes) {
    console.log(`sqlite: finish parts at ${n.toLocaleString('en-US')} contacts, ${o.runs} run(s)…`);
    rows.push(...await benchFinishParts(n, o.runs, (l) => console.log(`  ${l}`)));
  }
  const table = formatPartsMarkdown(rows);
  console.log(`\n${table}`);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, `${JSON.stringify({
    startedAt: started.toISOString(), machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => +x.toFixed(2)), node: process.version },
    options: o, parts: rows,
  }, null, 2)}\n`);
  fs.writeFileSync(o.out.replace(/\.json$/, '') + '.md', `${table}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), o.out) || o.out}`);
}
