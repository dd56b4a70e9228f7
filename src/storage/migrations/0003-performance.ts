/**
 * Indexes for the selection fields people filter on most (city, category, turnover, status), so a
 * selection preview count over a million contacts is an index range scan rather than a table
 * scan calling kfold() per row. The expressions are the ones storage/selection/compile.ts
 * writes (`kfold(col) = ?` / `IN (…)`, plain comparisons on numbers).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  // The typical selection: some cities, a category, a turnover range (equality, equality, range).
  await sql`create index contacts_city_category_ix on contacts (kfold(city), kfold(category), turnover)`.execute(db);
  await sql`create index contacts_category_ix on contacts (kfold(category), turnover)`.execute(db);
  await sql`create index contacts_status_ix on contacts (kfold(status))`.execute(db);
}
