import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { startServer } from '../../main.js';

export function registerServe(program: Command): void {
  program.command('serve')
    .description('start the web app and API (migrates the database; demo data on the first start)')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .option('--port <port>', 'port (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--no-demo', 'do not add demo data on the first start')
    .action(async (opts: { db?: string; port?: string; host?: string; demo: boolean }) => {
      const config = loadConfig(opts);
      const { url, app } = await startServer(config, { seedDemoOnFirstStart: opts.demo });
      console.log(`Kontakta is running at ${url}  (database: ${config.db.startsWith('sqlite:') ? config.db : 'postgres'})`);
      console.log(`Log in with ${config.adminEmail} and the administrator password printed on the first start` +
        (config.adminPassword ? ' (KONTAKTA_ADMIN_PASSWORD)' : '') + '.');
      const stop = async () => { await app.close(); process.exit(0); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
