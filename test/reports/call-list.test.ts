/**
 * The activity report of a per-contact group activity is a call list: each contact line has the
 * contact's own phone and the person to ask for (a linked person, else the primary person) with
 * direct phone and mobile; a contact without persons still shows its phone. HTML, PDF and CSV,
 * on both databases.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import type { Store } from '../../src/app/ports/store.js';
import { getGroupActivitiesReportData } from '../../src/app/reports/get-activities-report-data.js';
import { buildActivitiesReport } from '../../src/reports/build.js';
import { sortKey } from '../../src/domain/text.js';
import { renderToBuffer, pdfText, parseCsv } from './support.js';

const clock = { now: () => new Date('2026-11-27T10:00:00.000Z') };
const now = '2026-11-20T09:00:00.000Z';

describeEachDatabase('activity report as a call list', (ctx) => {
  let store: Store;
  let groupId = 0;
  let adminId = 0;

  beforeAll(async () => {
    const db = ctx.database.db;
    store = createStore(ctx.database);
    adminId = (await db.insertInto('employees').values({
      name: 'Rut Ring', name_key: sortKey('Rut Ring'), email: 'rut@example.test', initials: null, phone: null, is_account_manager: 1,
      active: 1, role: 'admin', password_hash: null, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow()).id;
    const contact = async (number: number, name: string, phone: string | null) => (await db.insertInto('contacts').values({
      number, name, name_key: sortKey(name), phone, created_at: now, updated_at: now, is_customer: 1, is_supplier: 0, is_partner: 0,
      is_private: 0, inactive: 0,
    }).returning('id').executeTakeFirstOrThrow()).id;
    const person = async (contactId: number, first: string, last: string, phone: string | null, mobile: string | null, primary: boolean, inactive = false) =>
      (await db.insertInto('contact_persons').values({
        contact_id: contactId, first_name: first, last_name: last, title: null, email: null, phone, mobile, is_primary: primary ? 1 : 0,
        inactive: inactive ? 1 : 0, created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow()).id;
    // A: primary person, none linked. B: a linked non-primary person wins over the primary.
    // C: no persons at all. D: only an inactive primary person.
    const a = await contact(51, 'Alfa Bygg AB', '031-11 11 11');
    await person(a, 'Pia', 'Primär', '031-11 11 12', '070-111 11 11', true);
    await person(a, 'Olle', 'Övrig', '031-11 11 13', null, false);
    const b = await contact(52, 'Beta Data AB', '08-22 22 22');
    await person(b, 'Bo', 'Basen', '08-22 22 23', '070-222 22 22', true);
    const linked = await person(b, 'Lisa', 'Länkad', '08-22 22 24', '073-222 22 24', false);
    const c = await contact(53, 'Cesar Café', '040-33 33 33');
    const d = await contact(54, 'Delta Däck HB', null);
    await person(d, 'Ingrid', 'Inaktiv', '0911-4', '070-4', true, true);

    const batchId = (await db.insertInto('batches').values({
      mode: 'perContact', selection: '{"match":[]}', card: '{}', included_count: 4, excluded_count: 0, skipped_count: 0,
      activity_count: 4, first_number: 101, last_number: 104, created_at: now,
    }).returning('id').executeTakeFirstOrThrow()).id;
    groupId = (await db.insertInto('group_activities').values({
      mode: 'perContact', status: 'finished', selection: '{"match":[]}', responsible_id: adminId, template: '{}', options: '{}', batch_id: batchId,
      finish_result: JSON.stringify({ batchId, activityCount: 4, firstNumber: 101, lastNumber: 104, skipped: 0 }), created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow()).id;
    for (const [i, cid] of [a, b, c, d].entries()) {
      const n = 101 + i;
      await db.insertInto('activities').values({
        id: n, number: n, subject: 'Ring om julkampanjen', start_at: '2026-12-07T09:00:00.000Z', responsible_id: adminId, batch_id: batchId,
        created_at: now, updated_at: now, all_day: 0, done: 0, show_in_task_list: 1,
      }).execute();
      await db.insertInto('activity_contacts').values({ activity_id: n, contact_id: cid }).execute();
    }
    await db.insertInto('activity_contact_persons').values({ activity_id: 102, contact_person_id: linked }).execute();
  });

  const build = async (locale: 'sv' | 'en') => buildActivitiesReport(
    await getGroupActivitiesReportData(store, clock, { employeeId: adminId, role: 'admin', name: 'Rut Ring' }, groupId), locale);

  it('CSV: contact phone, then the person to ask for with direct phone and mobile', async () => {
    const rows = parseCsv(await renderToBuffer('csv', await build('sv')), ';');
    const head = rows[0]!;
    const col = (name: string) => head.indexOf(name);
    expect(head).toEqual(expect.arrayContaining(['Kontakt', 'Telefon', 'Kontaktperson', 'Direkt', 'Mobil']));
    const line = (contact: string) => {
      const r = rows.find((x) => x[col('Kontakt')] === contact)!;
      return [r[col('Telefon')], r[col('Kontaktperson')], r[col('Direkt')], r[col('Mobil')]];
    };
    expect(line('Alfa Bygg AB')).toEqual(['031-11 11 11', 'Pia Primär', '031-11 11 12', '070-111 11 11']);
    expect(line('Beta Data AB')).toEqual(['08-22 22 22', 'Lisa Länkad', '08-22 22 24', '073-222 22 24']);
    expect(line('Cesar Café')).toEqual(['040-33 33 33', '', '', '']);
    expect(line('Delta Däck HB')).toEqual(['', '', '', '']);
    expect(rows.length - 1, 'one line per activity and contact').toBe(4);
  });

  it('PDF and HTML print the same numbers', async () => {
    const pdf = await pdfText(await renderToBuffer('pdf', await build('sv')));
    for (const s of ['031-11 11 11', 'Pia Primär', '070-111 11 11', 'Lisa Länkad', '073-222 22 24', '040-33 33 33', 'Direkt', 'Mobil']) {
      expect(pdf.text).toContain(s);
    }
    expect(pdf.text).not.toContain('Bo Basen');
    expect(pdf.text).not.toContain('Ingrid');
    const html = (await renderToBuffer('html', await build('en'))).toString('utf8');
    for (const s of ['08-22 22 22', 'Lisa Länkad', '08-22 22 24', 'Direct', 'Mobile']) expect(html).toContain(s);
  });
});
