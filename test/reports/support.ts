/**
 * Seeding for the report tests with direct Kysely inserts, and helpers that render a report into a
 * buffer and read it back (PDF text via pdf-parse, CSV via csv-parse).
 */
import { PassThrough } from 'node:stream';
import type { Kysely } from 'kysely';
import { PDFParse } from 'pdf-parse';
import { parse } from 'csv-parse/sync';
import type { DB } from '../../src/storage/schema.js';
import { sortKey } from '../../src/domain/text.js';
import { renderReport, type ReportFormat } from '../../src/reports/render.js';
import type { BuiltReport } from '../../src/reports/build.js';

export const NASTY = [
  '<b>Fet</b> "Citat" AB',
  'Semi;kolon, & Co',
  'Rad\nbrytning AB',
  'Raket 🚀 Café',
  '=HYPERLINK("x")',
  '-Minus AB',
  '+Plus AB',
  '@At AB',
  'Åkeri Öberg & Ärlig',
];

export type Seeded = {
  groupId: number;
  finishedGroupId: number;
  employees: { anna: number; erik: number; sara: number };
  /** included contacts in report order (Swedish name order), each with its active persons */
  included: { number: number; name: string; city: string; phone: string | null; persons: { name: string; email: string | null; title: string | null }[] }[];
  excludedCount: number;
  /** activity numbers of the finished group's batch */
  activityNumbers: number[];
};

const now = '2026-11-20T09:00:00.000Z';

export async function seedReportData(db: Kysely<DB>, opts: { bulk?: number } = {}): Promise<Seeded> {
  const emp = async (name: string, email: string) => (await db.insertInto('employees').values({
    name, name_key: sortKey(name), email, initials: null, phone: null, is_account_manager: 1, active: 1, role: 'user',
    password_hash: null, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id;
  const anna = await emp('Anna Berg', 'anna@example.test');
  const erik = await emp('Erik Lund', 'erik@example.test');
  const sara = await emp('Sara Nyström', 'sara@example.test');
  await db.updateTable('company_settings').set({ company_name: 'Västkustens Verktyg & Söner AB' }).where('id', '=', 1).execute();

  type C = { number: number; name: string; city: string; phone: string | null; manager: number; id?: number; persons: { first: string; last: string; title: string | null; email: string | null; inactive?: boolean }[] };
  const contacts: C[] = [];
  let number = 20001;
  NASTY.forEach((name, i) => contacts.push({
    number: number++, name, city: 'Göteborg', phone: i === 0 ? '+46 31 123 45' : '031-12 34 5' + i, manager: [anna, erik, sara][i % 3]!,
    persons: i % 3 === 0 ? [] : [
      { first: i === 1 ? '<i>Åsa</i>' : 'Märta', last: i === 2 ? 'O"Neil; Jr\nII' : `Öberg${i}`, title: i === 4 ? '=1+1' : 'VD', email: `p${i}@example.test` },
      { first: 'Inaktiv', last: 'Person', title: null, email: null, inactive: true },
      ...(i % 2 ? [{ first: 'Emoji', last: '😀 Glad', title: '@chef', email: null }] : []),
    ],
  }));
  for (let i = 0; i < (opts.bulk ?? 0); i++) {
    contacts.push({
      number: number++, name: `Kund ${String(i).padStart(4, '0')} AB`, city: 'Göteborg', phone: null, manager: [anna, erik, sara][i % 3]!,
      persons: Array.from({ length: i % 3 }, (_, k) => ({ first: 'Per', last: `Son${i}-${k}`, title: 'Säljare', email: `k${i}.${k}@example.test` })),
    });
  }
  const outsider: C = { number: number++, name: 'Malmö Moved In AB', city: 'Malmö', phone: null, manager: anna, persons: [{ first: 'Inflyttad', last: 'Person', title: null, email: null }] };
  const removed: C = { number: number++, name: 'Göteborg Removed AB', city: 'Göteborg', phone: null, manager: anna, persons: [] };
  const other: C = { number: number++, name: 'Stockholm Other AB', city: 'Stockholm', phone: null, manager: anna, persons: [] };
  for (const c of [...contacts, outsider, removed, other]) {
    c.id = (await db.insertInto('contacts').values({
      number: c.number, name: c.name, name_key: sortKey(c.name), city: c.city, phone: c.phone, postal_address: 'Storgatan 1',
      postal_code: `41${String(c.number % 1000).padStart(3, '0')}`, account_manager_id: c.manager, created_at: now, updated_at: now,
      is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0, inactive: 0,
    }).returning('id').executeTakeFirstOrThrow()).id;
    for (const p of c.persons) {
      await db.insertInto('contact_persons').values({
        contact_id: c.id, first_name: p.first, last_name: p.last, title: p.title, email: p.email, phone: null, mobile: '070-1',
        inactive: p.inactive ? 1 : 0, is_primary: 0, created_at: now, updated_at: now,
      }).execute();
    }
  }
  const selection = JSON.stringify({ match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] });
  const groupId = (await db.insertInto('group_activities').values({
    mode: 'perContact', status: 'draft', selection, responsible_id: erik,
    distribution: JSON.stringify({ method: 'even', employeeIds: [anna, erik, sara] }),
    template: '{}', options: '{}', created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('group_activity_moves').values([
    { group_activity_id: groupId, contact_id: outsider.id!, side: 'included' },
    { group_activity_id: groupId, contact_id: removed.id!, side: 'excluded' },
  ]).execute();

  const includedContacts = [...contacts, outsider].sort((a, b) => (sortKey(a.name) < sortKey(b.name) ? -1 : sortKey(a.name) > sortKey(b.name) ? 1 : a.id! - b.id!));

  // A finished group: its batch has one activity per included contact, linked to its persons.
  const batchId = (await db.insertInto('batches').values({
    mode: 'perContact', selection, card: '{}', included_count: includedContacts.length, excluded_count: 1, skipped_count: 0,
    activity_count: includedContacts.length, first_number: 1, last_number: includedContacts.length, created_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id;
  const finishedGroupId = (await db.insertInto('group_activities').values({
    mode: 'perContact', status: 'finished', selection, responsible_id: erik, template: '{}', options: '{}', batch_id: batchId,
    finish_result: JSON.stringify({ batchId, activityCount: includedContacts.length, firstNumber: 1, lastNumber: includedContacts.length, skipped: 0 }),
    created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()).id;
  const typeId = (await db.insertInto('activity_types').values({ name: 'Telefon <samtal>', list: 'calendar', show_time_as: 'busy', requires_responsible: 0, inactive: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
  const activityNumbers: number[] = [];
  let n = 0;
  for (const c of includedContacts) {
    n += 1;
    activityNumbers.push(n);
    await db.insertInto('activities').values({
      id: n, number: n, subject: n === 1 ? '=cmd|"/c calc"!A1' : `Ring ${c.name}`, start_at: '2026-12-07T09:00:00.000Z', type_id: typeId,
      responsible_id: [anna, erik, sara][n % 3]!, batch_id: batchId, created_at: now, updated_at: now, all_day: 0, done: 0, show_in_task_list: 0,
    }).execute();
    await db.insertInto('activity_contacts').values({ activity_id: n, contact_id: c.id! }).execute();
    const persons = await db.selectFrom('contact_persons').select('id').where('contact_id', '=', c.id!).where('inactive', '=', 0).execute();
    if (persons.length) await db.insertInto('activity_contact_persons').values(persons.map((p) => ({ activity_id: n, contact_person_id: p.id }))).execute();
  }
  // One activity outside the batch, which the batch report must not show.
  await db.insertInto('activities').values({ id: 9999, number: 9999, subject: 'Other', batch_id: null, created_at: now, updated_at: now, all_day: 0, done: 0, show_in_task_list: 0 }).execute();

  return {
    groupId, finishedGroupId, employees: { anna, erik, sara },
    included: includedContacts.map((c) => ({
      number: c.number, name: c.name, city: c.city, phone: c.phone,
      persons: c.persons.filter((p) => !p.inactive).map((p) => ({ name: `${p.first} ${p.last}`, email: p.email, title: p.title })),
    })),
    excludedCount: 1,
    activityNumbers,
  };
}

export async function renderToBuffer(format: ReportFormat, report: BuiltReport): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderReport(format, report.model, report.rows, out);
  out.end();
  return Buffer.concat(chunks);
}

export async function pdfText(buf: Buffer): Promise<{ text: string; pages: number; pageTexts: string[] }> {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    const r = await parser.getText();
    return { text: r.text.replace(/\s+/g, ' '), pages: r.total, pageTexts: r.pages.map((p) => p.text.replace(/\s+/g, ' ')) };
  } finally {
    await parser.destroy();
  }
}

export function parseCsv(buf: Buffer, delimiter: ';' | ','): string[][] {
  return parse(buf, { bom: true, delimiter, relax_column_count: false }) as string[][];
}
