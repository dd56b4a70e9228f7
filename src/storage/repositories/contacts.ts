/**
 * Kysely repository of the contact register (both databases). Lists use keyset paging over
 * indexed sort expressions — (name_key, id), (number), (city key, name_key, id), (postal code
 * key, number) — compared as row values, so every page is an index range scan.
 */
import { sql, type Expression, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { ContactTable, DB } from '../schema.js';
import type { ContactListQuery, ContactRepository, ContactSort } from '../../app/ports/contacts.js';
import type { Contact, ContactType, ContactValues } from '../../domain/model/contact.js';
import { toPage } from '../../app/paging.js';
import { validation } from '../../domain/errors.js';
import { fold, sortKey } from '../../domain/text.js';
import { prefixRange } from './prefix-range.js';
import { sqlByteOrdered, sqlSortKey } from './sort-key-sql.js';
import type { Dialect } from '../dialect.js';

const TYPE_COLUMNS = {
  customer: 'is_customer', supplier: 'is_supplier', partner: 'is_partner', private: 'is_private',
} as const satisfies Record<ContactType, keyof ContactTable>;

type SortSpec = { expr: Expression<unknown>; type: 'string' | 'number' }[];

/** The sort expressions of each sort; the city and postal code ones match the 0002 indexes. */
function sorts(d: Dialect): Record<ContactSort, SortSpec> {
  return {
    name: [{ expr: sql`name_key`, type: 'string' }, { expr: sql`id`, type: 'number' }],
    number: [{ expr: sql`number`, type: 'number' }],
    city: [{ expr: sqlSortKey('city', d), type: 'string' }, { expr: sql`name_key`, type: 'string' }, { expr: sql`id`, type: 'number' }],
    postalCode: [{ expr: sqlByteOrdered('postal_code', d), type: 'string' }, { expr: sql`number`, type: 'number' }],
  };
}

export function toContact(r: Selectable<ContactTable>): Contact {
  return {
    id: r.id, number: r.number, name: r.name, orgNumber: r.org_number ?? null,
    types: (Object.keys(TYPE_COLUMNS) as ContactType[]).filter((t) => r[TYPE_COLUMNS[t]] === 1),
    category: r.category, lineOfBusiness: r.line_of_business, status: r.status, district: r.district,
    postalAddress: r.postal_address, postalCode: r.postal_code, city: r.city, country: r.country,
    phone: r.phone, email: r.email, web: r.web, accountManagerId: r.account_manager_id,
    turnover: r.turnover === null ? null : Number(r.turnover), employeeCount: r.employee_count,
    custom1: r.custom1, custom2: r.custom2, notes: r.notes, inactive: r.inactive === 1,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function toRow(v: Partial<ContactValues>): Updateable<ContactTable> {
  const r: Updateable<ContactTable> = {};
  if (v.name !== undefined) { r.name = v.name; r.name_key = sortKey(v.name); }
  if (v.types !== undefined) for (const [t, col] of Object.entries(TYPE_COLUMNS)) r[col] = v.types.includes(t as ContactType) ? 1 : 0;
  if (v.orgNumber !== undefined) r.org_number = v.orgNumber;
  if (v.category !== undefined) r.category = v.category;
  if (v.lineOfBusiness !== undefined) r.line_of_business = v.lineOfBusiness;
  if (v.status !== undefined) r.status = v.status;
  if (v.district !== undefined) r.district = v.district;
  if (v.postalAddress !== undefined) r.postal_address = v.postalAddress;
  if (v.postalCode !== undefined) r.postal_code = v.postalCode;
  if (v.city !== undefined) r.city = v.city;
  if (v.country !== undefined) r.country = v.country;
  if (v.phone !== undefined) r.phone = v.phone;
  if (v.email !== undefined) r.email = v.email;
  if (v.web !== undefined) r.web = v.web;
  if (v.accountManagerId !== undefined) r.account_manager_id = v.accountManagerId;
  if (v.turnover !== undefined) r.turnover = v.turnover;
  if (v.employeeCount !== undefined) r.employee_count = v.employeeCount;
  if (v.custom1 !== undefined) r.custom1 = v.custom1;
  if (v.custom2 !== undefined) r.custom2 = v.custom2;
  if (v.notes !== undefined) r.notes = v.notes;
  if (v.inactive !== undefined) r.inactive = v.inactive ? 1 : 0;
  return r;
}

function checkCursor(q: ContactListQuery, spec: SortSpec): unknown[] | undefined {
  if (!q.cursor) return undefined;
  const [sort, dir, ...key] = q.cursor;
  const ok = sort === q.sort && dir === q.dir && key.length === spec.length && spec.every((s, i) => typeof key[i] === s.type);
  if (!ok) throw validation('cursor', 'the cursor belongs to another list or sort; start again without it');
  return key;
}

export function contactsRepository(db: Kysely<DB>, dialect: Dialect): ContactRepository {
  const SORTS = sorts(dialect);
  return {
    async list(q) {
      const spec = SORTS[q.sort];
      const after = checkCursor(q, spec);
      const orderKeys = spec.map((_, i) => sql.ref(`k${i}`));
      const arm = (ordered: boolean) => {
        let query = db.selectFrom('contacts').selectAll()
          .select(spec.map((s, i) => sql<string | number>`${s.expr}`.as(`k${i}`)));
        if (ordered) {
          query = query.limit(q.limit + 1);
          for (const s of spec) query = query.orderBy(s.expr, q.dir);
        }
        if (q.city) query = query.where(sql`kfold(city)`, '=', fold(q.city));
        if (q.category) query = query.where(sql`kfold(category)`, '=', fold(q.category));
        if (q.accountManagerId !== undefined) query = query.where('account_manager_id', '=', q.accountManagerId);
        if (q.type) query = query.where(TYPE_COLUMNS[q.type], '=', 1);
        if (!q.includeInactive) query = query.where('inactive', '=', 0);
        if (after) {
          const op = q.dir === 'asc' ? sql.raw('>') : sql.raw('<');
          const opEq = q.dir === 'asc' ? sql.raw('>=') : sql.raw('<=');
          // The redundant bound on the first key lets SQLite seek an expression index (it does
          // not for a row-value comparison alone); PostgreSQL uses either.
          query = query.where(sql<boolean>`${spec[0]!.expr} ${opEq} ${after[0]}`)
            .where(sql<boolean>`(${sql.join(spec.map((s) => s.expr))}) ${op} (${sql.join(after)})`);
        }
        return query;
      };
      let rows;
      if (!q.q) {
        rows = await arm(true).execute();
      } else {
        // q matches a name prefix, a city or a number. Two index-friendly arms instead of one OR:
        // the name prefix is a range of the name index, the rest comes from the city and number
        // indexes; the union is then sorted and limited.
        const [lo, hi] = prefixRange(sortKey(q.q));
        const byName = arm(true).where('name_key', '>=', lo).where('name_key', '<', hi);
        // Unordered on purpose: ordered and limited, PostgreSQL would walk the name index to
        // find a few city matches instead of reading them from the city index.
        const byOther = arm(false)
          .where((eb) => eb.or([
            eb(sql`kfold(city)`, '=', fold(q.q!)),
            ...(/^\d{1,15}$/.test(q.q!) ? [eb('number', '=', Number(q.q))] : []),
          ]))
          .where((eb) => eb.or([eb('name_key', '<', lo), eb('name_key', '>=', hi)]));
        let query = db.selectFrom(
          db.selectFrom(byName.as('a')).selectAll().unionAll(db.selectFrom(byOther.as('b')).selectAll()).as('u'),
        ).selectAll().limit(q.limit + 1);
        for (const k of orderKeys) query = query.orderBy(k, q.dir);
        rows = await query.execute();
      }
      return toPage(rows, q.limit, toContact, (r) => {
        const k = r as unknown as Record<string, unknown>;
        return [q.sort, q.dir, ...spec.map((_, i) => k[`k${i}`])];
      });
    },
    async get(id) {
      const r = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toContact(r) : undefined;
    },
    async create(v, now) {
      // The counter row is locked until the transaction ends (PostgreSQL) or the single writer
      // holds it (SQLite), so concurrent creates get distinct numbers.
      const counter = await db.updateTable('counters').set((eb) => ({ value: eb('value', '+', 1) }))
        .where('name', '=', 'contact').returning('value').executeTakeFirstOrThrow();
      const row = toRow(v);
      const r = await db.insertInto('contacts').values({
        ...row, number: Number(counter.value), name: v.name, name_key: sortKey(v.name), created_at: now, updated_at: now,
      } as ContactTable & { id?: never }).returningAll().executeTakeFirstOrThrow();
      return toContact(r);
    },
    async update(id, v, now) {
      const r = await db.updateTable('contacts').set({ ...toRow(v), updated_at: now }).where('id', '=', id)
        .returningAll().executeTakeFirst();
      return r ? toContact(r) : undefined;
    },
    async delete(id) {
      await db.deleteFrom('contacts').where('id', '=', id).execute();
    },
    async hasActivities(id) {
      const r = await db.selectFrom('activity_contacts').select('activity_id').where('contact_id', '=', id).limit(1).executeTakeFirst();
      return r !== undefined;
    },
  };
}
