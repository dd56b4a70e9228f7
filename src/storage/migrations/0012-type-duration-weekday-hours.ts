/**
 * An activity type's default duration (a visit lasts an hour, a call a quarter): the card's end
 * and a group schedule's length follow it, else the company's standard duration. Employees'
 * per-weekday hours need no column: they live in the JSON of `employee_working_hours` (0011).
 *
 * The calendar interval, bounded on both sides at any number of activities: an activity that
 * ends on the UTC date it starts can only overlap [from, to) if it starts in [from − 1 day, to),
 * a range scan of (responsible, start) or of start (0001) — never a person's whole history or
 * future. The few that cross a UTC midnight (overnight, several days) have their own partial
 * index by effective end; the calendar query repeats its predicate word for word so SQLite
 * uses it.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await db.schema.alterTable('activity_types').addColumn('default_duration_minutes', 'integer').execute();
  await sql`create index activities_responsible_start_ix on activities (responsible_id, start_at)`.execute(db);
  await sql`create index activities_multiday_ix on activities ((coalesce(end_at, start_at)), start_at)
    where substr(coalesce(end_at, start_at), 1, 10) > substr(start_at, 1, 10)`.execute(db);
}
