/**
 * Scheduling: the company's working time (one row of JSON: hours, Swedish holidays on/off, closed
 * and open dates), each employee's own working hours where they differ, and a group activity
 * draft's schedule part. The busy-time reads use the calendar indexes of 0007.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await db.schema
    .createTable('working_time')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('employee_working_hours')
    .addColumn('employee_id', 'integer', (c) => c.primaryKey().references('employees.id').onDelete('cascade'))
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('group_activities').addColumn('schedule', 'text').execute();
}
