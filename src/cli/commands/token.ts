import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import { createApiToken, findEmployeeIdForToken, parseExpiry } from '../../app/auth/create-api-token.js';
import { listTokens } from '../../app/auth/list-tokens.js';
import { revokeToken } from '../../app/auth/revoke-token.js';
import { endOtherSessions } from '../../app/auth/end-sessions.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Store } from '../../app/ports/store.js';
import { validation } from '../../domain/errors.js';

/** Whoever runs the command line holds the database: they act as an administrator. */
const CLI_ACTOR: Actor = { employeeId: 0, role: 'admin', name: 'command line' };

async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const opened = await openAndPrepare(loadConfig(opts), (l) => console.error(l));
  try {
    return await fn(opened.store);
  } finally {
    await opened.database.close();
  }
}

const DB_OPTION = ['--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)'] as const;

export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens for scripts, and the sessions of the web app');
  token.command('create')
    .description('create an API token; prints only the token on stdout (it is shown this once)')
    .requiredOption('--employee <emailOrId>', 'the employee the token acts as')
    .option('--name <name>', 'a name to recognise the token by in `token list`')
    .option('--expires <when>', 'when the token stops working: a number of days (90d) or a date (2027-06-30)')
    .option(...DB_OPTION)
    .action(async (opts: { employee: string; name?: string; expires?: string; db?: string }) => {
      await withStore(opts, async (store) => {
        const expiresAt = opts.expires ? parseExpiry(opts.expires, systemClock.now()) : null;
        const employeeId = await findEmployeeIdForToken(store, opts.employee);
        const secret = await createApiToken(store, systemClock, { employeeId, name: opts.name, expiresAt });
        process.stdout.write(secret + '\n');
      });
    });

  token.command('list')
    .description('list API tokens and sessions (id, kind, employee, name, created, expires, last used); never the secrets')
    .option('--employee <emailOrId>', 'only this employee')
    .option('--kind <kind>', 'only api tokens or only sessions (api|session)')
    .option(...DB_OPTION)
    .action(async (opts: { employee?: string; kind?: string; db?: string }) => {
      if (opts.kind !== undefined && opts.kind !== 'api' && opts.kind !== 'session') throw validation('kind', 'expected api or session');
      await withStore(opts, async (store) => {
        const employeeId = opts.employee ? await findEmployeeIdForToken(store, opts.employee) : undefined;
        const lines = [['id', 'kind', 'employee', 'name', 'created', 'expires', 'last used']];
        let cursor: string | undefined;
        do {
          const page = await listTokens(store, CLI_ACTOR, { employeeId, kind: opts.kind as 'api' | 'session' | undefined, limit: '1000', cursor });
          for (const t of page.items) {
            lines.push([String(t.id), t.kind, t.employeeName, t.name ?? '', t.createdAt, t.expiresAt ?? 'never', t.lastUsedAt ?? 'never']);
          }
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
        for (const l of lines) process.stdout.write(l.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n');
      });
    });

  token.command('revoke')
    .description('revoke one token or session by its id (see `token list`), or every one of an employee')
    .argument('[id]', 'the id from `token list`')
    .option('--employee <emailOrId>', 'revoke every token and session of this employee')
    .option(...DB_OPTION)
    .action(async (id: string | undefined, opts: { employee?: string; db?: string }) => {
      if ((id === undefined) === (opts.employee === undefined)) throw validation('id', 'give a token id or --employee, not both');
      if (id !== undefined && !/^\d+$/.test(id)) throw validation('id', 'a token id is a whole number');
      await withStore(opts, async (store) => {
        if (id !== undefined) {
          const t = await revokeToken(store, CLI_ACTOR, Number(id));
          process.stdout.write(`revoked ${t.kind === 'api' ? 'API token' : 'session'} ${t.id} of ${t.employeeName}\n`);
        } else {
          const n = await endOtherSessions(store, await findEmployeeIdForToken(store, opts.employee!));
          process.stdout.write(`revoked ${n} ${n === 1 ? 'token or session' : 'tokens and sessions'}\n`);
        }
      });
    });
}
