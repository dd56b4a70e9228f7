/**
 * Index for the activity list's default order (start, then number), written as the expression
 * repositories/activities.ts sorts by, so keyset pages stay index range scans on both databases
 * when group activities have made hundreds of thousands of activities.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await sql`create index activities_start_sort_ix on activities ((coalesce(start_at, '')), id)`.execute(db);
}
