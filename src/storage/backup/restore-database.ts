/**
 * `kontakta restore`: a backup (an SQLite file from `kontakta backup` on SQLite, or the portable
 * file it writes on PostgreSQL) into an empty database of either kind. The target is migrated
 * first; a backup made by a newer version (a migration this one does not know) is refused.
 * Everything is written in one transaction — a failed restore leaves the target as it was —
 * in dependency order, in multi-row inserts sized to the database's parameter limit. PostgreSQL's
 * id sequences are then set past the highest id, so new rows continue the numbering; SQLite's
 * AUTOINCREMENT follows inserted ids by itself; the app's own counters are ordinary rows.
 */
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { isSqliteFile, readPortableBackup, type BackupSource } from './backup-format.js';
import { postgresColumns, postgresTables, sqliteFileSource } from './sources.js';

/** Rows the first migration writes itself: a database holding only these is still empty. */
const CREATED_BY_MIGRATIONS = new Set(['counters', 'company_settings']);

export type RestoreResult = { tables: number; rows: number };

async function targetTables(database: Database): Promise<Map<string, string[]>> {
  const db = database.db as Kysely<any>;
  const out = new Map<string, string[]>();
  if (database.dialect.name === 'postgres') {
    for (const t of await postgresTables(db)) out.set(t, await postgresColumns(db, t));
  } else {
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_migration%'`.execute(db)).rows;
    for (const { name } of tables) {
      out.set(name, (await sql<{ name: string }>`select name from pragma_table_info(${name}) order by cid`.execute(db)).rows.map((r) => r.name));
    }
  }
  return out;
}

export async function restoreDatabase(url: string, file: string): Promise<RestoreResult> {
  const source: BackupSource = isSqliteFile(file) ? sqliteFileSource(file) : await readPortableBackup(file);
  const database = openDatabase(url);
  try {
    const known = await migrateToLatest(database).then(async () =>
      (await sql<{ name: string }>`select name from kysely_migration`.execute(database.db)).rows.map((r) => r.name));
    const unknown = source.migrations.filter((m) => !known.includes(m));
    if (unknown.length) throw new Error(`the backup was made by a newer version of Kontakta (migrations ${unknown.join(', ')}); update first`);
    const tables = await targetTables(database);
    for (const table of tables.keys()) {
      if (CREATED_BY_MIGRATIONS.has(table)) continue;
      const n = (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]!.n;
      if (Number(n) > 0) throw new Error(`the target database is not empty (${table} has ${n} rows): restore into a new, empty database`);
    }
    return await database.db.transaction().execute(async (trx) => {
      const db = trx as Kysely<any>;
      for (const table of CREATED_BY_MIGRATIONS) if (tables.has(table)) await db.deleteFrom(table).execute();
      let tableCount = 0;
      let rowCount = 0;
      for await (const t of source.tables) {
        const columns = tables.get(t.table);
        if (!columns) throw new Error(`the backup holds a table "${t.table}" this version does not have`);
        const missing = t.columns.filter((c) => !columns.includes(c));
        if (missing.length) throw new Error(`the backup's table ${t.table} has columns this version does not have: ${missing.join(', ')}`);
        const perInsert = Math.max(1, Math.floor(database.dialect.maxParameters / Math.max(1, t.columns.length)) - 1);
        let batch: Record<string, unknown>[] = [];
        const flush = async () => {
          if (batch.length) await db.insertInto(t.table).values(batch).execute();
          batch = [];
        };
        for await (const row of t.rows) {
          batch.push(Object.fromEntries(t.columns.map((c, i) => [c, row[i]])));
          rowCount++;
          if (batch.length >= Math.min(perInsert, 1000)) await flush();
        }
        await flush();
        tableCount++;
        if (database.dialect.name === 'postgres' && t.columns.includes('id')) {
          // Identity columns continue after the highest restored id.
          await sql`select setval(pg_get_serial_sequence(${t.table}, 'id'), coalesce((select max(id) from ${sql.table(t.table)}), 0) + 1, false)
            where pg_get_serial_sequence(${t.table}, 'id') is not null`.execute(db);
        }
      }
      return { tables: tableCount, rows: rowCount };
    });
  } finally {
    await source.close();
    await database.close();
  }
}
