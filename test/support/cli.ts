/**
 * The `kontakta` command as a real process in tests: `bin/kontakta.js` with the arguments, against
 * the suite's database (`--db`), acting as the test server's administrator (`--as`). Exit code,
 * stdout and stderr come back whether it succeeds or not.
 *
 *   const r = await kontakta(['activities', 'change', '--where', '…', '--dry-run'], t.database.url);
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/storage/schema.js';
import { ADMIN_EMAIL } from './http.js';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'kontakta.js');

export type CliResult = { code: number; stdout: string; stderr: string };

export async function kontakta(args: string[], db: string): Promise<CliResult> {
  try {
    const r = await run(process.execPath, [BIN, ...args, '--db', db, '--as', ADMIN_EMAIL], { env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'cli-test-password' } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** How many activities the database holds (a CLI run that fails must leave it unchanged). */
export async function countActivities(db: Kysely<DB>): Promise<number> {
  return Number((await db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}
