/**
 * Activities' indexes, after measuring what each costs a finish and which reads use it
 * (docs/performance.md, "Where the SQLite finish's time goes").
 *
 * One start index instead of two. `activities_start_ix (start_at)` and the list's
 * `activities_start_sort_ix (coalesce(start_at, ''), id)` hold the same key; every activity a
 * finish, an import or a change writes went into both. The date ranges that used the plain one
 * (the activity list's and report's from/to, an activity selection's start conditions) are now
 * written on the sort key (storage/start-key.ts) and seek the remaining index; the calendar and
 * busy-time reads use `activities_calendar_ix`.
 *
 * The responsible index carries the list's order: `(responsible_id, coalesce(start_at, ''), id)`
 * in place of `(responsible_id)`, so one account manager's activity list is a range of the index
 * in page order instead of all their activities read and sorted for each page; its prefix still
 * serves the other readers (the check behind deleting an employee). It costs a finish of 100,000
 * about 0.1 s more than the plain one: the list is read far more often than a finish runs.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await sql`drop index activities_start_ix`.execute(db);
  await sql`create index activities_responsible_start_ix on activities (responsible_id, (coalesce(start_at, '')), id)`.execute(db);
  await sql`drop index activities_responsible_ix`.execute(db);
}
