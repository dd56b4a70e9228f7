/**
 * `kontakta group create` as a real process against the suite's database (both kinds): a dry run
 * prints counts and the distribution and creates nothing; a real run prints the numbers created;
 * bad input exits non-zero with one line on stderr and writes nothing.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { ADMIN_EMAIL, describeEachServer } from '../support/http.js';
import { cityIs, seedContacts, seedEmployees, type ContactSpec } from './group-activities-fixtures.js';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'kontakta.js');

async function cli(args: string[], db: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args, '--db', db, '--as', ADMIN_EMAIL], { env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'cli-test-password' } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describeEachServer('kontakta group create', (t) => {
  let am: number[] = [];
  beforeAll(async () => {
    am = await seedEmployees(t.database.db, [{ name: 'Anna' }, { name: 'Bertil' }]);
    const specs: ContactSpec[] = Array.from({ length: 9 }, (_, i) => ({ number: 50001 + i, name: `Borås ${i}`, city: 'Borås', postal_code: `50${i}00` }));
    await seedContacts(t.database.db, specs);
  });
  const countActivities = async () =>
    Number((await t.database.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('dry run, real run and bad input', async () => {
    const where = JSON.stringify(cityIs('borås'));
    const dry = await cli(['group', 'create', '--mode', 'perContact', '--where', where, '--distribute', `even:${am[0]},${am[1]}`, '--dry-run', '--json'], t.database.url);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ counts: { included: 9, excluded: 0 }, distribution: [{ employeeId: am[0], count: 5 }, { employeeId: am[1], count: 4 }], dryRun: true });
    expect(await countActivities()).toBe(0);

    const real = await cli(['group', 'create', '--mode', 'perContact', '--where', where, '--distribute', `counts:${am[0]}=2,${am[1]}=7`, '--template', '{"subject":"Ring"}'], t.database.url);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/Created 9 activities, numbers \d+–\d+/);
    expect(real.stderr).toMatch(/Creating 9 activities/);
    expect(await countActivities()).toBe(9);

    const bad = await cli(['group', 'create', '--mode', 'perContact', '--where', where, '--distribute', `counts:${am[0]}=2`], t.database.url);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr.trim()).toMatch(/^error: distribution\.counts: the counts add up to 2 but 9/);
    expect(await countActivities()).toBe(9);
  }, 120_000);
});
