import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';

export function registerMigrate(program: Command): void {
  program.command('migrate')
    .description('create or update the database schema (creates the first administrator on an empty database)')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (opts: { db?: string }) => {
      const config = loadConfig(opts);
      const opened = await openAndPrepare(config, (l) => console.log(l));
      console.log(opened.created.length ? `Applied migrations: ${opened.created.join(', ')}` : 'Database is up to date');
      await opened.database.close();
    });
}
