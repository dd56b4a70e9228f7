/**
 * Calendar, task list and calendar feeds: per-user settings, feed secrets (hashed), the company's
 * time zone and public URL, and the indexes the calendar interval and the task list read by.
 *
 * The calendar asks "activities of these employees that end after `from` and start before `to`":
 * the index runs on (responsible, effective end) so a month's query scans the rows ending after
 * `from` — the near future of one employee — rather than that employee's whole history.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  await db.schema
    .createTable('user_settings')
    .addColumn('employee_id', 'integer', (c) => c.primaryKey().references('employees.id').onDelete('cascade'))
    .addColumn('hide_details_from_others', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('preferences', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_employee_ix').on('calendar_feeds').column('employee_id').execute();

  await db.schema.alterTable('company_settings')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/Stockholm')).execute();
  await db.schema.alterTable('company_settings').addColumn('public_url', 'text').execute();

  // My calendar / common calendar by responsible: (responsible, end or start, start).
  await sql`create index activities_calendar_ix on activities
    (responsible_id, (coalesce(end_at, start_at)), start_at) where show_in_task_list = 0`.execute(db);
  // Linked employees and resources reach activities through their link tables (indexed by 0001).
  // The task list: one responsible's task-list rows, open or done, in date order.
  await sql`create index activities_tasks_ix on activities
    (responsible_id, done, (coalesce(start_at, '9999')), id) where show_in_task_list = 1`.execute(db);
}
