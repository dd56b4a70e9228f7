/**
 * `kontakta group create --schedule-from … --schedule-to … --max-per-day …` as a real process on
 * both databases: a batch that does not fit exits non-zero naming how many and writes nothing;
 * a wider range places every activity in working time; a bad flag exits with one line.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { countActivities, kontakta } from '../support/cli.js';
import { cityIs, seedContacts, seedEmployees, type ContactSpec } from './group-activities-fixtures.js';

describeEachServer('kontakta group create --schedule-…', (t) => {
  let am: number[] = [];
  beforeAll(async () => {
    am = await seedEmployees(t.database.db, [{ name: 'Anna' }, { name: 'Bertil' }]);
    const specs: ContactSpec[] = Array.from({ length: 9 }, (_, i) => ({ number: 60001 + i, name: `Kalmar ${i}`, city: 'Kalmar', postal_code: `39${i}00` }));
    await seedContacts(t.database.db, specs);
  });

  it('refuses what does not fit, places a wider range, and names a bad flag', async () => {
    const base = ['group', 'create', '--mode', 'perContact', '--where', JSON.stringify(cityIs('Kalmar')), '--distribute', `even:${am[0]},${am[1]}`,
      '--template', '{"subject":"Kalmarbesök"}', '--duration', '120', '--max-per-day', '2'];
    const before = await countActivities(t.database.db);
    const tight = await kontakta([...base, '--schedule-from', '2027-09-06', '--schedule-to', '2027-09-07'], t.database.url);
    expect(tight.code).not.toBe(0);
    expect(tight.stderr).toMatch(/1 activity does not fit in the schedule/);
    expect(await countActivities(t.database.db)).toBe(before);

    const wide = await kontakta([...base, '--schedule-from', '2027-09-06', '--schedule-to', '2027-09-08', '--json'], t.database.url);
    expect(wide.code, wide.stderr).toBe(0);
    expect(JSON.parse(wide.stdout)).toMatchObject({ schedule: { placed: 9, unplacedCount: 0 }, result: { activityCount: 9 } });
    const rows = await t.database.db.selectFrom('activities').select(['start_at', 'end_at']).where('subject', '=', 'Kalmarbesök').execute();
    expect(rows).toHaveLength(9);
    for (const r of rows) {
      // September: Stockholm is UTC+2, so 07:00–17:00 is 05:00–15:00 UTC.
      expect(r.start_at! >= '2027-09-06T05:00' && r.end_at! <= '2027-09-08T15:00').toBe(true);
      expect(Number(r.start_at!.slice(11, 13))).toBeGreaterThanOrEqual(5);
      expect(Number(r.end_at!.slice(11, 13)) * 60 + Number(r.end_at!.slice(14, 16))).toBeLessThanOrEqual(15 * 60);
    }

    const bad = await kontakta([...base, '--schedule-from', '2027-09-06'], t.database.url);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/schedule-to/);
  });
});
