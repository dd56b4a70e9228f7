/**
 * Change values at scale (issue 13).
 * - The undo record (`activity_change_rows`, `activity_change_values`) loses its foreign keys:
 *   PostgreSQL checked both for each of a finish's 100,000 rows (and locked each activity row for
 *   it, which the UPDATE that follows then had to rewrite), which cost more than the recording
 *   itself. Only the finish writes these rows, with the change it has just claimed and the
 *   activities it is changing; activity ids are never reused (they come from the counter), so a
 *   record of a since deleted activity matches nothing and is ignored by undo and the reports.
 *   Deleting activities no longer scans these tables for each row either.
 * - The unticked activities keep their cascade, now with an index on `activity_id`, so deleting
 *   activities (a group's undo deletes all of them) finds a draft's ticks without a scan per row.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

const RECORD_TABLES = ['activity_change_rows', 'activity_change_values'] as const;

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  if (d.name === 'postgres') {
    for (const table of RECORD_TABLES) {
      const { rows } = await sql<{ name: string }>`select conname as name from pg_constraint
        where conrelid = ${table}::regclass and contype = 'f'`.execute(db);
      for (const r of rows) await sql`alter table ${sql.table(table)} drop constraint ${sql.id(r.name)}`.execute(db);
    }
  } else {
    // SQLite cannot drop a constraint: each table is copied into one declared without them.
    for (const table of RECORD_TABLES) {
      const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
      const create = rows[0]!.sql
        .replace(/\s+references\s+"?\w+"?\s*\("?\w+"?\)(\s+on\s+delete\s+(cascade|set null|restrict|no action))?/gi, '')
        .replace(new RegExp(`^create table "?${table}"?`, 'i'), `create table "${table}_new"`);
      if (/references/i.test(create)) throw new Error(`0013: could not drop the foreign keys of ${table}`);
      await sql.raw(create).execute(db);
      await sql`insert into ${sql.table(`${table}_new`)} select * from ${sql.table(table)}`.execute(db);
      await sql`drop table ${sql.table(table)}`.execute(db);
      await sql`alter table ${sql.table(`${table}_new`)} rename to ${sql.table(table)}`.execute(db);
    }
    await db.schema.createIndex('activity_change_values_ix').on('activity_change_values').columns(['change_id', 'field', 'activity_id']).execute();
  }
  await db.schema.createIndex('activity_change_exclusions_activity_ix').on('activity_change_exclusions').column('activity_id').execute();
}
