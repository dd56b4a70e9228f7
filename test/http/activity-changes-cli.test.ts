/**
 * `kontakta activities change` as a real process on both databases: a dry run prints what would
 * change and writes nothing; a real run hands one manager's open activities to another and moves
 * them a week; bad input exits non-zero with one line and writes nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { kontakta } from '../support/cli.js';
import { seedEmployees } from './group-activities-fixtures.js';

describeEachServer('kontakta activities change', (t) => {
  let anna: number; let bo: number;
  const ids: number[] = [];
  beforeAll(async () => {
    [anna, bo] = await seedEmployees(t.database.db, [{ name: 'Anna Lindqvist' }, { name: 'Bo Ek' }]);
    for (let i = 0; i < 3; i++) {
      const r = await t.api('POST', '/api/activities', { subject: `Uppföljning ${i}`, responsibleId: anna, startAt: '2026-03-24T08:00:00.000Z', endAt: '2026-03-24T09:00:00.000Z' });
      ids.push(r.body.id);
    }
  });
  const responsibles = async () => Promise.all(ids.map(async (id) => (await t.api('GET', `/api/activities/${id}`)).body.responsibleId));

  it('dry run, real run and bad input', async () => {
    const where = 'responsible = anna lindqvist and done = no';
    const dry = await kontakta(['activities', 'change', '--where', where, '--set', 'responsible=Bo Ek', '--move-start', '+7d', '--dry-run'], t.database.url);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/3 activities to change \(0 left out\): responsibleId, startAt/);
    expect(dry.stdout).toMatch(/Dry run: nothing changed\./);
    expect(await responsibles()).toEqual([anna, anna, anna]);

    const real = await kontakta(['activities', 'change', '--where', where, '--set', 'responsible=Bo Ek', '--move-start', '+7d', '--exclude', String(ids[2])], t.database.url);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/Changed 2 activities, skipped 0/);
    expect(await responsibles()).toEqual([bo, bo, anna]);
    expect((await t.api('GET', `/api/activities/${ids[0]}`)).body).toMatchObject({ startAt: '2026-03-31T07:00:00.000Z', endAt: '2026-03-31T08:00:00.000Z' });

    const bad = await kontakta(['activities', 'change', '--where', where, '--set', 'responsible=Nobody Here'], t.database.url);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr.trim()).toMatch(/^error: set: no employee named "Nobody Here"/);
    const badMove = await kontakta(['activities', 'change', '--where', where, '--move-start', 'next week'], t.database.url);
    expect(badMove.stderr.trim()).toMatch(/^error: move-start: "next week" is not a move/);
    expect(await responsibles()).toEqual([bo, bo, anna]);
  }, 120_000);
});
