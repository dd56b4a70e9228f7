/**
 * Change values for N activities (issue 13): the finish and its undo beside a bare UPDATE of the
 * same rows and columns to the same kind of new values, measured in the same run. The product
 * hands every activity of one manager to another and moves it a week (DST-aware in
 * Europe/Stockholm), recording old and new values for undo, all in one transaction; the bare
 * UPDATE sets the responsible and moves both times a week (7 × 24 h), and back for the undo.
 * Each timed statement starts from a settled database (PostgreSQL: VACUUM ANALYZE, so earlier
 * updates' dead rows do not weigh on later ones; SQLite: WAL checkpoint), product and bare alike.
 *
 *   npm run bench -- --sizes none --change-values 100000     (or as part of a full run)
 *   npx tsx bench/change-values.ts [sizes=10000,100000]
 */
import { sql } from 'kysely';
import type { Database } from '../src/storage/database.js';
import { createStore } from '../src/storage/kysely-store.js';
import { systemClock } from '../src/app/ports/clock.js';
import { createActivityChange } from '../src/app/activity-changes/create-activity-change.js';
import { finishActivityChange } from '../src/app/activity-changes/finish-activity-change.js';
import { undoActivityChange } from '../src/app/activity-changes/undo-activity-change.js';
import type { DbKind, Target } from './targets.js';
import { AT_SCALE, median, type Figure } from './scenarios.js';
import { BENCH_NOW as NOW, isMain, onEachDatabase, seedManagers, sizesArg } from './standalone.js';

const WEEK = 7 * 86_400;

async function seed(database: Database, n: number): Promise<number[]> {
  const staff = await seedManagers(database, ['Anna', 'Bertil']);
  for (let i = 0; i < n; i += 1000) {
    await database.db.insertInto('activities').values(Array.from({ length: Math.min(1000, n - i) }, (_, k) => {
      const no = i + k + 1;
      // Starts over 60 days around the end of daylight saving's start (2026-03-29).
      const start = new Date(Date.parse('2026-03-02T08:00:00.000Z') + (no % 60) * 86_400_000).toISOString();
      return {
        id: no, number: no, subject: `Besök ${no}`, start_at: start, end_at: new Date(Date.parse(start) + 3_600_000).toISOString(), all_day: 0,
        alarm_minutes: null, type_id: null, status_id: null, priority_id: null, done: 0, done_at: null, responsible_id: staff[0]!,
        notes: null, color: null, show_in_task_list: 0, custom1: null, custom2: null, batch_id: null, created_by: null, created_at: NOW, updated_at: NOW,
      };
    })).execute();
  }
  return staff;
}

export type ChangeValuesRun = { finishMs: number; bareMs: number; undoMs: number; bareUndoMs: number; changed: number; restored: number };

/** One run: bare forward and back, then the product's finish and undo, each from a settled database. */
export async function measureChangeValues(database: Database, kind: DbKind, from: number, to: number): Promise<ChangeValuesRun> {
  const settle = () => (kind === 'postgres' ? sql`vacuum analyze activities` : sql`pragma wal_checkpoint(truncate)`).execute(database.db);
  const time = async (f: () => Promise<unknown>) => { await settle(); const t0 = performance.now(); await f(); return performance.now() - t0; };
  const move = (col: string, seconds: number) => database.dialect.addSeconds(sql.ref(col), sql`${seconds}`);
  const bare = (a: number, b: number, seconds: number) => database.db.transaction().execute((tx) => sql`update activities
    set responsible_id = ${b}, start_at = ${move('start_at', seconds)}, end_at = ${move('end_at', seconds)}, updated_at = ${NOW}
    where responsible_id = ${a}`.execute(tx));
  const bareMs = await time(() => bare(from, to, WEEK));
  const bareUndoMs = await time(() => bare(to, from, -WEEK));
  const store = createStore(database);
  const actor = { employeeId: from, role: 'admin' as const, name: 'bench' };
  const draft = await createActivityChange(store, systemClock, actor, {
    selection: { match: [{ field: 'responsibleId', condition: 'eq', value: from }] },
    changes: [{ field: 'responsibleId', set: to }, { field: 'startAt', moveBy: { days: 7 } }],
  });
  let changed = 0;
  let restored = 0;
  const finishMs = await time(async () => { changed = (await finishActivityChange(store, systemClock, actor, draft.id)).changed; });
  const undoMs = await time(async () => { restored = (await undoActivityChange(store, systemClock, actor, draft.id)).restored; });
  return { finishMs, bareMs, undoMs, bareUndoMs, changed, restored };
}

/** The figures of `npm run bench`: finish and undo over `n` activities, the median of `runs`. */
export async function benchChangeValues(ctx: { kind: DbKind; n: number; runs: number; createTarget: (k: DbKind, label: string) => Promise<Target>; log: (l: string) => void }): Promise<Figure[]> {
  const target = await ctx.createTarget(ctx.kind, 'changevalues');
  try {
    const database = await target.open();
    const [anna, bertil] = await seed(database, ctx.n);
    const runs: ChangeValuesRun[] = [];
    for (let r = 0; r < ctx.runs; r++) runs.push(await measureChangeValues(database, ctx.kind, anna!, bertil!));
    const figure = (name: string, product: number[], baseline: number[], note: string): Figure => {
      const p = median(product);
      const b = median(baseline);
      const ratio = b > 0 ? p / b : null;
      ctx.log(`${name}: ${p.toFixed(1)} ms vs ${b.toFixed(1)} ms${ratio !== null ? ` (${ratio.toFixed(2)}×)` : ''}`);
      return {
        db: ctx.kind, figure: name, contacts: ctx.n, runs: ctx.runs, productMs: p, baselineMs: b, ratio, productRuns: product, baselineRuns: baseline,
        peakMb: null, idleMb: null, target: '≤2×', met: ratio !== null && ctx.n >= AT_SCALE ? ratio <= 2 : null, note,
      };
    };
    return [
      figure('change values: finish (activities)', runs.map((r) => r.finishMs), runs.map((r) => r.bareMs),
        `${runs[0]!.changed} activities: responsible set, start moved a week (DST-aware), old/new recorded; baseline: bare UPDATE of responsible and both times`),
      figure('change values: undo (activities)', runs.map((r) => r.undoMs), runs.map((r) => r.bareUndoMs),
        `${runs[0]!.restored} restored where unchanged since; baseline: bare UPDATE back`),
    ];
  } finally {
    await target.drop();
  }
}

if (isMain(import.meta.url)) {
  await onEachDatabase('changevalues', sizesArg([10_000, 100_000]), async (database, kind, n) => {
    const [anna, bertil] = await seed(database, n);
    const r = await measureChangeValues(database, kind, anna!, bertil!);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`${kind.padEnd(9)} ${String(n).padStart(7)} activities: finish ${s(r.finishMs)} (${r.changed} changed) vs bare UPDATE ${s(r.bareMs)} = ${(r.finishMs / r.bareMs).toFixed(2)}×; `
      + `undo ${s(r.undoMs)} (${r.restored} restored) vs bare UPDATE ${s(r.bareUndoMs)} = ${(r.undoMs / r.bareUndoMs).toFixed(2)}×`);
  });
}
