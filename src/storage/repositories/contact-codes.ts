/**
 * Kysely repository of the contact code registers: one table `contact_codes` with a `field`
 * column (category, lineOfBusiness, status, district). Codes compare case-insensitively
 * (`kfold`), like the selection compiler compares the contact columns.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { ContactCodeRepository } from '../../app/ports/contact-codes.js';
import type { CodeField, ContactCode } from '../../domain/model/contact-codes.js';
import { fold } from '../../domain/text.js';
import { conflict } from '../../domain/errors.js';
import { isUniqueViolation } from '../dialect.js';

const taken = (code: string) => conflict(`the code "${code}" is already in the register`, 'code');

/** The contacts column behind each register. */
export const CODE_COLUMNS = {
  category: 'category', lineOfBusiness: 'line_of_business', status: 'status', district: 'district',
} as const satisfies Record<CodeField, string>;

type Row = { id: number; field: string; code: string; label: string; inactive: number; created_at: string; updated_at: string };

const toItem = (r: Row): ContactCode => ({
  id: Number(r.id), field: r.field as CodeField, code: r.code, label: r.label, inactive: r.inactive === 1,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

export function contactCodesRepository(db: Kysely<DB>): ContactCodeRepository {
  const findByCode = async (field: CodeField, code: string) => {
    const r = await db.selectFrom('contact_codes').selectAll().where('field', '=', field)
      .where(sql`kfold(code)`, '=', fold(code)).executeTakeFirst();
    return r ? toItem(r) : undefined;
  };
  return {
    async all(field, { includeInactive }) {
      let q = db.selectFrom('contact_codes').selectAll();
      if (field) q = q.where('field', '=', field);
      if (!includeInactive) q = q.where('inactive', '=', 0);
      return (await q.execute()).map(toItem);
    },
    async get(id) {
      const r = await db.selectFrom('contact_codes').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toItem(r) : undefined;
    },
    findByCode,
    async create(field, v, now) {
      // DO NOTHING instead of an error: on PostgreSQL a failed statement would abort the
      // caller's transaction; here the insert waits for a racing one and then inserts nothing.
      const r = await db.insertInto('contact_codes')
        .values({ field, code: v.code, label: v.label, inactive: v.inactive ? 1 : 0, created_at: now, updated_at: now })
        .onConflict((oc) => oc.doNothing())
        .returningAll().executeTakeFirst();
      if (!r) throw taken((await findByCode(field, v.code))?.code ?? v.code);
      return toItem(r);
    },
    async update(id, v, now) {
      const set: Record<string, unknown> = { updated_at: now };
      if (v.code !== undefined) set.code = v.code;
      if (v.label !== undefined) set.label = v.label;
      if (v.inactive !== undefined) set.inactive = v.inactive ? 1 : 0;
      try {
        const r = await db.updateTable('contact_codes').set(set).where('id', '=', id).returningAll().executeTakeFirst();
        return r ? toItem(r) : undefined;
      } catch (e) {
        // Another transaction gave an item this code after the caller's check: the caller's
        // transaction rolls back with the conflict.
        if (isUniqueViolation(e) && v.code !== undefined) throw taken(v.code);
        throw e;
      }
    },
    async delete(id) {
      await db.deleteFrom('contact_codes').where('id', '=', id).execute();
    },
    async contactsWith(field, code) {
      const col = CODE_COLUMNS[field];
      const r = await db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n'))
        .where(sql`kfold(${sql.ref(col)})`, '=', fold(code)).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async renameOnContacts(field, from, to) {
      const col = CODE_COLUMNS[field];
      const r = await db.updateTable('contacts').set({ [col]: to }).where(sql`kfold(${sql.ref(col)})`, '=', fold(from)).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}
