/**
 * The contact code registers: category, line of business, status and district become lists an
 * administrator keeps (code + label). The free-text values contacts already hold are moved into
 * the registers (code and label both the value; values differing only in case become one code),
 * and every contact is set to its register's spelling, so old values keep working.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

const FIELDS: [field: string, column: string][] = [
  ['category', 'category'], ['lineOfBusiness', 'line_of_business'], ['status', 'status'], ['district', 'district'],
];

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  await db.schema
    .createTable('contact_codes')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One code per register, compared the way selections compare codes (case-insensitively).
  await sql`create unique index contact_codes_code_ux on contact_codes (field, kfold(code))`.execute(db);

  const now = new Date().toISOString();
  for (const [field, column] of FIELDS) {
    const col = sql.ref(column);
    await sql`insert into contact_codes (field, code, label, inactive, created_at, updated_at)
      select ${field}, min(${col}), min(${col}), 0, ${now}, ${now} from contacts
      where ${col} is not null group by kfold(${col})`.execute(db);
    await sql`update contacts set ${col} = (select c.code from contact_codes c where c.field = ${field} and kfold(c.code) = kfold(contacts.${col}))
      where ${col} is not null and ${col} <> (select c.code from contact_codes c where c.field = ${field} and kfold(c.code) = kfold(contacts.${col}))`.execute(db);
  }
}
