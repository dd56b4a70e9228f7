/**
 * One start index on activities instead of two. `activities_start_ix (start_at)` and the list's
 * `activities_start_sort_ix (coalesce(start_at, ''), id)` hold the same key; every activity a
 * finish, an import or a change writes went into both. The date ranges that used the plain one
 * (the activity list's and report's from/to, an activity selection's start conditions) are now
 * written on the sort key (storage/start-key.ts) and seek the remaining index; the calendar and
 * busy-time reads use `activities_calendar_ix`. Measured in docs/performance.md ("Where the SQLite
 * finish's time goes").
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await sql`drop index activities_start_ix`.execute(db);
}
