/**
 * The set-based finish and undo of the change-values wizard, without a temporary table: the
 * included activities with their new values are ONE nested SELECT (new start and end, the start/end
 * conflict and its resolution, the distribution rank in the activities' order), which
 * 1. counts (the distribution's total and own-manager counts, conflicts to skip),
 * 2. lists conflicts for step 7 (nothing written), and
 * 3. is recorded as ONE `INSERT … SELECT` into `activity_change_rows`: one row per changed activity
 *    with the old and new value of every recorded column, written in key order.
 * Then ONE `UPDATE … FROM` the recorded rows copies the new values (no expression is computed
 * twice, and the rows are visited in the table's order). Links added or removed are rows of
 * `activity_change_values`. Undo is in activity-change-undo.ts.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ActivityChangesRepository, ChangePlanInput, ConflictRow } from '../../app/ports/activity-changes.js';
import type { MoveBy, SetField } from '../../domain/activity-change/types.js';
import { changeOf, distributionOf, leadingTime, recordedFields } from '../../domain/activity-change/changes.js';
import { ACTIVITY_ORDER } from '../../domain/activity-change/distribution-order.js';
import { offsetSegments, type OffsetSegment } from '../../domain/activity-change/time-zone.js';
import { includedActivities } from './activity-changes.js';
import { responsibleExpr } from './group-activity-batches.js';

const int = (v: number | null | undefined) => sql<number>`cast(${v ?? null} as integer)`;
const txt = (v: string | null | undefined) => sql<string>`cast(${v ?? null} as text)`;

/** Columns of the fields a change sets, and how their text form is cast back. */
export const COLUMNS: Record<SetField | 'doneAt', { col: string; type: 'integer' | 'text' }> = {
  subject: { col: 'subject', type: 'text' }, typeId: { col: 'type_id', type: 'integer' }, statusId: { col: 'status_id', type: 'integer' },
  priority: { col: 'priority_id', type: 'integer' }, responsibleId: { col: 'responsible_id', type: 'integer' },
  done: { col: 'done', type: 'integer' }, doneAt: { col: 'done_at', type: 'text' }, color: { col: 'color', type: 'text' },
  showInTaskList: { col: 'show_in_task_list', type: 'integer' }, custom1: { col: 'custom1', type: 'text' },
  custom2: { col: 'custom2', type: 'text' }, notes: { col: 'notes', type: 'text' }, startAt: { col: 'start_at', type: 'text' },
  endAt: { col: 'end_at', type: 'text' },
};
export const LINKS = {
  employeeIds: { table: 'activity_employees', col: 'employee_id', ref: 'employees' },
  resourceIds: { table: 'activity_resources', col: 'resource_id', ref: 'resources' },
} as const;
const ORDER_COLUMN = { startAt: 'rank_start', number: 'rank_number' } as const;

/** The zone's offset (seconds) at an ISO instant, as a CASE over its transitions. */
function offsetExpr(x: RawBuilder<unknown>, segments: OffsetSegment[]): RawBuilder<number> {
  if (segments.length === 1) return int(segments[0]!.offset);
  const whens = segments.slice(1).map((s, i) => sql`when ${x} < ${txt(s.from)} then ${int(segments[i]!.offset)}`);
  return sql<number>`case ${sql.join(whens, sql` `)} else ${int(segments[segments.length - 1]!.offset)} end`;
}

/** ORDER BY of the distribution rank over a row alias: the domain's order (start, empty last; number). */
function rankOrder(row: string): RawBuilder<unknown> {
  return sql.join(ACTIVITY_ORDER.map((k) => {
    const ref = sql.ref(`${row}.${ORDER_COLUMN[k.field]}`);
    return k.emptyLast ? sql`case when ${ref} is null then 1 else 0 end, ${ref}` : sql`${ref}`;
  }));
}

/** A conflict: both new times known and the end before the start. */
const conflictOf = (start: RawBuilder<unknown>, end: RawBuilder<unknown>) => sql`(${start} is not null and ${end} is not null and ${end} < ${start})`;

export function changePlanStatements(db: Kysely<DB>, dialect: Dialect): Pick<ActivityChangesRepository,
  'planCounts' | 'planConflicts' | 'recordChange' | 'recordedConflicts' | 'applyRecorded'> {

  /** A time moved by days in local time (DST kept), then by hours and minutes. */
  const moved = (x: RawBuilder<unknown>, by: MoveBy, segments: OffsetSegment[]) => {
    const plain = by.hours * 3600 + by.minutes * 60;
    if (!by.days) return dialect.addSeconds(x, int(plain));
    const d = by.days * 86_400;
    const dst = sql`(${offsetExpr(x, segments)} - ${offsetExpr(dialect.addSeconds(x, int(d)), segments)})`;
    return dialect.addSeconds(x, sql`${int(d + plain)} + ${dst}`);
  };

  /** The zone's offsets over the included activities' times (± the move), for a move by days. */
  async function segmentsFor(input: ChangePlanInput): Promise<OffsetSegment[]> {
    const moves = [changeOf(input.changes, 'startAt'), changeOf(input.changes, 'endAt')].flatMap((c) => (c && 'moveBy' in c ? [c] : []));
    if (!moves.some((m) => m.moveBy.days)) return [{ from: null, offset: 0 }];
    const r = await db.selectFrom('activities').where(includedActivities(input.scope))
      .select((eb) => [eb.fn.min('start_at').as('a'), eb.fn.max('start_at').as('b'), eb.fn.min('end_at').as('c'), eb.fn.max('end_at').as('d')])
      .executeTakeFirstOrThrow();
    const times = [r.a, r.b, r.c, r.d].filter((v): v is string => !!v).map((v) => Date.parse(v));
    if (!times.length) return [{ from: null, offset: 0 }];
    const reach = Math.max(...moves.map((m) => Math.abs(m.moveBy.days))) * 86_400_000;
    return offsetSegments(input.timeZone, Math.min(...times) - reach, Math.max(...times) + reach);
  }

  /**
   * The included activities as rows `p`: `activity_id`, `old_<col>` of every recorded column, the
   * rank keys, `own_manager_id`; with a time change `ns0`/`ne0` (new times as asked), `conflict`
   * and `ns`/`ne` (after the conflict choice: shift moves the other time along, skip leaves the
   * row out unless `keepSkipped`); with a distribution `pool_rk`.
   */
  async function planned(input: ChangePlanInput, opts: { keepSkipped?: boolean; unresolved?: boolean } = {}): Promise<RawBuilder<unknown>> {
    const { changes } = input;
    const cols = recordedFields(changes).map((f) => COLUMNS[f].col);
    const timed = cols.includes('start_at');
    const segments = timed ? await segmentsFor(input) : [];
    const start = changeOf(changes, 'startAt');
    const end = changeOf(changes, 'endAt');
    const a = (c: string) => sql.ref(`activities.${c}`);
    // A change of one time; a move of only one of them moves the other along (duration kept).
    const newTime = (own: typeof start, other: typeof start, col: string) => {
      if (own && 'set' in own) return txt(own.set as string);
      if (own && 'moveBy' in own) return moved(a(col), own.moveBy, segments);
      if (other && 'moveBy' in other) return moved(a(col), other.moveBy, segments);
      return a(col);
    };
    const ownIds = input.ownManagerIds?.length ? input.ownManagerIds : null;
    const own = ownIds
      ? sql`(select case when c.account_manager_id in (${sql.join(ownIds)}) then c.account_manager_id end
           from activity_contacts ac join contacts c on c.id = ac.contact_id where ac.activity_id = activities.id order by c.id limit 1)`
      : sql`cast(null as integer)`;
    const base = db.selectFrom('activities').where(includedActivities(input.scope)).select([
      'activities.id as activity_id', 'activities.start_at as rank_start', 'activities.number as rank_number', own.as('own_manager_id'),
      ...cols.map((c) => a(c).as(`old_${c}`)),
      ...(timed ? [newTime(start, end, 'start_at').as('ns0'), newTime(end, start, 'end_at').as('ne0')] : []),
    ]);
    let rows: RawBuilder<unknown> = sql`(${base})`;
    if (timed) {
      const isConflict = conflictOf(sql.ref('b.ns0'), sql.ref('b.ne0'));
      const choice = opts.unresolved ? null : input.conflicts;
      const leading = leadingTime(changes);
      const duration = sql`coalesce(${dialect.secondsBetween(sql.ref('b.old_start_at'), sql.ref('b.old_end_at'))}, 0)`;
      const ns = choice === 'shift' && leading === 'endAt'
        ? sql`case when ${isConflict} then ${dialect.addSeconds(sql.ref('b.ne0'), sql`- ${duration}`)} else b.ns0 end` : sql`b.ns0`;
      const ne = choice === 'shift' && leading === 'startAt'
        ? sql`case when ${isConflict} then ${dialect.addSeconds(sql.ref('b.ns0'), duration)} else b.ne0 end` : sql`b.ne0`;
      const skip = choice === 'skip' && !opts.keepSkipped ? sql`where not ${isConflict}` : sql``;
      rows = sql`(select b.*, case when ${isConflict} then 1 else 0 end as conflict, ${ns} as ns, ${ne} as ne from ${rows} b ${skip})`;
    }
    if (distributionOf(changes)) {
      const rank = ownIds
        ? sql`row_number() over (partition by case when m.own_manager_id is null then 0 else 1 end order by ${rankOrder('m')})`
        : sql`row_number() over (order by ${rankOrder('m')})`;
      rows = sql`(select m.*, ${rank} as pool_rk from ${rows} m)`;
    }
    return rows;
  }

  const conflictRows = (rows: { id: number; number: number; subject: string | null; old_start: string | null; old_end: string | null; new_start: string | null; new_end: string | null }[]): ConflictRow[] =>
    rows.map((r) => ({ id: r.id, number: r.number, subject: r.subject, startAt: r.old_start, endAt: r.old_end, newStartAt: r.new_start, newEndAt: r.new_end }));

  return {
    async planCounts(input) {
      const rows = await planned(input, { keepSkipped: true });
      const timed = recordedFields(input.changes).includes('startAt');
      const skipped = timed && input.conflicts === 'skip';
      const { rows: got } = await sql<{ own: number | null; n: number; c: number }>`
        select p.own_manager_id as own, sum(${skipped ? sql`1 - p.conflict` : sql`1`}) as n, sum(${timed ? sql`p.conflict` : sql`0`}) as c
        from ${rows} p group by p.own_manager_id`.execute(db);
      let plannedCount = 0;
      let conflicts = 0;
      const ownCounts = new Map<number, number>();
      for (const r of got) {
        plannedCount += Number(r.n);
        conflicts += Number(r.c);
        if (r.own !== null) ownCounts.set(Number(r.own), Number(r.n));
      }
      return { planned: plannedCount, ownCounts, conflicts };
    },

    async planConflicts(input, limit) {
      if (!recordedFields(input.changes).includes('startAt')) return { rows: [], total: 0 };
      const rows = await planned({ ...input, ownManagerIds: null }, { unresolved: true });
      const { rows: found } = await sql<Parameters<typeof conflictRows>[0][number]>`
        select a.id, a.number, a.subject, p.old_start_at as old_start, p.old_end_at as old_end, p.ns0 as new_start, p.ne0 as new_end
        from ${rows} p join activities a on a.id = p.activity_id where p.conflict = 1 order by ${rankOrder('p')} limit ${int(limit)}`.execute(db);
      const { rows: n } = await sql<{ n: number }>`select count(*) as n from ${rows} p where p.conflict = 1`.execute(db);
      return { total: Number(n[0]?.n ?? 0), rows: conflictRows(found) };
    },

    async recordChange({ input, changeId, responsible, now }) {
      const { changes } = input;
      const rows = await planned(input);
      // The new value of each recorded column, as an expression over the planned row p.
      const nextOf = (f: SetField | 'doneAt'): RawBuilder<unknown> => {
        if (f === 'startAt') return sql.ref('p.ns');
        if (f === 'endAt') return sql.ref('p.ne');
        const old = sql.ref(`p.old_${COLUMNS[f].col}`);
        if (f === 'doneAt') {
          const done = changeOf(changes, 'done');
          return done && 'set' in done && done.set ? sql`case when p.old_done = 1 then p.old_done_at else ${txt(now)} end` : txt(null);
        }
        const c = changeOf(changes, f)!;
        if ('append' in c) return sql`case when ${old} is null then ${txt(c.append)} else ${old} || ${txt('\n')} || ${txt(c.append)} end`;
        if ('distribution' in c) return responsible ? responsibleExpr(responsible, sql.ref('p.own_manager_id'), sql.ref('p.pool_rk')) : old;
        if (!('set' in c)) return old;
        if (f === 'done' || f === 'showInTaskList') return int(c.set ? 1 : 0);
        return COLUMNS[f].type === 'integer' ? int(c.set as number | null) : txt(c.set as string | null);
      };
      const written = recordedFields(changes).map((f) => ({ col: COLUMNS[f].col, next: nextOf(f) }));
      const names = written.flatMap((w) => [sql.raw(`old_${w.col}`), sql.raw(`new_${w.col}`)]);
      const values = written.flatMap((w) => [sql.ref(`p.old_${w.col}`), w.next]);
      // In key order: a distribution's rank sorts the rows by start, which would scatter the inserts.
      const r = await sql`insert into activity_change_rows (change_id, activity_id${names.length ? sql`, ${sql.join(names)}` : sql``})
        select ${int(changeId)}, p.activity_id${values.length ? sql`, ${sql.join(values)}` : sql``} from ${rows} p
        ${distributionOf(changes) ? sql`order by p.activity_id` : sql``}`.execute(db);
      return Number(r.numAffectedRows ?? 0);
    },

    async recordedConflicts(changeId, limit) {
      const where = sql`r.change_id = ${int(changeId)} and ${conflictOf(sql.ref('r.new_start_at'), sql.ref('r.new_end_at'))}`;
      const { rows: n } = await sql<{ n: number }>`select count(*) as n from activity_change_rows r where ${where}`.execute(db);
      const total = Number(n[0]?.n ?? 0);
      if (!total) return { total, rows: [] };
      const { rows } = await sql<Parameters<typeof conflictRows>[0][number]>`
        select a.id, a.number, a.subject, r.old_start_at as old_start, r.old_end_at as old_end, r.new_start_at as new_start, r.new_end_at as new_end
        from activity_change_rows r join activities a on a.id = r.activity_id where ${where}
        order by case when r.old_start_at is null then 1 else 0 end, r.old_start_at, a.number limit ${int(limit)}`.execute(db);
      return { total, rows: conflictRows(rows) };
    },

    async applyRecorded({ changeId, changes, now }) {
      const cols = recordedFields(changes).map((f) => COLUMNS[f].col);
      const recorded = sql`select r.activity_id from activity_change_rows r where r.change_id = ${int(changeId)}`;
      if (cols.length) {
        // ONE UPDATE … FROM the recorded rows: each column takes its recorded new value.
        const sets = cols.map((c) => sql`${sql.ref(c)} = ${sql.ref(`r.new_${c}`)}`);
        await sql`update activities set ${sql.join(sets)}, updated_at = ${txt(now)}
          from activity_change_rows r where r.change_id = ${int(changeId)} and r.activity_id = activities.id`.execute(db);
      } else {
        await sql`update activities set updated_at = ${txt(now)} where id in (${recorded})`.execute(db);
      }
      for (const c of changes) {
        if (c.field !== 'employeeIds' && c.field !== 'resourceIds') continue;
        const l = LINKS[c.field];
        const link = sql`${sql.table(l.table)} x where x.activity_id = p.activity_id and x.${sql.raw(l.col)} = t.id`;
        if (c.add?.length) {
          await sql`insert into activity_change_values (change_id, activity_id, field, old_value, new_value)
            select ${int(changeId)}, p.activity_id, ${c.field}, cast(null as text), cast(t.id as text)
            from activity_change_rows p cross join ${sql.table(l.ref)} t
            where p.change_id = ${int(changeId)} and t.id in (${sql.join(c.add)}) and not exists (select 1 from ${link})`.execute(db);
          await sql`insert into ${sql.table(l.table)} (activity_id, ${sql.raw(l.col)})
            select v.activity_id, cast(v.new_value as integer) from activity_change_values v
            where v.change_id = ${int(changeId)} and v.field = ${c.field} and v.old_value is null`.execute(db);
        }
        if (c.remove?.length) {
          await sql`insert into activity_change_values (change_id, activity_id, field, old_value, new_value)
            select ${int(changeId)}, p.activity_id, ${c.field}, cast(t.id as text), cast(null as text)
            from activity_change_rows p cross join ${sql.table(l.ref)} t
            where p.change_id = ${int(changeId)} and t.id in (${sql.join(c.remove)}) and exists (select 1 from ${link})`.execute(db);
          await sql`delete from ${sql.table(l.table)} where exists (select 1 from activity_change_values v
            where v.change_id = ${int(changeId)} and v.field = ${c.field} and v.new_value is null
            and v.activity_id = ${sql.ref(`${l.table}.activity_id`)} and cast(v.old_value as integer) = ${sql.ref(`${l.table}.${l.col}`)})`.execute(db);
        }
      }
    },
  };
}
