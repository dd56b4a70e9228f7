/**
 * Test data for the wizard's browser tests, written straight into the database with Kysely
 * (batched, so 100,000 contacts take seconds): account managers, other employees, an inactive
 * manager, activity types, a resource, and contacts spread over a few cities with contact persons.
 */
import type { TestServer } from '../support/http.js';
import { sortKey } from '../../src/domain/text.js';

export type WizardSeed = {
  anna: number; erik: number; sara: number; olle: number; gustav: number;
  visitType: number; callType: number; resource: number;
  cityCounts: Record<string, number>;
};

export const CITIES = ['Göteborg', 'Malmö', 'Kiruna', 'Uppsala', 'Västerås'];
const PREFIX = ['Ågrens', 'Bröderna', 'Norrlands', 'Västkustens', 'Öbergs', 'Lindqvist', 'Svenssons', 'Ekens', 'Holms', 'Nyströms'];
const SUFFIX = ['Bygg AB', 'Trä HB', 'El & VVS AB', 'Konsult AB', 'Maskin AB', 'Data AB', 'Frakt AB'];

export async function seedWizard(t: TestServer, contacts: number): Promise<WizardSeed> {
  const db = t.database.db;
  const now = new Date().toISOString();
  const emp = async (name: string, isAm: boolean, active = true) => {
    const r = await db.insertInto('employees').values({
      name, name_key: sortKey(name), initials: name.split(' ').map((p) => p[0]).join(''), email: null, phone: null,
      is_account_manager: isAm ? 1 : 0, active: active ? 1 : 0, role: 'user', password_hash: null, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  };
  const anna = await emp('Anna Berg', true);
  const erik = await emp('Erik Lund', true);
  const sara = await emp('Sara Nyström', true);
  const olle = await emp('Olle Holm', false);
  const gustav = await emp('Gustav Gammal', true, false);
  const type = async (name: string, list: 'calendar' | 'taskList') => Number((await db.insertInto('activity_types').values({
    name, list, color: null, default_alarm_minutes: null, show_time_as: 'busy', requires_responsible: 0, inactive: 0, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id);
  const visitType = await type('Besök', 'calendar');
  const callType = await type('Telefon ut', 'taskList');
  const resource = Number((await db.insertInto('resources').values({ name: 'Mötesrum Ekan', description: '8 platser', inactive: 0, created_at: now, updated_at: now })
    .returning('id').executeTakeFirstOrThrow()).id);

  const managers = [anna, erik, sara];
  const cityCounts: Record<string, number> = {};
  const BATCH = 500;
  for (let start = 0; start < contacts; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(contacts, start + BATCH); i++) {
      const city = CITIES[i % CITIES.length];
      cityCounts[city] = (cityCounts[city] ?? 0) + 1;
      const name = `${PREFIX[i % PREFIX.length]} ${SUFFIX[Math.floor(i / PREFIX.length) % SUFFIX.length]} ${i + 1}`;
      rows.push({
        number: 10001 + i, name, name_key: sortKey(name), is_customer: 1, is_supplier: i % 7 === 0 ? 1 : 0, is_partner: 0, is_private: 0,
        category: i % 2 ? 'A' : 'B', line_of_business: null, status: null, district: null, postal_address: `Storgatan ${(i % 90) + 1}`,
        postal_code: `${String(100 + (i % 800)).padStart(3, '0')} ${String(10 + (i % 80)).padStart(2, '0')}`, city, country: 'Sverige',
        phone: `031-${String(100000 + i).slice(-6)}`, email: null, web: null, account_manager_id: managers[i % managers.length],
        turnover: 100_000 * ((i % 50) + 1), employee_count: (i % 40) + 1, custom1: null, custom2: null, notes: null, inactive: 0,
        created_at: now, updated_at: now,
      });
    }
    await db.insertInto('contacts').values(rows).execute();
  }
  await db.updateTable('counters').set({ value: 10000 + contacts }).where('name', '=', 'contact').execute();
  // Two contact persons for the first contacts, so the check report has something to show.
  const first = await db.selectFrom('contacts').select(['id', 'number']).orderBy('number').limit(Math.min(contacts, 200)).execute();
  const persons = first.flatMap((c, k) => [
    { contact_id: Number(c.id), first_name: ['Åsa', 'Lars', 'Maria', 'Johan'][k % 4], last_name: ['Ågren', 'Ek', 'Lind', 'Berg'][k % 4], title: 'VD', phone: null, mobile: null, email: null, is_primary: 1, inactive: 0, created_at: now, updated_at: now },
    { contact_id: Number(c.id), first_name: 'Per', last_name: 'Holm', title: 'Inköp', phone: null, mobile: null, email: null, is_primary: 0, inactive: 0, created_at: now, updated_at: now },
  ]);
  for (let i = 0; i < persons.length; i += 500) await db.insertInto('contact_persons').values(persons.slice(i, i + 500)).execute();
  return { anna, erik, sara, olle, gustav, visitType, callType, resource, cityCounts };
}
