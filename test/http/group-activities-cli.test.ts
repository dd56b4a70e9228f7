/**
 * `kontakta group create` as a real process against the suite's database (both kinds): a dry run
 * prints counts and the distribution and creates nothing; a real run prints the numbers created;
 * bad input exits non-zero with one line on stderr and writes nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { countActivities, kontakta } from '../support/cli.js';
import { cityIs, seedContacts, seedEmployees, type ContactSpec } from './group-activities-fixtures.js';

describeEachServer('kontakta group create', (t) => {
  let am: number[] = [];
  beforeAll(async () => {
    am = await seedEmployees(t.database.db, [{ name: 'Anna' }, { name: 'Bertil' }]);
    const specs: ContactSpec[] = Array.from({ length: 9 }, (_, i) => ({ number: 50001 + i, name: `Borås ${i}`, city: 'Borås', postal_code: `50${i}00` }));
    await seedContacts(t.database.db, specs);
  });

  it('dry run, real run and bad input', async () => {
    const where = JSON.stringify(cityIs('borås'));
    const dry = await kontakta(['group', 'create', '--mode', 'perContact', '--where', where, '--distribute', `even:${am[0]},${am[1]}`, '--dry-run', '--json'], t.database.url);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ counts: { included: 9, excluded: 0 }, distribution: [{ employeeId: am[0], count: 5 }, { employeeId: am[1], count: 4 }], dryRun: true });
    expect(await countActivities(t.database.db)).toBe(0);

    const real = await kontakta(['group', 'create', '--mode', 'perContact', '--where', where, '--distribute', `counts:${am[0]}=2,${am[1]}=7`, '--template', '{"subject":"Ring"}'], t.database.url);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/Created 9 activities, numbers \d+–\d+/);
    expect(real.stderr).toMatch(/Creating 9 activities/);
    expect(await countActivities(t.database.db)).toBe(9);

    const bad = await kontakta(['group', 'create', '--mode', 'perContact', '--where', where, '--distribute', `counts:${am[0]}=2`], t.database.url);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr.trim()).toMatch(/^error: distribution\.counts: the counts add up to 2 but 9/);
    expect(await countActivities(t.database.db)).toBe(9);
  }, 120_000);
});
