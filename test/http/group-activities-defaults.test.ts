/**
 * The card's defaults are one rule over real HTTP on both databases: a single activity, the draft's
 * template at finish and the step-7 card give the same end, task-list flag, alarm and colour for the
 * same type and start. Undo leaves the group `undone`, which a card save or a finish refuses, and
 * "start again" makes a new draft with the same mode, selection and moves.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { cityIs, seedContacts, seedEmployees, type ContactSpec } from './group-activities-fixtures.js';

const START = '2026-12-07T09:00:00.000Z';
type Act = { endAt: string | null; showInTaskList: boolean; alarmMinutes: number | null; color: string | null };
const defaultsOf = (a: Act) => ({ endAt: a.endAt, showInTaskList: a.showInTaskList, alarmMinutes: a.alarmMinutes, color: a.color });

describeEachServer('group activities: the card defaults, undone and start again', (t) => {
  let am: number[] = [];
  let ids = new Map<number, number>();
  let call = 0;
  let expected: ReturnType<typeof defaultsOf>;

  beforeAll(async () => {
    am = await seedEmployees(t.database.db, [{ name: 'Anna' }]);
    const specs: ContactSpec[] = [];
    for (let i = 1; i <= 4; i++) specs.push({ number: 40000 + i, name: `Lund ${i}`, city: 'Lund' });
    ids = await seedContacts(t.database.db, specs);
    const type = await t.api('POST', '/api/activity-types', { name: 'Telefon ut', list: 'taskList', color: '#aa5500', defaultAlarmMinutes: 10 });
    expect(type.status, JSON.stringify(type.body)).toBe(201);
    call = type.body.id;
    await t.api('PATCH', '/api/settings', { standardDurationMinutes: 45 });
    const single = await t.api('POST', '/api/activities', { typeId: call, startAt: START });
    expect(single.status, JSON.stringify(single.body)).toBe(201);
    expected = defaultsOf(single.body);
    expect(expected).toEqual({ endAt: '2026-12-07T09:45:00.000Z', showInTaskList: true, alarmMinutes: 10, color: '#aa5500' });
  });

  const finished = async (template: Record<string, unknown> = {}) => {
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
    expect((await t.api('PATCH', `/api/group-activities/${id}`, { selection: cityIs('Lund'), responsibleId: am[0], template })).status).toBe(200);
    const r = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return { id, batchId: r.body.batchId as number };
  };
  const batch = async (batchId: number) => (await t.api('GET', `/api/activities?batchId=${batchId}&limit=100`)).body.items as Act[];

  it('the template at finish gets the single card defaults', async () => {
    const { batchId } = await finished({ typeId: call, startAt: START });
    const acts = await batch(batchId);
    expect(acts).toHaveLength(4);
    for (const a of acts) expect(defaultsOf(a)).toEqual(expected);
  });

  it('the step-7 card gets the single card defaults when type and start are chosen there', async () => {
    const { id, batchId } = await finished();
    for (const a of await batch(batchId)) expect(defaultsOf(a)).toEqual({ endAt: null, showInTaskList: false, alarmMinutes: null, color: null });
    const r = await t.api('PATCH', `/api/group-activities/${id}/card`, { typeId: call, startAt: START });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.updated).toBe(4);
    for (const a of await batch(batchId)) expect(defaultsOf(a)).toEqual(expected);
  });

  it('undo leaves the group undone; its card and finish refuse; start again copies mode, selection and moves', async () => {
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id as number;
    await t.api('PATCH', `/api/group-activities/${id}`, { selection: cityIs('Lund'), responsibleId: am[0] });
    await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', contactIds: [ids.get(40002)!] });
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(200);
    const undo = await t.api('DELETE', `/api/group-activities/${id}/activities`);
    expect(undo.body).toEqual({ deleted: 3 });
    const g = (await t.api('GET', `/api/group-activities/${id}`)).body;
    expect(g.status).toBe('undone');
    expect((await t.api('GET', '/api/group-activities?status=undone')).body.items.map((x: { id: number }) => x.id)).toContain(id);
    expect((await t.api('PATCH', `/api/group-activities/${id}/card`, { subject: 'x' })).status).toBe(409);
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(409);

    const again = await t.api('POST', `/api/group-activities/${id}/restart`);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toMatchObject({ mode: 'perContact', status: 'draft', selection: cityIs('Lund'), counts: { included: 3, excluded: 1 } });
    expect(again.body.id).not.toBe(id);
    const excluded = (await t.api('GET', `/api/group-activities/${again.body.id}/contacts?side=excluded`)).body.items;
    expect(excluded.map((c: { number: number }) => c.number)).toEqual([40002]);
  });
});
