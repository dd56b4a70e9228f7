/**
 * `kontakta backup`: a consistent copy of everything while the server runs.
 * - SQLite: SQLite's online backup API (better-sqlite3 `.backup()`), from a connection of its
 *   own: the copy is one committed state even while others write (the API restarts the copy when
 *   another connection writes in between). The file is an SQLite database.
 * - PostgreSQL: every table read in one REPEATABLE READ, READ ONLY transaction (one snapshot,
 *   no locks that stop the server) into the portable backup file (backup-format.ts).
 */
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase } from '../database.js';
import { writePortableBackup } from './backup-format.js';
import { postgresTableData } from './sources.js';

export type BackupResult = { format: 'sqlite' | 'portable'; tables?: number; rows?: number; bytes: number };

export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  if (fs.existsSync(file)) throw new Error(`${file} exists already; choose a new file name`);
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === ':memory:') throw new Error('an in-memory database cannot be backed up');
    const conn = new BetterSqlite3(path, { fileMustExist: true });
    conn.pragma('busy_timeout = 10000');
    try {
      await conn.backup(`${file}.partial`);
    } finally {
      conn.close();
    }
    fs.renameSync(`${file}.partial`, file);
    return { format: 'sqlite', bytes: fs.statSync(file).size };
  }
  const database = openDatabase(url);
  try {
    const counts = await database.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
      const migrations = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(trx)).rows.map((r) => r.name);
      return writePortableBackup(file, { source: 'postgres', createdAt: new Date().toISOString(), migrations }, postgresTableData(trx));
    });
    return { format: 'portable', ...counts, bytes: fs.statSync(file).size };
  } finally {
    await database.close();
  }
}
