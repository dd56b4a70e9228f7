/**
 * The set-based finish and undo of the change-values wizard. The included activities are ranked
 * once into a temporary plan (start, empty last, then number) with their new start and end, so
 * every later statement sees the same rows. Each changed activity gets ONE `activity_change_rows`
 * row with the old and new value of every recorded column (one INSERT … SELECT), and ONE
 * UPDATE … FROM the plan writes the same expressions; undo restores the old value where the new
 * one is still in place (a later hand edit is kept) with ONE UPDATE … FROM the recorded rows.
 * Links added or removed are rows of `activity_change_values`.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ActivityChangesRepository } from '../../app/ports/activity-changes.js';
import type { ActivityChange, MoveBy, SetField } from '../../domain/activity-change/types.js';
import { changeOf, recordedFields } from '../../domain/activity-change/changes.js';
import { offsetSegments, type OffsetSegment } from '../../domain/activity-change/time-zone.js';
import { includedActivities } from './activity-changes.js';
import { responsibleExpr } from './group-activity-batches.js';

const int = (v: number | null | undefined) => sql<number>`cast(${v ?? null} as integer)`;
const txt = (v: string | null | undefined) => sql<string>`cast(${v ?? null} as text)`;

/** Columns of the fields a change sets, and how their text form is cast back. */
const COLUMNS: Record<SetField | 'doneAt', { col: string; type: 'integer' | 'text' }> = {
  subject: { col: 'subject', type: 'text' }, typeId: { col: 'type_id', type: 'integer' }, statusId: { col: 'status_id', type: 'integer' },
  priority: { col: 'priority_id', type: 'integer' }, responsibleId: { col: 'responsible_id', type: 'integer' },
  done: { col: 'done', type: 'integer' }, doneAt: { col: 'done_at', type: 'text' }, color: { col: 'color', type: 'text' },
  showInTaskList: { col: 'show_in_task_list', type: 'integer' }, custom1: { col: 'custom1', type: 'text' },
  custom2: { col: 'custom2', type: 'text' }, notes: { col: 'notes', type: 'text' }, startAt: { col: 'start_at', type: 'text' },
  endAt: { col: 'end_at', type: 'text' },
};
const LINKS = {
  employeeIds: { table: 'activity_employees', col: 'employee_id', ref: 'employees' },
  resourceIds: { table: 'activity_resources', col: 'resource_id', ref: 'resources' },
} as const;


/** The zone's offset (seconds) at an ISO instant, as a CASE over its transitions. */
function offsetExpr(x: RawBuilder<unknown>, segments: OffsetSegment[]): RawBuilder<number> {
  if (segments.length === 1) return int(segments[0]!.offset);
  const whens = segments.slice(1).map((s, i) => sql`when ${x} < ${txt(s.from)} then ${int(segments[i]!.offset)}`);
  return sql<number>`case ${sql.join(whens, sql` `)} else ${int(segments[segments.length - 1]!.offset)} end`;
}

export function changePlanStatements(db: Kysely<DB>, dialect: Dialect): Pick<ActivityChangesRepository,
  'preparePlan' | 'planConflicts' | 'resolveConflicts' | 'applyPlan' | 'dropPlan' | 'undo' | 'recordedActivityIds'> {
  const dropPlan = async () => { await sql`drop table if exists cv_plan`.execute(db); };

  /** A time moved by days in local time (DST kept), then by hours and minutes. */
  const moved = (x: RawBuilder<unknown>, by: MoveBy, segments: OffsetSegment[]) => {
    const plain = by.hours * 3600 + by.minutes * 60;
    if (!by.days) return dialect.addSeconds(x, int(plain));
    const d = by.days * 86_400;
    const dst = sql`(${offsetExpr(x, segments)} - ${offsetExpr(dialect.addSeconds(x, int(d)), segments)})`;
    return dialect.addSeconds(x, sql`${int(d + plain)} + ${dst}`);
  };

  const isConflict = sql`p.new_start is not null and p.new_end is not null and p.new_end < p.new_start`;

  return {
    dropPlan,

    async preparePlan({ scope, changes, timeZone, ownManagerIds }) {
      await dropPlan();
      await sql`create temporary table cv_plan (
        activity_id integer primary key, rk integer not null, pool_rk integer not null, own_manager_id integer,
        old_start text, old_end text, new_start text, new_end text)`.execute(db);
      const start = changeOf(changes, 'startAt');
      const end = changeOf(changes, 'endAt');
      const moves = [start, end].flatMap((c) => (c && 'moveBy' in c ? [c] : []));
      let segments: OffsetSegment[] = [{ from: null, offset: 0 }];
      if (moves.some((m) => m.moveBy.days)) {
        const r = await db.selectFrom('activities').where(includedActivities(scope))
          .select((eb) => [eb.fn.min('start_at').as('a'), eb.fn.max('start_at').as('b'), eb.fn.min('end_at').as('c'), eb.fn.max('end_at').as('d')])
          .executeTakeFirstOrThrow();
        const times = [r.a, r.b, r.c, r.d].filter((v): v is string => !!v).map((v) => Date.parse(v));
        if (times.length) {
          const reach = Math.max(...moves.map((m) => Math.abs(m.moveBy.days))) * 86_400_000;
          segments = offsetSegments(timeZone, Math.min(...times) - reach, Math.max(...times) + reach);
        }
      }
      const a = (c: string) => sql.ref(`activities.${c}`);
      // A change of one time; a move of only one of them moves the other along (duration kept).
      const newTime = (own: typeof start, other: typeof start, col: string) => {
        if (own && 'set' in own) return txt(own.set as string);
        if (own && 'moveBy' in own) return moved(a(col), own.moveBy, segments);
        if (other && 'moveBy' in other) return moved(a(col), other.moveBy, segments);
        return a(col);
      };
      const own = ownManagerIds?.length
        ? sql`(select case when c.account_manager_id in (${sql.join(ownManagerIds)}) then c.account_manager_id end
             from activity_contacts ac join contacts c on c.id = ac.contact_id where ac.activity_id = activities.id order by c.id limit 1)`
        : sql`cast(null as integer)`;
      const order = sql`case when activities.start_at is null then 1 else 0 end, activities.start_at, activities.number`;
      const poolRk = ownManagerIds?.length
        ? sql`row_number() over (partition by case when ${own} is null then 0 else 1 end order by ${order})`
        : sql`row_number() over (order by ${order})`;
      const ranked = db.selectFrom('activities').where(includedActivities(scope)).select([
        'activities.id as activity_id', sql<number>`row_number() over (order by ${order})`.as('rk'), poolRk.as('pool_rk'), own.as('own_manager_id'),
        'activities.start_at as old_start', 'activities.end_at as old_end',
        newTime(start, end, 'start_at').as('new_start'), newTime(end, start, 'end_at').as('new_end'),
      ]);
      await sql`insert into cv_plan (activity_id, rk, pool_rk, own_manager_id, old_start, old_end, new_start, new_end)
        select r.activity_id, r.rk, r.pool_rk, r.own_manager_id, r.old_start, r.old_end, r.new_start, r.new_end from (${ranked}) r`.execute(db);
      const { rows } = await sql<{ own: number | null; n: number }>`select own_manager_id as own, count(*) as n from cv_plan group by own_manager_id`.execute(db);
      let planned = 0;
      const ownCounts = new Map<number, number>();
      for (const r of rows) {
        planned += Number(r.n);
        if (r.own !== null) ownCounts.set(Number(r.own), Number(r.n));
      }
      return { planned, ownCounts };
    },

    async planConflicts(limit) {
      const { rows } = await sql<{ id: number; number: number; subject: string | null; old_start: string | null; old_end: string | null; new_start: string | null; new_end: string | null }>`
        select a.id, a.number, a.subject, p.old_start, p.old_end, p.new_start, p.new_end
        from cv_plan p join activities a on a.id = p.activity_id where ${isConflict} order by p.rk limit ${int(limit)}`.execute(db);
      const { rows: n } = await sql<{ n: number }>`select count(*) as n from cv_plan p where ${isConflict}`.execute(db);
      return {
        total: Number(n[0]?.n ?? 0),
        rows: rows.map((r) => ({ id: r.id, number: r.number, subject: r.subject, startAt: r.old_start, endAt: r.old_end, newStartAt: r.new_start, newEndAt: r.new_end })),
      };
    },

    async resolveConflicts(choice, leading) {
      if (choice === 'skip') {
        const r = await sql`delete from cv_plan where activity_id in (select p.activity_id from cv_plan p where ${isConflict})`.execute(db);
        return Number(r.numAffectedRows ?? 0);
      }
      const duration = sql`coalesce(${dialect.secondsBetween(sql.ref('old_start'), sql.ref('old_end'))}, 0)`;
      const set = leading === 'startAt'
        ? sql`new_end = ${dialect.addSeconds(sql.ref('new_start'), duration)}`
        : sql`new_start = ${dialect.addSeconds(sql.ref('new_end'), sql`- ${duration}`)}`;
      await sql`update cv_plan set ${set} where activity_id in (select p.activity_id from cv_plan p where ${isConflict})`.execute(db);
      return 0;
    },

    async applyPlan({ changeId, changes, responsible, now }) {
      // The new value of each recorded column, as an expression over the row (a) and its plan (p).
      const nextOf = (f: SetField | 'doneAt'): RawBuilder<unknown> => {
        if (f === 'startAt') return sql.ref('p.new_start');
        if (f === 'endAt') return sql.ref('p.new_end');
        const col = sql.ref(`a.${COLUMNS[f].col}`);
        if (f === 'doneAt') {
          const done = changeOf(changes, 'done');
          return done && 'set' in done && done.set ? sql`case when a.done = 1 then a.done_at else ${txt(now)} end` : txt(null);
        }
        const c = changeOf(changes, f)!;
        if ('append' in c) return sql`case when ${col} is null then ${txt(c.append)} else ${col} || ${txt('\n')} || ${txt(c.append)} end`;
        if ('distribution' in c) return responsible ? responsibleExpr(responsible, sql.ref('p.own_manager_id'), sql.ref('p.pool_rk')) : col;
        if (!('set' in c)) return col;
        if (f === 'done' || f === 'showInTaskList') return int(c.set ? 1 : 0);
        return COLUMNS[f].type === 'integer' ? int(c.set as number | null) : txt(c.set as string | null);
      };
      const written = recordedFields(changes).map((field) => ({ field, col: COLUMNS[field].col, next: nextOf(field) }));
      if (written.length) {
        // ONE row per activity with the old and new value of every recorded column …
        const names = written.flatMap((w) => [sql.raw(`old_${w.col}`), sql.raw(`new_${w.col}`)]);
        const values = written.flatMap((w) => [sql.ref(`a.${w.col}`), w.next]);
        await sql`insert into activity_change_rows (change_id, activity_id, ${sql.join(names)})
          select ${int(changeId)}, a.id, ${sql.join(values)} from cv_plan p join activities a on a.id = p.activity_id`.execute(db);
        // … and ONE UPDATE … FROM the plan with the same expressions (right-hand sides read the row as it was).
        const sets = written.map((w) => sql`${sql.ref(w.col)} = ${w.next}`);
        await sql`update activities as a set ${sql.join(sets)}, updated_at = ${txt(now)}
          from cv_plan p where p.activity_id = a.id`.execute(db);
      }
      for (const c of changes) {
        if (c.field !== 'employeeIds' && c.field !== 'resourceIds') continue;
        const l = LINKS[c.field];
        const link = sql`${sql.table(l.table)} x where x.activity_id = p.activity_id and x.${sql.raw(l.col)} = t.id`;
        if (c.add?.length) {
          await sql`insert into activity_change_values (change_id, activity_id, field, old_value, new_value)
            select ${int(changeId)}, p.activity_id, ${c.field}, cast(null as text), cast(t.id as text)
            from cv_plan p cross join ${sql.table(l.ref)} t where t.id in (${sql.join(c.add)}) and not exists (select 1 from ${link})`.execute(db);
          await sql`insert into ${sql.table(l.table)} (activity_id, ${sql.raw(l.col)})
            select v.activity_id, cast(v.new_value as integer) from activity_change_values v
            where v.change_id = ${int(changeId)} and v.field = ${c.field} and v.old_value is null`.execute(db);
        }
        if (c.remove?.length) {
          await sql`insert into activity_change_values (change_id, activity_id, field, old_value, new_value)
            select ${int(changeId)}, p.activity_id, ${c.field}, cast(t.id as text), cast(null as text)
            from cv_plan p cross join ${sql.table(l.ref)} t where t.id in (${sql.join(c.remove)}) and exists (select 1 from ${link})`.execute(db);
          await sql`delete from ${sql.table(l.table)} where exists (select 1 from activity_change_values v
            where v.change_id = ${int(changeId)} and v.field = ${c.field} and v.new_value is null
            and v.activity_id = ${sql.ref(`${l.table}.activity_id`)} and cast(v.old_value as integer) = ${sql.ref(`${l.table}.${l.col}`)})`.execute(db);
        }
        if (!written.length) await sql`update activities set updated_at = ${txt(now)} where id in (select activity_id from cv_plan)`.execute(db);
      }
      const { rows } = await sql<{ n: number }>`select count(*) as n from cv_plan`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },

    async undo(changeId, now) {
      const draft = await db.selectFrom('activity_changes').select('changes').where('id', '=', changeId).executeTakeFirstOrThrow();
      const scalar = recordedFields(JSON.parse(draft.changes) as ActivityChange[]).map((f) => COLUMNS[f].col);
      const { rows: fields } = await sql<{ field: string }>`select distinct field from activity_change_values where change_id = ${int(changeId)}`.execute(db);
      let total = 0;
      let kept = 0;
      if (scalar.length) {
        // An activity is kept when any of its columns was edited since (it no longer holds the new value).
        const still = (col: string, row: string) => dialect.isNotDistinctFrom(sql.ref(`${row}.${col}`), sql.ref(`r.new_${col}`));
        const edited = scalar.map((col) => sql`not ${still(col, 'a')}`);
        const { rows: counted } = await sql<{ total: number; kept: number }>`
          select count(*) as total, sum(case when ${sql.join(edited, sql` or `)} then 1 else 0 end) as kept
          from activity_change_rows r join activities a on a.id = r.activity_id where r.change_id = ${int(changeId)}`.execute(db);
        total = Number(counted[0]?.total ?? 0);
        kept = Number(counted[0]?.kept ?? 0);
        // ONE UPDATE … FROM the recorded rows: each column goes back only where it still holds the new value.
        const sets = scalar.map((col) => sql`${sql.ref(col)} = case when ${still(col, 'activities')} then ${sql.ref(`r.old_${col}`)} else ${sql.ref(col)} end`);
        await sql`update activities set ${sql.join(sets)}, updated_at = ${txt(now)}
          from activity_change_rows r where r.change_id = ${int(changeId)} and r.activity_id = activities.id`.execute(db);
      }
      for (const field of fields.map((f) => f.field)) {
        if (field !== 'employeeIds' && field !== 'resourceIds') continue;
        const l = LINKS[field];
        await sql`delete from ${sql.table(l.table)} where exists (select 1 from activity_change_values v
          where v.change_id = ${int(changeId)} and v.field = ${field} and v.old_value is null
          and v.activity_id = ${sql.ref(`${l.table}.activity_id`)} and cast(v.new_value as integer) = ${sql.ref(`${l.table}.${l.col}`)})`.execute(db);
        await sql`insert into ${sql.table(l.table)} (activity_id, ${sql.raw(l.col)})
          select v.activity_id, cast(v.old_value as integer) from activity_change_values v
          join ${sql.table(l.ref)} t on t.id = cast(v.old_value as integer)
          where v.change_id = ${int(changeId)} and v.field = ${field} and v.new_value is null
          and not exists (select 1 from ${sql.table(l.table)} x where x.activity_id = v.activity_id and x.${sql.raw(l.col)} = cast(v.old_value as integer))`.execute(db);
      }
      if (!scalar.length) {
        const { rows } = await sql<{ n: number }>`select count(distinct activity_id) as n from activity_change_values where change_id = ${int(changeId)}`.execute(db);
        total = Number(rows[0]?.n ?? 0);
      }
      return { restored: total - kept, kept };
    },

    async recordedActivityIds(changeId) {
      const { rows } = await sql<{ id: number }>`select activity_id as id from activity_change_rows where change_id = ${int(changeId)}
        union select activity_id as id from activity_change_values where change_id = ${int(changeId)} order by 1`.execute(db);
      return rows.map((r) => Number(r.id));
    },
  };
}
