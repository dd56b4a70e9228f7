/**
 * Where a backup's tables are read from: a live PostgreSQL schema (inside the caller's snapshot
 * transaction, streamed with a cursor) or an SQLite file (read-only, so a backup file is never
 * touched). Both list every table but Kysely's own, in dependency order.
 */
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { dependencyOrder } from './table-order.js';
import type { BackupSource, TableData } from './backup-format.js';

export const isMigrationTable = (t: string) => t.startsWith('kysely_migration');
const STREAM_ROWS = 2000;

export async function postgresTables(db: Kysely<any>): Promise<string[]> {
  const tables = (await sql<{ t: string }>`select table_name as t from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)).rows.map((r) => r.t).filter((t) => !isMigrationTable(t));
  const refs = (await sql<{ f: string; r: string }>`select c.relname as f, rc.relname as r from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class rc on rc.oid = k.confrelid
    where k.contype = 'f' and k.connamespace = (select oid from pg_namespace where nspname = current_schema())`.execute(db)).rows;
  return dependencyOrder(tables, refs.map((x) => [x.f, x.r] as const));
}

export async function postgresColumns(db: Kysely<any>, table: string): Promise<string[]> {
  return (await sql<{ c: string }>`select column_name as c from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db)).rows.map((r) => r.c);
}

/** The tables of a PostgreSQL schema read through `db` (a transaction: one snapshot for all). */
export async function* postgresTableData(db: Kysely<any>): AsyncGenerator<TableData> {
  for (const table of await postgresTables(db)) {
    const columns = await postgresColumns(db, table);
    async function* rows(): AsyncGenerator<unknown[]> {
      // Ordered by every column so two backups of the same data are the same file.
      let q = db.selectFrom(table).select(columns.map((c) => sql.ref(c).as(c)));
      for (const c of columns) q = q.orderBy(sql.ref(c));
      for await (const r of q.stream(STREAM_ROWS)) yield columns.map((c) => (r as Record<string, unknown>)[c] ?? null);
    }
    yield { table, columns, rows: rows() };
  }
}

export function sqliteTables(conn: BetterSqlite3.Database): string[] {
  const tables = (conn.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as { name: string }[])
    .map((r) => r.name).filter((t) => !isMigrationTable(t));
  const refs: [string, string][] = [];
  for (const t of tables) {
    for (const fk of conn.prepare('select "table" as r from pragma_foreign_key_list(?)').all(t) as { r: string }[]) refs.push([t, fk.r]);
  }
  return dependencyOrder(tables, refs);
}

export function sqliteColumns(conn: BetterSqlite3.Database, table: string): string[] {
  return (conn.prepare('select name from pragma_table_info(?) order by cid').all(table) as { name: string }[]).map((r) => r.name);
}

/** An SQLite database file (a backup), opened read-only. */
export function sqliteFileSource(file: string): BackupSource {
  const conn = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const hasMigrations = conn.prepare(`select 1 from sqlite_master where name = 'kysely_migration'`).get() !== undefined;
  const migrations = hasMigrations ? (conn.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name) : [];
  async function* tables(): AsyncGenerator<TableData> {
    for (const table of sqliteTables(conn)) {
      const columns = sqliteColumns(conn, table);
      const quoted = columns.map((c) => `"${c}"`).join(', ');
      async function* rows(): AsyncGenerator<unknown[]> {
        for (const r of conn.prepare(`select ${quoted} from "${table}" order by ${quoted}`).raw().iterate()) yield r as unknown[];
      }
      yield { table, columns, rows: rows() };
    }
  }
  return { migrations, tables: tables(), close: async () => { conn.close(); } };
}
