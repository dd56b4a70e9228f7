/**
 * Indexes for the contact list's city and postal-code sorts, so keyset pages stay index range
 * scans at 100,000+ contacts. The expressions are the ones repositories/contacts.ts sorts by.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { sqlByteOrdered, sqlSortKey } from '../repositories/sort-key-sql.js';

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  await sql`create index contacts_city_sort_ix on contacts ((${sqlSortKey('city', d)}), name_key, id)`.execute(db);
  await sql`create index contacts_postal_sort_ix on contacts ((${sqlByteOrdered('postal_code', d)}), number)`.execute(db);
}
