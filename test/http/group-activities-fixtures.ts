/**
 * Test data for the group-activity suites, written directly with Kysely multi-row inserts:
 * employees (account managers and others), contacts with cities, postal codes and own managers,
 * contact persons, and activity types/statuses.
 */
import type { Insertable, Kysely } from 'kysely';
import type { ContactTable, DB } from '../../src/storage/schema.js';
import { sortKey } from '../../src/domain/text.js';

export const NOW = '2026-01-01T00:00:00.000Z';

export type EmployeeSpec = { name: string; isAccountManager?: boolean; active?: boolean };

export async function seedEmployees(db: Kysely<DB>, specs: EmployeeSpec[]): Promise<number[]> {
  const rows = await db.insertInto('employees').values(specs.map((s) => ({
    name: s.name, name_key: sortKey(s.name), is_account_manager: s.isAccountManager === false ? 0 : 1,
    active: s.active === false ? 0 : 1, role: 'user' as const, created_at: NOW, updated_at: NOW,
  }))).returning('id').execute();
  return rows.map((r) => r.id);
}

export type ContactSpec = Partial<Insertable<ContactTable>> & { number: number; name: string };

export function contactRow(s: ContactSpec): Insertable<ContactTable> {
  return {
    is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0, category: null, line_of_business: null, status: null,
    district: null, postal_address: null, postal_code: null, city: null, country: null, phone: null, email: null, web: null,
    account_manager_id: null, turnover: null, employee_count: null, custom1: null, custom2: null, notes: null, inactive: 0,
    created_at: NOW, updated_at: NOW, ...s, name_key: sortKey(s.name),
  };
}

/** Inserts in chunks (SQLite's parameter limit) and answers contact ids by number. */
export async function seedContacts(db: Kysely<DB>, specs: ContactSpec[]): Promise<Map<number, number>> {
  for (let i = 0; i < specs.length; i += 500) {
    await db.insertInto('contacts').values(specs.slice(i, i + 500).map(contactRow)).execute();
  }
  const rows = await db.selectFrom('contacts').select(['id', 'number']).execute();
  return new Map(rows.map((r) => [r.number, r.id]));
}

export async function seedPrimaryPersons(db: Kysely<DB>, contactIds: number[]): Promise<void> {
  for (let i = 0; i < contactIds.length; i += 500) {
    await db.insertInto('contact_persons').values(contactIds.slice(i, i + 500).flatMap((cid) => [
      { contact_id: cid, first_name: 'Other', last_name: `P${cid}`, title: null, phone: null, mobile: null, email: null, is_primary: 0, inactive: 0, created_at: NOW, updated_at: NOW },
      { contact_id: cid, first_name: 'Primary', last_name: `P${cid}`, title: null, phone: null, mobile: null, email: null, is_primary: 1, inactive: 0, created_at: NOW, updated_at: NOW },
    ])).execute();
  }
}

export async function seedTypes(db: Kysely<DB>): Promise<{ visit: number; call: number; open: number; done: number }> {
  const types = await db.insertInto('activity_types').values(['Visit', 'Call'].map((name) => ({
    name, list: 'calendar' as const, color: null, default_alarm_minutes: null, show_time_as: 'busy' as const, requires_responsible: 0,
    inactive: 0, created_at: NOW, updated_at: NOW,
  }))).returning('id').execute();
  const statuses = await db.insertInto('statuses').values([
    { name: 'Open', is_done: 0, inactive: 0, created_at: NOW, updated_at: NOW },
    { name: 'Done', is_done: 1, inactive: 0, created_at: NOW, updated_at: NOW },
  ]).returning('id').execute();
  return { visit: types[0]!.id, call: types[1]!.id, open: statuses[0]!.id, done: statuses[1]!.id };
}

export const cityIs = (city: string) => ({ match: [{ field: 'city', condition: 'eq', value: city }] });
export const allActive = { match: [{ field: 'inactive', condition: 'isFalse' }] };
