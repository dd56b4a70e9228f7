/**
 * Scheduling reads and settings. Busy time is read set-based: one statement for all asked
 * employees (responsible or linked, a UNION ALL of the index range scans the calendar uses) and
 * one for all asked resources — never one query per person or per activity. Activities without a
 * start and task-list rows do not occupy time (the calendar does not show them either).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { BusyRows, SchedulingRepository } from '../../app/ports/scheduling.js';
import type { BusySource } from '../../domain/scheduling/busy.js';
import type { WorkingHours, WorkingTime } from '../../domain/scheduling/working-time.js';
import type { ShowTimeAs } from '../../domain/model/registers.js';
import type { GroupSchedule } from '../../domain/scheduling/group-schedule.js';

type Row = { owner: number; start_at: string; end_at: string | null; all_day: number; show_time_as: ShowTimeAs | null };

function group(rows: Row[]): Map<number, BusySource[]> {
  const out = new Map<number, BusySource[]>();
  for (const r of rows) {
    const s: BusySource = { startAt: r.start_at, endAt: r.end_at, allDay: r.all_day === 1, showTimeAs: r.show_time_as };
    const list = out.get(r.owner);
    if (list) list.push(s); else out.set(r.owner, [s]);
  }
  return out;
}

export function schedulingRepository(db: Kysely<DB>): SchedulingRepository {
  return {
    async workingTime() {
      const r = await db.selectFrom('working_time').select('settings').where('id', '=', 1).executeTakeFirst();
      return r ? (JSON.parse(r.settings) as WorkingTime) : null;
    },
    async saveWorkingTime(w, now) {
      const settings = JSON.stringify(w);
      await db.insertInto('working_time').values({ id: 1, settings, updated_at: now })
        .onConflict((oc) => oc.column('id').doUpdateSet({ settings, updated_at: now })).execute();
    },
    async employeeHours(ids) {
      const out = new Map<number, WorkingHours>();
      if (!ids.length) return out;
      const rows = await db.selectFrom('employee_working_hours').select(['employee_id', 'hours']).where('employee_id', 'in', ids).execute();
      for (const r of rows) out.set(r.employee_id, JSON.parse(r.hours) as WorkingHours);
      return out;
    },
    async setEmployeeHours(employeeId, hours, now) {
      if (!hours) {
        await db.deleteFrom('employee_working_hours').where('employee_id', '=', employeeId).execute();
        return;
      }
      const text = JSON.stringify(hours);
      await db.insertInto('employee_working_hours').values({ employee_id: employeeId, hours: text, updated_at: now })
        .onConflict((oc) => oc.column('employee_id').doUpdateSet({ hours: text, updated_at: now })).execute();
    },
    async busy(q): Promise<BusyRows> {
      // Bounded on both sides like the calendar (migration 0012): same-day activities by their
      // start in [from − 1 day, to), the few that cross a UTC midnight by the partial index.
      const effectiveEnd = sql`coalesce(a.end_at, a.start_at)`;
      const inRange = sql`a.show_in_task_list = 0 and a.start_at is not null and a.start_at < ${q.to} and ${effectiveEnd} >= ${q.from}`;
      const earliestStart = new Date(Date.parse(q.from) - 86_400_000).toISOString();
      const bounds = [
        sql`a.start_at >= ${earliestStart} and a.start_at < ${q.to}`,
        sql`substr(coalesce(a.end_at, a.start_at), 1, 10) > substr(a.start_at, 1, 10) and ${effectiveEnd} >= ${q.from}`,
      ];
      const notSelf = sql`${q.excludeActivityId !== undefined ? sql` and a.id <> ${q.excludeActivityId}` : sql``}${
        q.excludeBatchId !== undefined ? sql` and (a.batch_id is null or a.batch_id <> ${q.excludeBatchId})` : sql``}`;
      const cols = sql`a.start_at, a.end_at, a.all_day, t.show_time_as`;
      // UNION (not ALL) over the two bounds: an activity found by both is one busy interval.
      const select = (owner: ReturnType<typeof sql>, from: ReturnType<typeof sql>, where: ReturnType<typeof sql>) => sql.join(bounds.map((b) =>
        sql`select ${owner} as owner, a.id as aid, ${cols} from ${from} left join activity_types t on t.id = a.type_id where ${b} and ${where} and ${inRange}${notSelf}`), sql` union `);
      let employees: Row[] = [];
      if (q.employeeIds.length) {
        const list = sql.join(q.employeeIds);
        employees = (await sql<Row>`${select(sql`a.responsible_id`, sql`activities a`, sql`a.responsible_id in (${list})`)}
          union
          ${select(sql`l.employee_id`, sql`activity_employees l join activities a on a.id = l.activity_id`,
            sql`l.employee_id in (${list}) and (a.responsible_id is null or a.responsible_id <> l.employee_id)`)}`.execute(db)).rows;
      }
      let resources: Row[] = [];
      if (q.resourceIds.length) {
        resources = (await sql<Row>`${select(sql`l.resource_id`, sql`activity_resources l join activities a on a.id = l.activity_id`,
          sql`l.resource_id in (${sql.join(q.resourceIds)})`)}`.execute(db)).rows;
      }
      return { employees: group(employees), resources: group(resources) };
    },
    async draftSchedule(id) {
      const r = await db.selectFrom('group_activities').select('schedule').where('id', '=', id).executeTakeFirst();
      return r?.schedule ? (JSON.parse(r.schedule) as GroupSchedule) : null;
    },
    async saveDraftSchedule(id, schedule) {
      await db.updateTable('group_activities').set({ schedule: schedule ? JSON.stringify(schedule) : null }).where('id', '=', id).execute();
    },
    async contactNames(ids) {
      const out = new Map<number, { number: number; name: string }>();
      if (!ids.length) return out;
      const rows = await db.selectFrom('contacts').select(['id', 'number', 'name']).where('id', 'in', ids).execute();
      for (const r of rows) out.set(r.id, { number: r.number, name: r.name });
      return out;
    },
    async batchActivities(batchId) {
      const rows = await sql<{ id: number; responsible_id: number | null; contact_id: number | null }>`
        select a.id, a.responsible_id, (select min(ac.contact_id) from activity_contacts ac where ac.activity_id = a.id) as contact_id
        from activities a where a.batch_id = ${batchId} order by a.id`.execute(db);
      return rows.rows.map((r) => ({ id: Number(r.id), responsibleId: r.responsible_id === null ? null : Number(r.responsible_id), contactId: r.contact_id === null ? null : Number(r.contact_id) }));
    },
    async writeTimes(batchId, times) {
      // The times go into a temporary table in multi-row INSERTs (3 parameters a row, well under
      // SQLite's limit per statement), then one UPDATE sets every activity of the batch.
      await sql`drop table if exists sched_times`.execute(db);
      await sql`create temporary table sched_times (id integer primary key, start_at text not null, end_at text not null)`.execute(db);
      for (let i = 0; i < times.length; i += 5000) {
        const rows = times.slice(i, i + 5000).map((t) => sql`(${t.id}, ${t.startAt}, ${t.endAt})`);
        await sql`insert into sched_times (id, start_at, end_at) values ${sql.join(rows)}`.execute(db);
      }
      await sql`update activities set
          start_at = (select s.start_at from sched_times s where s.id = activities.id),
          end_at = (select s.end_at from sched_times s where s.id = activities.id),
          all_day = 0
        where batch_id = ${batchId}`.execute(db);
      await sql`drop table sched_times`.execute(db);
    },
  };
}
