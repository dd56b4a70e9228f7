/**
 * The initial schema, written once for both databases; dialect differences come from `Dialect`.
 * Foreign keys everywhere (integrity is not traded for speed); link tables cascade with their
 * activity so an undo is one DELETE.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  const ts = (name: string) => [name, 'text'] as const;

  if (d.name === 'postgres') {
    // The case fold used by selections; SQLite registers the same function from JS.
    await sql`create or replace function kfold(t text) returns text
      language sql immutable parallel safe as $$ select lower(t) $$`.execute(db);
  }

  await db.schema
    .createTable('employees')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => d.byteOrderedText(c.notNull()))
    .addColumn('initials', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('is_account_manager', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('user'))
    .addColumn('password_hash', 'text')
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();
  await sql`create unique index employees_email_uq on employees (kfold(email))`.execute(db);

  await db.schema
    .createTable('auth_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => d.byteOrderedText(c.notNull()))
    .addColumn('is_customer', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_supplier', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_partner', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_private', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('category', 'text')
    .addColumn('line_of_business', 'text')
    .addColumn('status', 'text')
    .addColumn('district', 'text')
    .addColumn('postal_address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('web', 'text')
    .addColumn('account_manager_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('turnover', 'double precision')
    .addColumn('employee_count', 'integer')
    .addColumn('custom1', 'text')
    .addColumn('custom2', 'text')
    .addColumn('notes', 'text')
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_name_key_ix').on('contacts').columns(['name_key', 'id']).execute();
  await db.schema.createIndex('contacts_account_manager_ix').on('contacts').column('account_manager_id').execute();
  await sql`create index contacts_city_ix on contacts (kfold(city))`.execute(db);
  await db.schema.createIndex('contacts_postal_code_ix').on('contacts').columns(['postal_code', 'number']).execute();

  await db.schema
    .createTable('contact_persons')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('title', 'text')
    .addColumn('phone', 'text')
    .addColumn('mobile', 'text')
    .addColumn('email', 'text')
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_persons_contact_ix').on('contact_persons').column('contact_id').execute();

  await db.schema
    .createTable('resources')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('activity_types')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull().defaultTo('calendar'))
    .addColumn('color', 'text')
    .addColumn('default_alarm_minutes', 'integer')
    .addColumn('show_time_as', 'text', (c) => c.notNull().defaultTo('busy'))
    .addColumn('requires_responsible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('statuses')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('priorities')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('company_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('company_name', 'text', (c) => c.notNull())
    .addColumn('standard_duration_minutes', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('done_status_id', 'integer', (c) => c.references('statuses.id'))
    .addColumn('end_time_on_done', 'text', (c) => c.notNull().defaultTo('taskListOnly'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('saved_selections')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('selection', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('group_activities')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('selection', 'text')
    .addColumn('responsible_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('distribution', 'text')
    .addColumn('template', 'text')
    .addColumn('options', 'text')
    .addColumn('batch_id', 'integer')
    .addColumn('finish_result', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('group_activity_moves')
    .addColumn('group_activity_id', 'integer', (c) => c.notNull().references('group_activities.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_activity_moves_pk', ['group_activity_id', 'contact_id'])
    .execute();

  await db.schema
    .createTable('batches')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('group_activity_id', 'integer', (c) => c.references('group_activities.id').onDelete('set null'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('selection', 'text')
    .addColumn('card', 'text')
    .addColumn('included_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('excluded_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('activity_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_number', 'integer')
    .addColumn('last_number', 'integer')
    .addColumn('idempotency_key', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('subject', 'text')
    .addColumn('start_at', 'text')
    .addColumn('end_at', 'text')
    .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('alarm_minutes', 'integer')
    .addColumn('type_id', 'integer', (c) => c.references('activity_types.id'))
    .addColumn('status_id', 'integer', (c) => c.references('statuses.id'))
    .addColumn('priority_id', 'integer', (c) => c.references('priorities.id'))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('responsible_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('notes', 'text')
    .addColumn('color', 'text')
    .addColumn('show_in_task_list', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('custom1', 'text')
    .addColumn('custom2', 'text')
    .addColumn('batch_id', 'integer', (c) => c.references('batches.id'))
    .addColumn('created_by', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activities_batch_ix').on('activities').columns(['batch_id', 'number']).execute();
  await db.schema.createIndex('activities_start_ix').on('activities').column('start_at').execute();
  await db.schema.createIndex('activities_responsible_ix').on('activities').column('responsible_id').execute();

  const link = async (table: string, col: string, target: string) => {
    await db.schema
      .createTable(table)
      .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
      .addColumn(col, 'integer', (c) => c.notNull().references(`${target}.id`))
      .addPrimaryKeyConstraint(`${table}_pk`, ['activity_id', col])
      .execute();
    await db.schema.createIndex(`${table}_${col}_ix`).on(table).column(col).execute();
  };
  await link('activity_contacts', 'contact_id', 'contacts');
  await link('activity_contact_persons', 'contact_person_id', 'contact_persons');
  await link('activity_employees', 'employee_id', 'employees');
  await link('activity_resources', 'resource_id', 'resources');

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('details', 'text')
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['employee_id', 'key'])
    .execute();

  const now = new Date().toISOString();
  await db.insertInto('counters').values([
    { name: 'activity', value: 0 },
    { name: 'contact', value: 10000 },
  ]).execute();
  await db.insertInto('company_settings').values({
    id: 1, company_name: 'Kontakta', standard_duration_minutes: 60, done_status_id: null,
    end_time_on_done: 'taskListOnly', updated_at: now,
  }).execute();
}
