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
    .option('--secure-cookies', 'mark the session cookie Secure and send HSTS: the app is served over HTTPS (env KONTAKTA_SECURE_COOKIES=1)')
    .option('--trust-proxy', 'believe X-Forwarded-For/-Proto/-Host of a reverse proxy in front (env KONTAKTA_TRUST_PROXY=1)')
    .option('--session-idle-hours <hours>', 'a session ends after this long without a request (env KONTAKTA_SESSION_IDLE_HOURS, default 8)')
    .option('--session-max-days <days>', 'a session ends this long after the login in any case (env KONTAKTA_SESSION_MAX_DAYS, default 14)')
    .action(async (opts: {
      db?: string; port?: string; host?: string; demo: boolean;
      secureCookies?: boolean; trustProxy?: boolean; sessionIdleHours?: string; sessionMaxDays?: string;
    }) => {
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
