import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import { createApiToken, findEmployeeIdForToken } from '../../app/auth/create-api-token.js';

export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens for scripts');
  token.command('create')
    .description('create an API token; prints only the token on stdout')
    .requiredOption('--employee <emailOrId>', 'the employee the token acts as')
    .option('--name <name>', 'a label for the token')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (opts: { employee: string; name?: string; db?: string }) => {
      const config = loadConfig(opts);
      const opened = await openAndPrepare(config, (l) => console.error(l));
      try {
        const employeeId = await findEmployeeIdForToken(opened.store, opts.employee);
        const secret = await createApiToken(opened.store, systemClock, { employeeId, name: opts.name });
        process.stdout.write(secret + '\n');
      } finally {
        await opened.database.close();
      }
    });
}
