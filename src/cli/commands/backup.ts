/**
 * `kontakta backup FILE` and `kontakta restore FILE`: a consistent copy of the whole database
 * while the server runs, and that copy back into a new, empty database (of either kind).
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { backupDatabase } from '../../storage/backup/backup-database.js';
import { restoreDatabase } from '../../storage/backup/restore-database.js';

const DB_OPTION = ['--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)'] as const;

async function run(action: () => Promise<string>): Promise<void> {
  try {
    console.log(await action());
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}

export function registerBackup(program: Command): void {
  program.command('backup')
    .description('write a consistent copy of the database to FILE while the server runs (SQLite: a database file; PostgreSQL: a portable gzip file)')
    .argument('<file>', 'the backup file to write (must not exist)')
    .option(...DB_OPTION)
    .action((file: string, opts: { db?: string }) => run(async () => {
      const r = await backupDatabase(loadConfig(opts).db, file);
      const what = r.format === 'sqlite' ? 'SQLite database file' : `${r.tables} tables, ${r.rows} rows`;
      return `Backed up to ${file} (${what}, ${(r.bytes / 1024).toFixed(0)} KB)`;
    }));

  program.command('restore')
    .description('restore a backup made by "kontakta backup" into a new, empty database (of either kind)')
    .argument('<file>', 'the backup file to read')
    .option(...DB_OPTION)
    .action((file: string, opts: { db?: string }) => run(async () => {
      const r = await restoreDatabase(loadConfig(opts).db, file);
      return `Restored ${r.rows} rows into ${r.tables} tables from ${file}`;
    }));
}
