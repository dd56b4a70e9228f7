/**
 * Kysely repository of contact imports (both databases): batch look-ups with IN lists chunked
 * under the parameter limit, multi-row inserts, the import batches and their changes, and undo
 * as a few set-based statements (plus one UPDATE per restored contact).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ExistingContact, ImportRecord, ImportRepository, MatchKey } from '../../app/ports/imports.js';
import type { ContactValues } from '../../domain/model/contact.js';
import { fold, sortKey } from '../../domain/text.js';
import { toContact, toRow } from './contacts.js';
import { toContactPerson } from './contact-persons.js';
import { bulkInserter, chunks } from './bulk-insert.js';
import { CODE_COLUMNS } from './contact-codes.js';

const IN_LIST = 5000;
/** Rows per statement when they travel as one JSON parameter (PostgreSQL). */
const JSON_ROWS = 5000;
const flag = (b: boolean) => (b ? 1 : 0);

type ImportRow = DB['imports'] extends infer T ? { [K in keyof T]: T[K] extends import('kysely').Generated<infer U> ? U : T[K] } : never;

function toRecord(r: ImportRow): ImportRecord & { stamp: string } {
  return {
    id: Number(r.id), fileName: r.file_name, status: r.status, match: r.match as MatchKey, createdBy: r.created_by,
    createdAt: r.created_at, undoneAt: r.undone_at, stamp: r.stamp,
    created: r.created_count, updated: r.updated_count, unchanged: r.unchanged_count, errors: r.error_count, persons: r.persons_count,
  };
}

export function importsRepository(db: Kysely<DB>, dialect: Dialect): ImportRepository {
  const insertValues = bulkInserter(db, dialect);
  /** The import's multi-row inserts: as one JSON parameter where the dialect reads one, else prepared VALUES. */
  async function insertRows<R = never>(table: keyof DB, rows: Record<string, unknown>[], returning?: string[]): Promise<R[]> {
    const { jsonRows } = dialect;
    if (!jsonRows || !rows.length) return insertValues<R>(table, rows, returning);
    const cols = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
    const out: R[] = [];
    for (const part of chunks(rows, JSON_ROWS)) {
      const back = returning ? sql` returning ${sql.join(returning.map((c) => sql.ref(c)))}` : sql``;
      const r = await sql<R>`insert into ${sql.table(table)} (${cols}) select ${cols} from ${jsonRows(table, JSON.stringify(part))}${back}`.execute(db);
      for (const row of r.rows) out.push(row);
    }
    return out;
  }

  return {
    async lockNumbers() {
      await db.updateTable('counters').set((eb) => ({ value: eb.ref('value') })).where('name', '=', 'contact').execute();
    },

    async employees() {
      const rows = await db.selectFrom('employees').select(['id', 'name', 'email', 'initials']).where('active', '=', 1).execute();
      return rows.map((r) => ({ id: Number(r.id), name: r.name, email: r.email, initials: r.initials }));
    },

    async findContacts(match: MatchKey, keys) {
      const out: ExistingContact[] = [];
      for (const part of chunks(keys, IN_LIST)) {
        let q = db.selectFrom('contacts').selectAll();
        if (match === 'number') q = q.where('number', 'in', part as number[]);
        else if (match === 'orgNumber') q = q.where('org_number', 'in', part as string[]);
        else q = q.where(sql`kfold(email)`, 'in', (part as string[]).map(fold));
        for (const r of await q.execute()) {
          const { createdAt: _c, updatedAt: _u, ...c } = toContact(r);
          out.push(c);
        }
      }
      return out;
    },

    async takenNumbers(numbers) {
      const taken = new Set<number>();
      for (const part of chunks(numbers, IN_LIST)) {
        for (const r of await db.selectFrom('contacts').select('number').where('number', 'in', part).execute()) taken.add(Number(r.number));
      }
      return taken;
    },

    async insertContacts(rows, now) {
      const returned = await insertRows<{ id: number; number: number }>('contacts', rows.map(({ number, values: v }) => contactRow(number, v, now)), ['id', 'number']);
      const idByNumber = new Map(returned.map((r) => [Number(r.number), Number(r.id)]));
      return rows.map((r) => idByNumber.get(r.number)!);
    },

    async updateContact(id, values, now) {
      await db.updateTable('contacts').set({ ...toRow(values), updated_at: now }).where('id', '=', id).execute();
    },

    async personsOf(contactIds) {
      const out = [];
      for (const part of chunks(contactIds, IN_LIST)) {
        const rows = await db.selectFrom('contact_persons').select(['contact_id', 'first_name', 'last_name', 'email'])
          .where('contact_id', 'in', part).execute();
        for (const r of rows) out.push({ contactId: Number(r.contact_id), firstName: r.first_name, lastName: r.last_name, email: r.email });
      }
      return out;
    },

    async listPersons(contactIds) {
      const out = [];
      for (const part of chunks(contactIds, IN_LIST)) {
        const rows = await db.selectFrom('contact_persons').selectAll().where('contact_id', 'in', part).where('inactive', '=', 0)
          .orderBy('contact_id').orderBy('is_primary', 'desc').orderBy('id').execute();
        out.push(...rows.map(toContactPerson));
      }
      return out;
    },

    async insertCodes(rows, now) {
      if (!rows.length) return [];
      // A code another import or an API call adds at the same moment is reused, not an error: the
      // insert waits for it and skips it, and only the codes this import added are answered (and
      // recorded, so undo removes only those). A batch brings a handful of new codes at most.
      const ids: number[] = [];
      for (const part of chunks(rows, IN_LIST)) {
        const returned = await db.insertInto('contact_codes').values(part.map((r) => ({
          field: r.field, code: r.code, label: r.code, inactive: 0, created_at: now, updated_at: now,
        }))).onConflict((oc) => oc.doNothing()).returning('id').execute();
        for (const r of returned) ids.push(Number(r.id));
      }
      return ids.sort((a, b) => a - b);
    },

    async insertPersons(rows, now) {
      const returned = await insertRows<{ id: number }>('contact_persons', rows.map(({ contactId, values: p }) => ({
        contact_id: contactId, first_name: p.firstName, last_name: p.lastName, title: p.title, phone: p.phone, mobile: p.mobile,
        email: p.email, is_primary: flag(p.isPrimary), inactive: flag(p.inactive), created_at: now, updated_at: now,
      })), ['id']);
      // Ids of one multi-row insert are handed out in row order on both databases.
      return returned.map((r) => Number(r.id)).sort((a, b) => a - b);
    },

    async contactIdsByNumber(numbers) {
      const m = new Map<number, number>();
      for (const part of chunks(numbers, IN_LIST)) {
        for (const r of await db.selectFrom('contacts').select(['id', 'number']).where('number', 'in', part).execute()) m.set(Number(r.number), Number(r.id));
      }
      return m;
    },

    async assignNumbers() {
      const facts = await db.selectFrom('contacts')
        .select((eb) => [eb.fn.max('number').as('maxNumber'), eb.fn.min('number').as('minNumber')]).executeTakeFirstOrThrow();
      const counter = await db.selectFrom('counters').select('value').where('name', '=', 'contact').executeTakeFirstOrThrow();
      const highest = Math.max(Number(facts.maxNumber ?? 0), Number(counter.value));
      if (Number(facts.minNumber ?? 0) < 0) {
        // placeholder -k becomes highest + k: after every number in use, in file order
        await db.updateTable('contacts').set({ number: sql`${highest} - number` }).where('number', '<', 0).execute();
      }
      await sql`update counters set value = (select max(number) from contacts)
        where name = 'contact' and value < (select max(number) from contacts)`.execute(db);
    },

    async createImport(r) {
      const row = await db.insertInto('imports').values({
        file_name: r.fileName, status: 'done', match: r.match, created_count: 0, updated_count: 0, unchanged_count: 0,
        error_count: 0, persons_count: 0, stamp: r.stamp, created_by: r.createdBy, created_at: r.stamp, undone_at: null,
      }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async recordChanges(importId, changes) {
      // A code change keeps the code's id in contact_id (the table predates the code registers).
      await insertRows('import_changes', changes.map((c) => ({
        import_id: importId, kind: c.kind, contact_id: c.kind === 'code' ? c.codeId : c.contactId,
        person_id: c.kind === 'person' ? c.personId : null,
        before: c.kind === 'updated' ? JSON.stringify(c.before) : null,
      })));
    },

    async finishImport(importId, c) {
      await db.updateTable('imports').set({
        created_count: c.created, updated_count: c.updated, unchanged_count: c.unchanged, error_count: c.errors, persons_count: c.persons,
      }).where('id', '=', importId).execute();
    },

    async get(importId) {
      const r = await db.selectFrom('imports').selectAll().where('id', '=', importId).executeTakeFirst();
      return r ? toRecord(r as ImportRow) : undefined;
    },

    async list(limit) {
      const rows = await db.selectFrom('imports').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => { const { stamp: _s, ...rec } = toRecord(r as ImportRow); return rec; });
    },

    async undo(importId, stamp, now) {
      const changed = (kind: 'created' | 'updated' | 'person' | 'code', col: 'contact_id' | 'person_id') =>
        db.selectFrom('import_changes').select(col).where('import_id', '=', importId).where('kind', '=', kind);
      const count = async (q: Promise<{ n: unknown } | undefined>) => Number((await q)?.n ?? 0);

      const keptWithActivities = await count(db.selectFrom('contacts').select((eb) => eb.fn.countAll().as('n'))
        .where('id', 'in', changed('created', 'contact_id')).where('updated_at', '=', stamp)
        .where((eb) => eb.exists(eb.selectFrom('activity_contacts').select('activity_id').whereRef('activity_contacts.contact_id', '=', 'contacts.id')))
        .executeTakeFirst());
      const createdChanged = await count(db.selectFrom('contacts').select((eb) => eb.fn.countAll().as('n'))
        .where('id', 'in', changed('created', 'contact_id')).where('updated_at', '<>', stamp).executeTakeFirst());
      const deleted = await db.deleteFrom('contacts')
        .where('id', 'in', changed('created', 'contact_id')).where('updated_at', '=', stamp)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('activity_contacts').select('activity_id').whereRef('activity_contacts.contact_id', '=', 'contacts.id'))))
        .executeTakeFirst();
      const personsDeleted = await db.deleteFrom('contact_persons')
        .where('id', 'in', changed('person', 'person_id')).where('updated_at', '=', stamp)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('activity_contact_persons').select('activity_id').whereRef('activity_contact_persons.contact_person_id', '=', 'contact_persons.id'))))
        .executeTakeFirst();

      // Updated contacts get their earlier values back unless someone changed them since.
      let restored = 0;
      let keptChanged = createdChanged;
      let after = -1;
      for (;;) {
        const page = await db.selectFrom('import_changes as ic').innerJoin('contacts as c', 'c.id', 'ic.contact_id')
          .select(['ic.contact_id', 'ic.before', 'c.updated_at']).where('ic.import_id', '=', importId).where('ic.kind', '=', 'updated')
          .where('ic.contact_id', '>', after).orderBy('ic.contact_id').limit(1000).execute();
        if (!page.length) break;
        for (const r of page) {
          after = Number(r.contact_id);
          if (r.updated_at !== stamp) { keptChanged++; continue; }
          const before = JSON.parse(r.before ?? '{}') as Partial<ContactValues>;
          await db.updateTable('contacts').set({ ...toRow(before), updated_at: now }).where('id', '=', after).execute();
          restored++;
        }
      }
      // Codes the import added leave their registers once no contact (after the undo) carries them.
      let codesDeleted = 0;
      for (const [field, column] of Object.entries(CODE_COLUMNS)) {
        const r = await db.deleteFrom('contact_codes')
          .where('id', 'in', changed('code', 'contact_id')).where('field', '=', field)
          .where((eb) => eb.not(eb.exists(eb.selectFrom('contacts').select('id')
            .where(sql`kfold(${sql.ref(`contacts.${column}`)})`, '=', sql`kfold(contact_codes.code)`))))
          .executeTakeFirst();
        codesDeleted += Number(r.numDeletedRows);
      }
      await db.updateTable('imports').set({ status: 'undone', undone_at: now }).where('id', '=', importId).execute();
      return {
        deleted: Number(deleted.numDeletedRows), restored, personsDeleted: Number(personsDeleted.numDeletedRows), keptChanged, keptWithActivities,
        codesDeleted,
      };
    },

    async getMapping(key) {
      const r = await db.selectFrom('import_mappings').select('mapping').where('header_key', '=', key).executeTakeFirst();
      return r ? (JSON.parse(r.mapping) as Record<string, string | null>) : undefined;
    },

    async saveMapping(key, mapping, now) {
      await db.deleteFrom('import_mappings').where('header_key', '=', key).execute();
      await db.insertInto('import_mappings').values({ header_key: key, mapping: JSON.stringify(mapping), updated_at: now }).execute();
    },
  };
}

function contactRow(number: number, v: ContactValues, now: string): Record<string, unknown> {
  return {
    number, name: v.name, name_key: sortKey(v.name), org_number: v.orgNumber,
    is_customer: flag(v.types.includes('customer')), is_supplier: flag(v.types.includes('supplier')),
    is_partner: flag(v.types.includes('partner')), is_private: flag(v.types.includes('private')),
    category: v.category, line_of_business: v.lineOfBusiness, status: v.status, district: v.district,
    postal_address: v.postalAddress, postal_code: v.postalCode, city: v.city, country: v.country, phone: v.phone,
    email: v.email, web: v.web, account_manager_id: v.accountManagerId, turnover: v.turnover, employee_count: v.employeeCount,
    custom1: v.custom1, custom2: v.custom2, notes: v.notes, inactive: flag(v.inactive), created_at: now, updated_at: now,
  };
}
