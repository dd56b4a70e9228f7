/**
 * The activities table and its four link tables. Links of a page are read with one query per
 * link table (never per row); a replaced link list is one DELETE plus one multi-row INSERT.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { ActivitiesRepository, ActivityNames, ReferencedTable } from '../../app/ports/activities.js';
import type { Activity, ActivityFields, ActivityLinks } from '../../domain/model/activity.js';
import { fold } from '../../domain/text.js';
import { startCompare, startKey } from '../start-key.js';

type Row = DB['activities'] extends infer T ? { [K in keyof T]: T[K] } : never;

const LINKS = [
  { key: 'contactIds', table: 'activity_contacts', col: 'contact_id' },
  { key: 'contactPersonIds', table: 'activity_contact_persons', col: 'contact_person_id' },
  { key: 'employeeIds', table: 'activity_employees', col: 'employee_id' },
  { key: 'resourceIds', table: 'activity_resources', col: 'resource_id' },
] as const;

const COLUMNS: Record<Exclude<keyof ActivityFields, never>, keyof Row> = {
  subject: 'subject', startAt: 'start_at', endAt: 'end_at', allDay: 'all_day', alarmMinutes: 'alarm_minutes',
  typeId: 'type_id', statusId: 'status_id', priority: 'priority_id', done: 'done', doneAt: 'done_at',
  responsibleId: 'responsible_id', notes: 'notes', color: 'color', showInTaskList: 'show_in_task_list',
  custom1: 'custom1', custom2: 'custom2', batchId: 'batch_id',
};
const FLAGS = new Set(['allDay', 'done', 'showInTaskList']);

function toColumns(fields: Partial<ActivityFields>): Partial<Row> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    const col = COLUMNS[k as keyof ActivityFields];
    if (col) out[col] = FLAGS.has(k) ? (v ? 1 : 0) : v;
  }
  return out as Partial<Row>;
}

function toActivity(r: Row, links: ActivityLinks): Activity {
  return {
    id: r.id, number: r.number, subject: r.subject, startAt: r.start_at, endAt: r.end_at, allDay: r.all_day === 1,
    alarmMinutes: r.alarm_minutes, typeId: r.type_id, statusId: r.status_id, priority: r.priority_id,
    done: r.done === 1, doneAt: r.done_at, responsibleId: r.responsible_id, notes: r.notes, color: r.color,
    showInTaskList: r.show_in_task_list === 1, custom1: r.custom1, custom2: r.custom2, ...links,
    batchId: r.batch_id, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function activitiesRepository(db: Kysely<DB>): ActivitiesRepository {
  async function linksOf(ids: number[]): Promise<Map<number, ActivityLinks>> {
    const out = new Map<number, ActivityLinks>();
    for (const id of ids) out.set(id, { contactIds: [], contactPersonIds: [], employeeIds: [], resourceIds: [] });
    if (!ids.length) return out;
    for (const l of LINKS) {
      const rows = await (db as Kysely<any>).selectFrom(l.table).select(['activity_id', `${l.col} as ref`])
        .where('activity_id', 'in', ids).orderBy('activity_id').orderBy(l.col).execute() as { activity_id: number; ref: number }[];
      for (const r of rows) out.get(r.activity_id)![l.key].push(r.ref);
    }
    return out;
  }

  async function withLinks(rows: Row[]): Promise<Activity[]> {
    const links = await linksOf(rows.map((r) => r.id));
    return rows.map((r) => toActivity(r, links.get(r.id)!));
  }

  async function writeLinks(id: number, links: Partial<ActivityLinks>, replace: boolean): Promise<void> {
    for (const l of LINKS) {
      const ids = links[l.key];
      if (ids === undefined) continue;
      if (replace) await (db as Kysely<any>).deleteFrom(l.table).where('activity_id', '=', id).execute();
      if (ids.length) {
        await (db as Kysely<any>).insertInto(l.table).values(ids.map((ref) => ({ activity_id: id, [l.col]: ref }))).execute();
      }
    }
  }

  return {
    async insert(a) {
      const { contactIds, contactPersonIds, employeeIds, resourceIds, id, createdBy, createdAt, updatedAt, ...fields } = a;
      await db.insertInto('activities').values({
        ...(toColumns(fields) as Row), id, number: id, created_by: createdBy, created_at: createdAt, updated_at: updatedAt,
      }).execute();
      await writeLinks(id, { contactIds, contactPersonIds, employeeIds, resourceIds }, false);
    },

    async update(id, fields, links, updatedAt) {
      const r = await db.updateTable('activities').set({ ...toColumns(fields), updated_at: updatedAt })
        .where('id', '=', id).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
      await writeLinks(id, links, true);
      return true;
    },

    async delete(id) {
      const r = await db.deleteFrom('activities').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async get(id) {
      const r = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? (await withLinks([r]))[0] : undefined;
    },

    async list(p) {
      let q = db.selectFrom('activities').selectAll();
      // On the list's own sort key, so a date range seeks the index the order walks (start-key.ts).
      if (p.startFrom) q = q.where(startCompare(sql.ref('start_at'), '>=', p.startFrom));
      if (p.startTo) q = q.where(startCompare(sql.ref('start_at'), p.startToExclusive ? '<' : '<=', p.startTo));
      if (p.statusId !== undefined) q = q.where('status_id', '=', p.statusId);
      if (p.typeId !== undefined) q = p.typeId === 'none' ? q.where('type_id', 'is', null) : q.where('type_id', '=', p.typeId);
      if (p.responsibleId !== undefined) {
        q = p.responsibleId === 'none' ? q.where('responsible_id', 'is', null) : q.where('responsible_id', '=', p.responsibleId);
      }
      if (p.batchId !== undefined) q = q.where('batch_id', '=', p.batchId);
      if (p.done !== undefined) q = q.where('done', '=', p.done ? 1 : 0);
      if (p.contactId !== undefined) {
        const contactId = p.contactId;
        // IN, not a correlated EXISTS: with EXISTS SQLite walks the whole start-order index testing
        // each activity; IN starts from the contact's links (activity_contacts_contact_id_ix).
        q = q.where('id', 'in', (eb) => eb.selectFrom('activity_contacts as ac').select('ac.activity_id').where('ac.contact_id', '=', contactId));
      }
      if (p.q) {
        const pattern = `%${fold(p.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where(sql<boolean>`kfold(subject) like ${pattern} escape '\\'`);
      }
      const cmp = p.dir === 'desc' ? sql.raw('<') : sql.raw('>');
      const dir = p.dir === 'desc' ? 'desc' : 'asc';
      if (p.sort === 'number') {
        if (p.after) q = q.where(sql<boolean>`id ${cmp} ${p.after[0]}`);
        q = q.orderBy('id', dir);
      } else {
        // Spelled `k >= a AND (k > a OR id > b)` rather than a row comparison: SQLite seeks the
        // index only on the first form.
        const cmpEq = p.dir === 'desc' ? sql.raw('<=') : sql.raw('>=');
        if (p.after) {
          q = q.where(sql<boolean>`${startKey()} ${cmpEq} ${p.after[0]} and (${startKey()} ${cmp} ${p.after[0]} or id ${cmp} ${p.after[1]})`);
        }
        q = q.orderBy(startKey(), dir).orderBy('id', dir);
      }
      return withLinks(await q.limit(p.limit).execute());
    },

    async names(activities) {
      const out = new Map<number, ActivityNames>();
      if (!activities.length) return out;
      const uniq = (xs: (number | null)[]) => [...new Set(xs.filter((x): x is number => x !== null))];
      const nameMap = async (table: 'employees' | 'activity_types' | 'statuses', ids: number[]) => {
        if (!ids.length) return new Map<number, string>();
        const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute();
        return new Map(rows.map((r) => [r.id, r.name]));
      };
      const employees = await nameMap('employees', uniq(activities.map((a) => a.responsibleId)));
      const types = await nameMap('activity_types', uniq(activities.map((a) => a.typeId)));
      const statuses = await nameMap('statuses', uniq(activities.map((a) => a.statusId)));
      const contactIds = uniq(activities.flatMap((a) => a.contactIds));
      const contacts = new Map<number, { id: number; number: number; name: string }>();
      if (contactIds.length) {
        for (const c of await db.selectFrom('contacts').select(['id', 'number', 'name']).where('id', 'in', contactIds).execute()) {
          contacts.set(c.id, c);
        }
      }
      // The group activity an activity came from: its batch's draft (the wizard's /group-activities/:id).
      const batchIds = uniq(activities.map((a) => a.batchId));
      const groups = new Map<number, number | null>();
      if (batchIds.length) {
        for (const b of await db.selectFrom('batches').select(['id', 'group_activity_id']).where('id', 'in', batchIds).execute()) {
          groups.set(b.id, b.group_activity_id);
        }
      }
      for (const a of activities) {
        out.set(a.id, {
          groupActivityId: a.batchId === null ? null : groups.get(a.batchId) ?? null,
          responsibleName: a.responsibleId === null ? null : employees.get(a.responsibleId) ?? null,
          typeName: a.typeId === null ? null : types.get(a.typeId) ?? null,
          statusName: a.statusId === null ? null : statuses.get(a.statusId) ?? null,
          contacts: a.contactIds.map((id) => contacts.get(id)).filter((c): c is NonNullable<typeof c> => !!c),
        });
      }
      return out;
    },

    async typeDefaults(typeId) {
      const r = await db.selectFrom('activity_types').select(['list', 'color', 'default_alarm_minutes', 'default_duration_minutes', 'requires_responsible'])
        .where('id', '=', typeId).executeTakeFirst();
      return r ? {
        list: r.list, color: r.color, defaultAlarmMinutes: r.default_alarm_minutes, defaultDurationMinutes: r.default_duration_minutes, requiresResponsible: r.requires_responsible === 1,
      } : undefined;
    },

    async settings() {
      const r = await db.selectFrom('company_settings').select(['standard_duration_minutes', 'done_status_id', 'end_time_on_done'])
        .where('id', '=', 1).executeTakeFirst();
      return {
        standardDurationMinutes: r?.standard_duration_minutes ?? 60,
        doneStatusId: r?.done_status_id ?? null,
        endTimeOnDone: r?.end_time_on_done ?? 'taskListOnly',
      };
    },

    async missingIds(table: ReferencedTable, ids: number[]) {
      const uniq = [...new Set(ids)];
      if (!uniq.length) return new Set<number>();
      const found = await (db as Kysely<any>).selectFrom(table).select('id').where('id', 'in', uniq).execute() as { id: number }[];
      const have = new Set(found.map((r) => Number(r.id)));
      return new Set(uniq.filter((id) => !have.has(id)));
    },
  };
}
