/**
 * Undo of a finished change, set-based over what the finish recorded: ONE `UPDATE … FROM
 * activity_change_rows` restores each recorded column only where it still holds the new value (a
 * later hand edit is kept, and the activity counted as kept); links added are removed and links
 * removed come back (`activity_change_values`). A record of an activity deleted since matches
 * nothing.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ActivityChangesRepository } from '../../app/ports/activity-changes.js';
import type { ActivityChange } from '../../domain/activity-change/types.js';
import { recordedFields } from '../../domain/activity-change/changes.js';
import { COLUMNS, LINKS } from './activity-change-plan.js';

const int = (v: number | null | undefined) => sql<number>`cast(${v ?? null} as integer)`;
const txt = (v: string | null | undefined) => sql<string>`cast(${v ?? null} as text)`;

export function changeUndoStatements(db: Kysely<DB>, dialect: Dialect): Pick<ActivityChangesRepository, 'undo' | 'recordedActivityIds'> {
  return {
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
      // Joined with activities: a record of an activity deleted since names nothing (0013).
      const { rows } = await sql<{ id: number }>`select a.id from activities a where a.id in (
        select activity_id from activity_change_rows where change_id = ${int(changeId)}
        union select activity_id from activity_change_values where change_id = ${int(changeId)}) order by 1`.execute(db);
      return rows.map((r) => Number(r.id));
    },
  };
}
