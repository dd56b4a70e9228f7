/** Kysely repository of contact persons (both databases). */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { ContactPersonTable, DB } from '../schema.js';
import type { ContactPersonRepository } from '../../app/ports/contact-persons.js';
import type { ContactPerson, ContactPersonValues } from '../../domain/model/contact.js';

export function toContactPerson(r: Selectable<ContactPersonTable>): ContactPerson {
  return {
    id: r.id, contactId: r.contact_id, firstName: r.first_name, lastName: r.last_name, title: r.title,
    phone: r.phone, mobile: r.mobile, email: r.email, isPrimary: r.is_primary === 1, inactive: r.inactive === 1,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function toRow(v: Partial<ContactPersonValues>): Updateable<ContactPersonTable> {
  const r: Updateable<ContactPersonTable> = {};
  if (v.firstName !== undefined) r.first_name = v.firstName;
  if (v.lastName !== undefined) r.last_name = v.lastName;
  if (v.title !== undefined) r.title = v.title;
  if (v.phone !== undefined) r.phone = v.phone;
  if (v.mobile !== undefined) r.mobile = v.mobile;
  if (v.email !== undefined) r.email = v.email;
  if (v.isPrimary !== undefined) r.is_primary = v.isPrimary ? 1 : 0;
  if (v.inactive !== undefined) r.inactive = v.inactive ? 1 : 0;
  return r;
}

export function contactPersonsRepository(db: Kysely<DB>): ContactPersonRepository {
  return {
    async listByContact(contactId, { includeInactive }) {
      let q = db.selectFrom('contact_persons').selectAll().where('contact_id', '=', contactId);
      if (!includeInactive) q = q.where('inactive', '=', 0);
      return (await q.execute()).map(toContactPerson);
    },
    async get(id) {
      const r = await db.selectFrom('contact_persons').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toContactPerson(r) : undefined;
    },
    async create(contactId, v, now) {
      const r = await db.insertInto('contact_persons').values({
        contact_id: contactId, first_name: v.firstName, last_name: v.lastName, title: v.title, phone: v.phone,
        mobile: v.mobile, email: v.email, is_primary: v.isPrimary ? 1 : 0, inactive: v.inactive ? 1 : 0,
        created_at: now, updated_at: now,
      }).returningAll().executeTakeFirstOrThrow();
      return toContactPerson(r);
    },
    async update(id, v, now) {
      const r = await db.updateTable('contact_persons').set({ ...toRow(v), updated_at: now }).where('id', '=', id)
        .returningAll().executeTakeFirst();
      return r ? toContactPerson(r) : undefined;
    },
    async clearPrimary(contactId, exceptId, now) {
      await db.updateTable('contact_persons').set({ is_primary: 0, updated_at: now })
        .where('contact_id', '=', contactId).where('id', '<>', exceptId).where('is_primary', '=', 1).execute();
    },
    async delete(id) {
      await db.deleteFrom('contact_persons').where('id', '=', id).execute();
    },
    async hasActivities(id) {
      const r = await db.selectFrom('activity_contact_persons').select('activity_id').where('contact_person_id', '=', id)
        .limit(1).executeTakeFirst();
      return r !== undefined;
    },
  };
}
