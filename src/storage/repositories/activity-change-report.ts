/**
 * Report rows of the change-values wizard, in keyset pages by activity number: the current
 * values of the included activities (before a finish), or the old/new values a finish recorded
 * (`activity_change_rows`).
 * Link fields (employees, resources) show the ids added or removed, comma-separated.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { ActivityChangeReports } from '../../app/ports/activity-changes.js';
import { includedActivities } from './activity-changes.js';

const COLUMNS: Record<string, string> = {
  subject: 'subject', typeId: 'type_id', statusId: 'status_id', priority: 'priority_id', responsibleId: 'responsible_id', done: 'done',
  color: 'color', showInTaskList: 'show_in_task_list', custom1: 'custom1', custom2: 'custom2', notes: 'notes', startAt: 'start_at', endAt: 'end_at',
};
const LINKS: Record<string, { table: string; col: string }> = {
  employeeIds: { table: 'activity_employees', col: 'employee_id' }, resourceIds: { table: 'activity_resources', col: 'resource_id' },
};

export function activityChangeReport(db: Kysely<DB>): ActivityChangeReports {
  return {
    async reportRows({ scope, fields, source, afterNumber, limit }) {
      const value = (f: string, i: number) => {
        const alias = `f${i}`;
        if (source !== 'current') {
          if (LINKS[f]) {
            const col = sql.raw(source === 'old' ? 'old_value' : 'new_value');
            return sql`(select min(v.${col}) from activity_change_values v
              where v.change_id = ${scope.changeId} and v.field = ${f} and v.activity_id = activities.id)`.as(alias);
          }
          const col = sql.raw(`${source}_${COLUMNS[f]}`);
          return sql`(select cast(r.${col} as text) from activity_change_rows r where r.change_id = ${scope.changeId} and r.activity_id = activities.id)`.as(alias);
        }
        if (LINKS[f]) return sql`(select cast(min(x.${sql.raw(LINKS[f].col)}) as text) from ${sql.table(LINKS[f].table)} x where x.activity_id = activities.id)`.as(alias);
        return sql`cast(${sql.ref(`activities.${COLUMNS[f]}`)} as text)`.as(alias);
      };
      let q = db.selectFrom('activities').leftJoin('employees as e', 'e.id', 'activities.responsible_id')
        .select(['activities.id', 'activities.number', 'activities.subject', 'activities.start_at', 'e.name as responsible_name'])
        .select(fields.map((f, i) => value(f, i)))
        .where('activities.number', '>', afterNumber).orderBy('activities.number').limit(limit);
      q = source === 'current'
        ? q.where(includedActivities(scope))
        : q.where((eb) => eb.or([
          eb('activities.id', 'in', db.selectFrom('activity_change_rows').select('activity_id').where('change_id', '=', scope.changeId)),
          eb('activities.id', 'in', db.selectFrom('activity_change_values').select('activity_id').where('change_id', '=', scope.changeId)),
        ]));
      const rows = (await q.execute()) as unknown as Record<string, unknown>[];
      return rows.map((r) => ({
        id: Number(r.id), number: Number(r.number), subject: (r.subject as string | null) ?? null, startAt: (r.start_at as string | null) ?? null,
        responsibleName: (r.responsible_name as string | null) ?? null,
        values: Object.fromEntries(fields.map((f, i) => [f, (r[`f${i}`] as string | null | undefined) ?? null])),
      }));
    },
  };
}
