/**
 * Calendar reads over the activities and their link tables, user settings and feed secrets.
 *
 * The interval query collects the ids of activities that occupy the asked employees (responsible
 * or linked) or resources with a UNION of index range scans bounded by the interval on both
 * sides (migration 0012: same-day ones by start, multi-day ones by end), then reads those rows once, with
 * their links and names by one query per kind — never per row. The parts by linked employee or
 * resource start from the link rows (Dialect.linkedIds). `show_in_task_list = 0` is written
 * as a literal so SQLite can use the partial index of migration 0007.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { CalendarFeed, CalendarRepository, TaskItem } from '../../app/ports/calendar.js';
import type { CalendarItem } from '../../domain/calendar/calendar-item.js';
import { preferencesJson, readUserSettings } from '../../domain/model/user-settings.js';

const feedOf = (r: { id: number; employee_id: number; name: string | null; created_at: string; last_used_at: string | null }): CalendarFeed => ({
  id: r.id, employeeId: r.employee_id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at,
});

export function calendarRepository(db: Kysely<DB>, dialect: Dialect): CalendarRepository {
  const anyDb = db as Kysely<any>;

  async function contactMap(ids: number[]) {
    const out = new Map<number, { id: number; name: string }[]>();
    if (!ids.length) return out;
    const rows = await db.selectFrom('activity_contacts as ac').innerJoin('contacts as c', 'c.id', 'ac.contact_id')
      .select(['ac.activity_id', 'c.id', 'c.name']).where('ac.activity_id', 'in', ids)
      .orderBy('ac.activity_id').orderBy('c.name_key').execute();
    for (const r of rows) {
      const list = out.get(r.activity_id);
      const c = { id: r.id, name: r.name };
      if (list) list.push(c); else out.set(r.activity_id, [c]);
    }
    return out;
  }

  const chunk = <T,>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

  return {
    async items(q) {
      // Bounded on both sides (see migration 0012): same-day activities by their start in
      // [from − 1 day, to); the few that cross a UTC midnight by the partial index on their end.
      const effectiveEnd = sql<string>`coalesce(a.end_at, a.start_at)`;
      const inInterval = sql<boolean>`a.start_at < ${q.to} and ${effectiveEnd} >= ${q.from} and (${effectiveEnd} > ${q.from} or a.start_at >= ${q.from})`;
      const listFilter = q.includeTaskList ? sql<boolean>`1 = 1` : sql<boolean>`a.show_in_task_list = 0`;
      const earliestStart = new Date(Date.parse(q.from) - 86_400_000).toISOString();
      const sameDay = sql<boolean>`a.start_at >= ${earliestStart} and a.start_at < ${q.to}`;
      const multiDay = sql<boolean>`substr(coalesce(a.end_at, a.start_at), 1, 10) > substr(a.start_at, 1, 10) and ${effectiveEnd} >= ${q.from}`;
      const parts: ReturnType<typeof sql>[] = [];
      const both = (who: ReturnType<typeof sql>) => {
        for (const bound of [sameDay, multiDay]) parts.push(sql`select a.id from activities a where ${bound} and ${who} and ${listFilter} and ${inInterval}`);
      };
      if (q.employeeIds.length) {
        const list = sql.join(q.employeeIds);
        both(sql`a.responsible_id in (${list})`);
        both(dialect.linkedIds(sql`a.id`, 'activity_employees', sql`l.employee_id in (${list})`));
      }
      if (q.resourceIds.length) {
        both(dialect.linkedIds(sql`a.id`, 'activity_resources', sql`l.resource_id in (${sql.join(q.resourceIds)})`));
      }
      if (!parts.length) return [];
      // One statement: the rows, their linked employees and resources (comma lists), their
      // contacts (a JSON array) and whether the responsible hides details — a round trip costs
      // more than these correlated index look-ups.
      const union = sql.join(parts, sql` union `);
      const employees = dialect.commaList(sql`l.employee_id`);
      const resources = dialect.commaList(sql`l.resource_id`);
      const contacts = dialect.jsonIdNames(sql`c.id`, sql`c.name`, dialect.byteOrder(sql`c.name_key`));
      const rows = (await sql<{
        id: number; number: number; subject: string | null; start_at: string; end_at: string | null; all_day: number; done: number;
        color: string | null; type_id: number | null; type_name: string | null; type_color: string | null; show_time_as: string | null;
        responsible_id: number | null; notes: string | null; batch_id: number | null; updated_at: string; hides: number | null;
        employee_ids: string | null; resource_ids: string | null; contacts: string | null;
      }>`select a.id, a.number, a.subject, a.start_at, a.end_at, a.all_day, a.done, a.color, a.type_id, t.name as type_name,
          t.color as type_color, t.show_time_as, a.responsible_id, a.notes, a.batch_id, a.updated_at, us.hide_details_from_others as hides,
          (select ${employees} from activity_employees l where l.activity_id = a.id) as employee_ids,
          (select ${resources} from activity_resources l where l.activity_id = a.id) as resource_ids,
          (select ${contacts} from activity_contacts ac join contacts c on c.id = ac.contact_id where ac.activity_id = a.id) as contacts
        from activities a
        left join activity_types t on t.id = a.type_id
        left join user_settings us on us.employee_id = a.responsible_id
        where a.id in (${union})
        order by a.start_at, a.id`.execute(db)).rows;
      const numbers = (s: string | null) => (s ? s.split(',').map(Number) : []);
      return rows.map((r): CalendarItem => ({
        id: r.id, number: r.number, subject: r.subject, startAt: r.start_at, endAt: r.end_at, allDay: r.all_day === 1,
        done: r.done === 1, color: r.color ?? r.type_color, typeId: r.type_id, typeName: r.type_name,
        showTimeAs: r.show_time_as === 'free' || r.show_time_as === 'out' ? r.show_time_as : 'busy',
        responsibleId: r.responsible_id, employeeIds: numbers(r.employee_ids), resourceIds: numbers(r.resource_ids),
        contacts: r.contacts ? JSON.parse(r.contacts) as { id: number; name: string }[] : [], notes: r.notes, batchId: r.batch_id,
        hidden: false, responsibleHidesDetails: r.hides === 1, updatedAt: r.updated_at,
      }));
    },

    async tasks(q) {
      const startKey = sql<string>`coalesce(a.start_at, '9999')`;
      let query = db.selectFrom('activities as a')
        .leftJoin('activity_types as t', 't.id', 'a.type_id')
        .leftJoin('statuses as s', 's.id', 'a.status_id')
        .leftJoin('priorities as p', 'p.id', 'a.priority_id')
        .select(['a.id', 'a.number', 'a.subject', 'a.start_at', 'a.end_at', 'a.done', 'a.done_at', 'a.priority_id', 'p.name as priority_name',
          'a.type_id', 't.name as type_name', 's.name as status_name', 'a.color', 't.color as type_color', 'a.batch_id', 'a.updated_at'])
        .where('a.responsible_id', '=', q.employeeId)
        .where(sql<boolean>`a.show_in_task_list = 1`);
      if (q.filter === 'open') query = query.where(sql<boolean>`a.done = 0`);
      if (q.filter === 'done') query = query.where(sql<boolean>`a.done = 1`);
      const rows = await query.orderBy(startKey).orderBy(sql`coalesce(p.rank, 2147483647)`).orderBy('a.id').limit(q.limit).execute();
      const contacts = new Map<number, { id: number; name: string }[]>();
      for (const part of chunk(rows.map((r) => r.id), 5_000)) for (const [k, v] of await contactMap(part)) contacts.set(k, v);
      return rows.map((r): TaskItem => ({
        id: r.id, number: r.number, subject: r.subject, startAt: r.start_at, endAt: r.end_at, done: r.done === 1, doneAt: r.done_at,
        priority: r.priority_id, priorityName: r.priority_name, typeId: r.type_id, typeName: r.type_name, statusName: r.status_name,
        color: r.color ?? r.type_color, contacts: contacts.get(r.id) ?? [], batchId: r.batch_id, updatedAt: r.updated_at,
      }));
    },

    async hidingEmployees(employeeIds) {
      const ids = [...new Set(employeeIds)];
      if (!ids.length) return new Set();
      const rows = await db.selectFrom('user_settings').select('employee_id')
        .where('employee_id', 'in', ids).where('hide_details_from_others', '=', 1).execute();
      return new Set(rows.map((r) => r.employee_id));
    },

    async userSettings(employeeId) {
      const r = await db.selectFrom('user_settings').select(['hide_details_from_others', 'preferences'])
        .where('employee_id', '=', employeeId).executeTakeFirst();
      return readUserSettings(r?.hide_details_from_others === 1, r?.preferences ?? null);
    },

    async saveUserSettings(employeeId, s, now) {
      const values = { hide_details_from_others: s.hideDetailsFromOthers ? 1 : 0, preferences: preferencesJson(s), updated_at: now };
      await db.insertInto('user_settings').values({ employee_id: employeeId, ...values })
        .onConflict((oc) => oc.column('employee_id').doUpdateSet(values)).execute();
    },

    async createFeed(employeeId, secretHash, name, now) {
      const r = await db.insertInto('calendar_feeds')
        .values({ employee_id: employeeId, secret_hash: secretHash, name, created_at: now, last_used_at: null })
        .returning(['id', 'employee_id', 'name', 'created_at', 'last_used_at']).executeTakeFirstOrThrow();
      return feedOf(r);
    },

    async listFeeds(employeeId) {
      const rows = await db.selectFrom('calendar_feeds').select(['id', 'employee_id', 'name', 'created_at', 'last_used_at'])
        .where('employee_id', '=', employeeId).orderBy('id').execute();
      return rows.map(feedOf);
    },

    async deleteFeed(employeeId, id) {
      const r = await db.deleteFrom('calendar_feeds').where('id', '=', id).where('employee_id', '=', employeeId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async useFeed(secretHash, now) {
      const r = await db.updateTable('calendar_feeds').set({ last_used_at: now }).where('secret_hash', '=', secretHash)
        .returning(['id', 'employee_id', 'name', 'created_at', 'last_used_at']).executeTakeFirst();
      return r ? feedOf(r) : undefined;
    },
  };
}
