/**
 * Import of contacts from spreadsheets: the organisation number (an import matches on it), the
 * import batches with what each changed (so an import can be undone), and the column mappings
 * remembered by the set of header names.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('org_number', 'text').execute();
  await db.schema.createIndex('contacts_org_number_ix').on('contacts').column('org_number').execute();
  // An import matching on e-mail looks rows up by the folded address.
  await sql`create index contacts_email_fold_ix on contacts (kfold(email))`.execute(db);

  await db.schema
    .createTable('imports')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('file_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('done'))
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('persons_count', 'integer', (c) => c.notNull().defaultTo(0))
    // updated_at written on every contact and person the import touched: undo leaves rows whose
    // updated_at differs (changed since) alone.
    .addColumn('stamp', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  await db.schema
    .createTable('import_changes')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // created | updated | person
    .addColumn('contact_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer')
    .addColumn('before', 'text') // JSON of the updated fields' earlier values
    .execute();
  await db.schema.createIndex('import_changes_import_ix').on('import_changes').columns(['import_id', 'kind']).execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('header_key', 'text', (c) => c.primaryKey())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
