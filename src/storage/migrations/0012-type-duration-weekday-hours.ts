/**
 * An activity type's default duration (a visit lasts an hour, a call a quarter): the card's end
 * and a group schedule's length follow it, else the company's standard duration. Employees'
 * per-weekday hours need no column: they live in the JSON of `employee_working_hours` (0011).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await db.schema.alterTable('activity_types').addColumn('default_duration_minutes', 'integer').execute();
}
