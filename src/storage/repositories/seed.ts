/**
 * Bulk inserts for the demo seeder (multi-row INSERTs from bulk-insert.ts, inside the caller's
 * transaction). Contact ids come back through RETURNING and are matched by contact number, so
 * persons need no extra reads.
 */
import type { Kysely } from 'kysely';
import { bulkInserter } from './bulk-insert.js';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { SeedRepository } from '../../app/ports/seed.js';
import { sortKey } from '../../domain/text.js';

const DEMO_SEED = 'demo.seed';
const DEMO_CONTACTS = 'demo.contacts';
const flag = (b: boolean) => (b ? 1 : 0);

export function seedRepository(db: Kysely<DB>, dialect: Dialect): SeedRepository {
  // Multi-row INSERTs under the parameter limit, shared with the import (bulk-insert.ts).
  const insertBatched = bulkInserter(db, dialect);

  const count = async (table: 'contacts' | 'activity_types' | 'statuses' | 'priorities' | 'resources') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  return {
    async state() {
      const rows = await db.selectFrom('counters').select(['name', 'value']).where('name', 'in', [DEMO_SEED, DEMO_CONTACTS]).execute();
      const get = (n: string) => rows.find((r) => r.name === n)?.value;
      const seed = get(DEMO_SEED);
      return {
        demoSeed: seed === undefined ? null : Number(seed),
        demoContacts: Number(get(DEMO_CONTACTS) ?? 0),
        existing: {
          contacts: await count('contacts'), activityTypes: await count('activity_types'), statuses: await count('statuses'),
          priorities: await count('priorities'), resources: await count('resources'),
        },
      };
    },

    async setState(seed, contacts) {
      await db.deleteFrom('counters').where('name', 'in', [DEMO_SEED, DEMO_CONTACTS]).execute();
      await db.insertInto('counters').values([{ name: DEMO_SEED, value: seed }, { name: DEMO_CONTACTS, value: contacts }]).execute();
    },

    async insertRegisters(r, now) {
      const ids = (rows: { id: number }[]) => rows.map((x) => Number(x.id));
      const ts = { created_at: now, updated_at: now };
      const employees = ids(await insertBatched('employees', r.employees.map((e) => ({
        name: e.name, name_key: sortKey(e.name), initials: e.initials, email: e.email, phone: e.phone,
        is_account_manager: flag(e.isAccountManager), active: 1, role: 'user', password_hash: null, ...ts,
      })), ['id']));
      const resources = ids(await insertBatched('resources', r.resources.map((x) => ({
        name: x.name, description: x.description, inactive: 0, ...ts,
      })), ['id']));
      const types = ids(await insertBatched('activity_types', r.types.map((t) => ({
        name: t.name, list: t.list, color: t.color, default_alarm_minutes: t.defaultAlarmMinutes, show_time_as: t.showTimeAs,
        requires_responsible: 0, inactive: 0, ...ts,
      })), ['id']));
      const statuses = ids(await insertBatched('statuses', r.statuses.map((s) => ({
        name: s.name, is_done: flag(s.isDone), inactive: 0, ...ts,
      })), ['id']));
      const priorities = ids(await insertBatched('priorities', r.priorities.map((p) => ({
        name: p.name, rank: p.rank, inactive: 0, ...ts,
      })), ['id']));
      if (r.codes.length) {
        await insertBatched('contact_codes', r.codes.map((c) => ({ field: c.field, code: c.code, label: c.label, inactive: 0, ...ts })), ['id']);
      }
      await db.updateTable('company_settings').set({
        company_name: r.companyName, standard_duration_minutes: r.standardDurationMinutes,
        done_status_id: statuses[r.doneStatus] ?? null, end_time_on_done: 'taskListOnly', updated_at: now,
      }).where('id', '=', 1).execute();
      return { employees, resources, types, statuses, priorities };
    },

    async accountManagerIds() {
      const rows = await db.selectFrom('employees').select('id').where('is_account_manager', '=', 1).where('active', '=', 1)
        .orderBy('id').execute();
      return rows.map((r) => Number(r.id));
    },

    async insertContacts(rows, now) {
      const returned = await insertBatched<{ id: number; number: number }>('contacts', rows.map((c) => ({
        number: c.number, name: c.name, name_key: sortKey(c.name),
        is_customer: flag(c.isCustomer), is_supplier: flag(c.isSupplier), is_partner: flag(c.isPartner), is_private: flag(c.isPrivate),
        category: c.category, line_of_business: c.lineOfBusiness, status: c.status, district: c.district,
        postal_address: c.postalAddress, postal_code: c.postalCode, city: c.city, country: c.country,
        phone: c.phone, email: c.email, web: c.web, account_manager_id: c.accountManagerId, turnover: c.turnover,
        employee_count: c.employeeCount, custom1: c.custom1, custom2: c.custom2, notes: c.notes, inactive: 0,
        created_at: now, updated_at: now,
      })), ['id', 'number']);
      const idByNumber = new Map(returned.map((r) => [Number(r.number), Number(r.id)]));
      const contactIds = rows.map((c) => idByNumber.get(c.number)!);
      const personRows = rows.flatMap((c, i) => c.persons.map((p) => ({
        contact_id: contactIds[i]!, first_name: p.firstName, last_name: p.lastName, title: p.title, phone: p.phone,
        mobile: p.mobile, email: p.email, is_primary: flag(p.isPrimary), inactive: 0, created_at: now, updated_at: now,
      })));
      const persons = await insertBatched<{ id: number; contact_id: number }>('contact_persons', personRows, ['id', 'contact_id']);
      const byContact = new Map<number, number[]>();
      for (const p of persons.sort((a, b) => Number(a.id) - Number(b.id))) {
        const list = byContact.get(Number(p.contact_id)) ?? [];
        list.push(Number(p.id));
        byContact.set(Number(p.contact_id), list);
      }
      return { contactIds, personIds: contactIds.map((id) => byContact.get(id) ?? []) };
    },

    async insertActivities(rows, now) {
      await insertBatched('activities', rows.map((a) => ({
        id: a.id, number: a.id, subject: a.subject, start_at: a.startAt, end_at: a.endAt, all_day: flag(a.allDay),
        alarm_minutes: a.alarmMinutes, type_id: a.typeId, status_id: a.statusId, priority_id: a.priorityId,
        done: flag(a.done), done_at: a.doneAt, responsible_id: a.responsibleId, notes: a.notes, color: a.color,
        show_in_task_list: flag(a.showInTaskList), custom1: null, custom2: null, batch_id: null, created_by: null,
        created_at: now, updated_at: now,
      })));
      const link = (table: keyof DB, col: string, pick: (a: (typeof rows)[number]) => number[]) =>
        insertBatched(table, rows.flatMap((a) => pick(a).map((ref) => ({ activity_id: a.id, [col]: ref }))));
      await link('activity_contacts', 'contact_id', (a) => a.contactIds);
      await link('activity_contact_persons', 'contact_person_id', (a) => a.contactPersonIds);
      await link('activity_employees', 'employee_id', (a) => a.employeeIds);
      await link('activity_resources', 'resource_id', (a) => a.resourceIds);
    },
  };
}
