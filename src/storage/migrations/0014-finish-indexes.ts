/**
 * Activities' indexes, after measuring what each costs a finish and which reads use it
 * (docs/performance.md, "Where the SQLite finish's time goes").
 *
 * The date ranges of the activity list, its report and activity selections are written on the
 * list's sort key (storage/start-key.ts) and seek `activities_start_sort_ix (coalesce(start_at,
 * ''), id)`. The plain `activities_start_ix (start_at)` stays: the calendar's bounded interval
 * (0012) ranges linked employees' and resources' activities on it (dropping it saved a finish of
 * 100,000 nothing measurable).
 *
 * The responsible index carries the list's order: `(responsible_id, coalesce(start_at, ''), id)`
 * in place of `(responsible_id)`, so one account manager's activity list is a range of the index
 * in page order instead of all their activities read and sorted for each page; its prefix still
 * serves the other readers (the check behind deleting an employee). The calendar's
 * `(responsible_id, start_at)` of 0012 stays beside it for the bounded interval. It costs a
 * finish of 100,000 about 0.1 s more than the plain one: the list is read far more often than a
 * finish runs.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await sql`create index activities_responsible_sort_ix on activities (responsible_id, (coalesce(start_at, '')), id)`.execute(db);
  await sql`drop index activities_responsible_ix`.execute(db);
}
