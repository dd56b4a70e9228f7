/**
 * The draft's included/excluded counts are computed from the selection's count and the draft's
 * moves (set algebra, for speed at a million contacts); they must always equal the totals of the
 * step-3 lists, which use the defining EXISTS form — also when the selection is NULL for a
 * contact (no turnover) and when a selection change makes explicit moves overlap it.
 */
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachServer } from '../support/http.js';
import { seedContacts, type ContactSpec } from './group-activities-fixtures.js';

describeEachServer('group activities: counts agree with the step-3 lists', (t) => {
  let ids = new Map<number, number>();
  let draftId = 0;

  beforeAll(async () => {
    const specs: ContactSpec[] = Array.from({ length: 12 }, (_, i) => ({
      number: 20001 + i, name: `Bolag ${i}`, city: i % 3 ? 'Umeå' : 'Luleå', turnover: i % 4 === 3 ? null : (i + 1) * 100,
    }));
    ids = await seedContacts(t.database.db, specs);
    draftId = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
  });

  async function agree() {
    const draft = await t.api('GET', `/api/group-activities/${draftId}`);
    const included = await t.api('GET', `/api/group-activities/${draftId}/contacts?side=included&limit=1000`);
    const excluded = await t.api('GET', `/api/group-activities/${draftId}/contacts?side=excluded&limit=1000`);
    expect(draft.body.counts).toEqual({ included: included.body.total, excluded: excluded.body.total });
    return draft.body.counts as { included: number; excluded: number };
  }

  const patch = (selection: unknown) => t.api('PATCH', `/api/group-activities/${draftId}`, { selection });
  const move = (body: unknown) => t.api('POST', `/api/group-activities/${draftId}/moves`, body);

  it('stays equal through moves, NULL matches and selection changes', async () => {
    expect(await agree()).toEqual({ included: 0, excluded: 0 });
    await patch({ match: [{ field: 'turnover', condition: 'between', value: [200, 800] }] });
    const first = await agree();
    expect(first.included).toBeGreaterThan(0);
    // A contact with no turnover (the selection is NULL for it) included by hand, one matched contact excluded.
    expect((await move({ to: 'included', contactIds: [ids.get(20004)!] })).status).toBe(200);
    expect((await move({ to: 'excluded', contactIds: [ids.get(20002)!] })).status).toBe(200);
    expect(await agree()).toEqual({ included: first.included, excluded: 1 });
    // The selection now also matches the hand-included contact: counted once.
    await patch({ match: [{ field: 'city', condition: 'in', value: ['Umeå', 'Luleå'] }] });
    expect(await agree()).toEqual({ included: 11, excluded: 1 });
    // All out and all back.
    await move({ to: 'excluded', all: true });
    expect((await agree()).included).toBe(0);
    await move({ to: 'included', all: true, q: 'bolag 1' });
    const some = await agree();
    expect(some.included).toBeGreaterThan(0);
    await move({ to: 'included', all: true });
    expect(await agree()).toEqual({ included: 12, excluded: 0 });
  });

  it('moves all (matching q) to excluded: earlier exclusions stay, hand inclusions of the moved end, nothing else moves', async () => {
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
    const numbers = async (side: string) => ((await t.api('GET', `/api/group-activities/${id}/contacts?side=${side}&limit=1000&sort=number`)).body.items as { number: number }[])
      .map((r) => r.number).sort();
    await t.api('PATCH', `/api/group-activities/${id}`, { selection: { match: [{ field: 'city', condition: 'in', value: ['Umeå'] }] } });
    const umea = [20002, 20003, 20005, 20006, 20008, 20009, 20011, 20012];
    expect(await numbers('included')).toEqual(umea);
    expect((await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', contactIds: [ids.get(20002)!] })).status).toBe(200);
    expect((await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'included', contactIds: [ids.get(20001)!] })).status).toBe(200);
    // The moves table as the planner may have seen it: empty of this draft's rows.
    if (t.kind === 'postgres') await sql`analyze group_activity_moves`.execute(t.database.db);
    const r = await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', all: true, q: 'bolag 1' });
    expect(r.status).toBe(200);
    expect(r.body.counts).toEqual({ included: 6, excluded: 3 });
    expect(await numbers('excluded')).toEqual([20002, 20011, 20012]);
    expect(await numbers('included')).toEqual([20001, 20003, 20005, 20006, 20008, 20009]);
    await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', all: true });
    expect(await numbers('excluded')).toEqual(umea);
    expect(await numbers('included')).toEqual([]);
  });
});
