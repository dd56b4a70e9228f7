/**
 * Finishing group activities over real HTTP on both databases: every distribution method,
 * shared mode, concurrent finishes (numbers consecutive and unique), Idempotency-Key retries,
 * the skip rule, and bad input that must answer 400 and write nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer, type TestServer } from '../support/http.js';
import { allActive, cityIs, seedContacts, seedEmployees, seedTypes, type ContactSpec } from './group-activities-fixtures.js';

async function draft(t: TestServer, mode: 'shared' | 'perContact', patch: Record<string, unknown>): Promise<number> {
  const id = (await t.api('POST', '/api/group-activities', { mode })).body.id as number;
  const r = await t.api('PATCH', `/api/group-activities/${id}`, patch);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return id;
}

async function responsibles(t: TestServer, batchId: number): Promise<(number | null)[]> {
  const rows = await t.database.db.selectFrom('activities').select('responsible_id').where('batch_id', '=', batchId).orderBy('number').execute();
  return rows.map((r) => r.responsible_id);
}

async function tableCounts(t: TestServer) {
  const { db } = t.database;
  const n = async (table: 'activities' | 'batches' | 'activity_contacts') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { activities: await n('activities'), batches: await n('batches'), links: await n('activity_contacts') };
}

describeEachServer('group activities: finishing', (t) => {
  let am: number[] = [];
  let types: Awaited<ReturnType<typeof seedTypes>>;
  let ids = new Map<number, number>();

  beforeAll(async () => {
    const { db } = t.database;
    am = await seedEmployees(db, [{ name: 'Anna' }, { name: 'Bertil' }, { name: 'Cecilia' }]);
    const specs: ContactSpec[] = [];
    // 10 in Lund: postal codes ascend with number; 4 belong to Bertil, 1 to Cecilia.
    for (let i = 1; i <= 10; i++) {
      specs.push({ number: 20000 + i, name: `Lund ${i}`, city: 'Lund', postal_code: `22${String(i).padStart(3, '0')}`, account_manager_id: i <= 4 ? am[1]! : i === 5 ? am[2]! : null });
    }
    for (let i = 1; i <= 6; i++) specs.push({ number: 30000 + i, name: `Umeå ${i}`, city: 'Umeå', postal_code: `90${i}00` });
    ids = await seedContacts(db, specs);
    types = await seedTypes(db);
  });

  it('counts: each employee gets exactly the given number, in list order', async () => {
    const id = await draft(t, 'perContact', { selection: cityIs('Lund'), distribution: { method: 'counts', counts: [{ employeeId: am[2], count: 3 }, { employeeId: am[0], count: 7 }] } });
    const r = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await responsibles(t, r.body.batchId)).toEqual([...Array(3).fill(am[2]), ...Array(7).fill(am[0])]);
  });

  it('counts that no longer add up are refused again at finish, and nothing is written', async () => {
    const id = await draft(t, 'perContact', { selection: cityIs('Lund'), distribution: { method: 'counts', counts: [{ employeeId: am[0], count: 10 }] } });
    await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', contactIds: [ids.get(20001)!] });
    const before = await tableCounts(t);
    const r = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/10.*9/);
    expect(await tableCounts(t)).toEqual(before);
    expect((await t.api('GET', `/api/group-activities/${id}`)).body.status).toBe('draft');
  });

  it('weighted: largest remainder', async () => {
    const id = await draft(t, 'perContact', { selection: cityIs('Lund'), distribution: { method: 'weighted', weights: [{ employeeId: am[0], weight: 1 }, { employeeId: am[1], weight: 1 }, { employeeId: am[2], weight: 1 }] } });
    const r = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(await responsibles(t, r.body.batchId)).toEqual([...Array(4).fill(am[0]), ...Array(3).fill(am[1]), ...Array(3).fill(am[2])]);
  });

  it('ownManager: own contacts to their manager when listed, the rest spread evenly', async () => {
    const id = await draft(t, 'perContact', { selection: cityIs('Lund'), distribution: { method: 'ownManager', employeeIds: [am[0], am[1]] } });
    const p = await t.api('GET', `/api/group-activities/${id}/distribution`);
    // Bertil owns 20001–20004; Cecilia (20005) is not listed, so 20005–20010 (6) are the pool: 3 + 3.
    expect(p.body.perEmployee.map((e: { count: number }) => e.count)).toEqual([3, 7]);
    const r = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(await responsibles(t, r.body.batchId)).toEqual([am[1], am[1], am[1], am[1], am[0], am[0], am[0], am[1], am[1], am[1]]);
  });

  it('shared mode: one activity linked to every included contact; card links apply to it', async () => {
    const id = await draft(t, 'shared', { selection: cityIs('Umeå'), responsibleId: am[2], template: { subject: 'Kundträff', startAt: '2026-12-10T15:00:00Z', endAt: '2026-12-10T17:00:00Z' } });
    const dist = await t.api('PATCH', `/api/group-activities/${id}`, { distribution: { method: 'even', employeeIds: [am[0]] } });
    expect(dist.status).toBe(400);
    const r = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(r.body).toMatchObject({ activityCount: 1, skipped: 0 });
    expect(r.body.firstNumber).toBe(r.body.lastNumber);
    const { db } = t.database;
    const act = await db.selectFrom('activities').selectAll().where('batch_id', '=', r.body.batchId).execute();
    expect(act).toHaveLength(1);
    expect(act[0]).toMatchObject({ subject: 'Kundträff', responsible_id: am[2], end_at: '2026-12-10T17:00:00.000Z' });
    const links = await db.selectFrom('activity_contacts').select('contact_id').where('activity_id', '=', act[0]!.id).execute();
    expect(links).toHaveLength(6);
    const card = await t.api('PATCH', `/api/group-activities/${id}/card`, { employeeIds: [am[0], am[1]], contactIds: [ids.get(30001)!] });
    expect(card.status, JSON.stringify(card.body)).toBe(200);
    expect(card.body).toEqual({ updated: 1, kept: 0 });
    const emps = await db.selectFrom('activity_employees').select('employee_id').where('activity_id', '=', act[0]!.id).orderBy('employee_id').execute();
    expect(emps.map((e) => e.employee_id)).toEqual([am[0], am[1]]);
    const after = await db.selectFrom('activity_contacts').select('contact_id').where('activity_id', '=', act[0]!.id).execute();
    expect(after.map((l) => l.contact_id)).toEqual([ids.get(30001)]);
  });

  it('two finishes of different drafts at once get consecutive, disjoint numbers', async () => {
    const a = await draft(t, 'perContact', { selection: cityIs('Lund'), responsibleId: am[0] });
    const b = await draft(t, 'perContact', { selection: cityIs('Umeå'), responsibleId: am[1] });
    const c = await draft(t, 'perContact', { selection: allActive, responsibleId: am[2] });
    const results = await Promise.all([a, b, c].map((id) => t.api('POST', `/api/group-activities/${id}/finish`)));
    const spans = results.map((r) => {
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return [r.body.firstNumber, r.body.lastNumber] as [number, number];
    }).sort((x, y) => x[0] - y[0]);
    expect(spans.map(([f, l]) => l - f + 1).sort((x, y) => x - y)).toEqual([6, 10, 16]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1] + 1);
    const numbers = await t.database.db.selectFrom('activities').select('number').execute();
    expect(new Set(numbers.map((n) => n.number)).size).toBe(numbers.length);
  });

  it('a retried finish with the same Idempotency-Key, or racing finishes of one draft, create nothing more', async () => {
    const id = await draft(t, 'perContact', { selection: cityIs('Umeå') });
    const headers = { 'idempotency-key': `finish-${id}-${t.kind}` };
    const racing = await Promise.all([1, 2, 3].map(() => t.api('POST', `/api/group-activities/${id}/finish`, undefined, { headers })));
    const first = racing[0]!.body;
    for (const r of racing) expect(r.body).toEqual(first);
    const before = await tableCounts(t);
    const retry = await t.api('POST', `/api/group-activities/${id}/finish`, undefined, { headers });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first);
    expect(await tableCounts(t)).toEqual(before);
    const batches = await t.database.db.selectFrom('batches').select('id').where('group_activity_id', '=', id).execute();
    expect(batches).toHaveLength(1);
    // The same key on another draft is a different request.
    const other = await draft(t, 'perContact', { selection: cityIs('Umeå') });
    const reused = await t.api('POST', `/api/group-activities/${other}/finish`, undefined, { headers });
    expect(reused.status).toBe(409);
  });

  it('skipIfOpenActivityOfType leaves out contacts with an open activity of that type and reports them', async () => {
    const first = await draft(t, 'perContact', { selection: cityIs('Umeå'), template: { typeId: types.visit } });
    await t.api('POST', `/api/group-activities/${first}/moves`, { to: 'excluded', contactIds: [ids.get(30001)!, ids.get(30002)!] });
    expect((await t.api('POST', `/api/group-activities/${first}/finish`)).body.activityCount).toBe(4);
    const second = await draft(t, 'perContact', { selection: cityIs('Umeå'), template: { typeId: types.visit }, options: { skipIfOpenActivityOfType: types.visit } });
    const r = await t.api('POST', `/api/group-activities/${second}/finish`);
    expect(r.body).toMatchObject({ activityCount: 2, skipped: 4 });
    const third = await draft(t, 'perContact', { selection: cityIs('Umeå'), options: { skipIfOpenActivityOfType: types.visit } });
    const none = await t.api('POST', `/api/group-activities/${third}/finish`);
    expect(none.status).toBe(400);
  });

  it('bad input answers 400 naming the field and writes nothing', async () => {
    const before = await tableCounts(t);
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
    const cases: [unknown, string][] = [
      [{ selection: { match: [{ field: 'noSuchField', condition: 'eq', value: 1 }] } }, 'selection.match[0].field'],
      [{ template: { subject: 'x', colour: 'red' } }, 'template.colour'],
      [{ template: { startAt: '2026-12-07T10:00:00Z', endAt: '2026-12-07T09:00:00Z' } }, 'template.endAt'],
      [{ template: { employeeIds: [999999] } }, 'template.employeeIds[0]'],
      [{ responsibleId: 999999 }, 'responsibleId'],
      [{ options: { skipIfOpenActivityOfType: 999999 } }, 'options.skipIfOpenActivityOfType'],
      [{ distribution: { method: 'even', employeeIds: [] } }, 'distribution.employeeIds'],
    ];
    for (const [body, field] of cases) {
      const r = await t.api('PATCH', `/api/group-activities/${id}`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field, JSON.stringify(r.body)).toBe(field);
    }
    const empty = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('selection');
    await t.api('PATCH', `/api/group-activities/${id}`, { selection: cityIs('Kiruna') });
    const nothing = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(nothing.status).toBe(400);
    expect(await tableCounts(t)).toEqual(before);
    expect((await t.api('GET', `/api/group-activities/${id}`)).body).toMatchObject({ status: 'draft', template: {}, responsibleId: null });
  });
});

describeEachServer('group activities: move-all with 5,000 contacts', (t) => {
  beforeAll(async () => {
    const specs: ContactSpec[] = Array.from({ length: 5000 }, (_, i) => ({
      number: 100000 + i, name: `Företag ${String(i).padStart(4, '0')}`, city: i % 5 === 0 ? 'Kalmar' : 'Växjö', postal_code: String(35000 + (i % 997)),
    }));
    await seedContacts(t.database.db, specs);
  });

  it('moves all 5,000 out and back in, narrows by search, and finishes the rest', async () => {
    const id = await draft(t, 'perContact', { selection: allActive });
    expect((await t.api('GET', `/api/group-activities/${id}`)).body.counts).toEqual({ included: 5000, excluded: 0 });
    let r = await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', all: true });
    expect(r.body.counts).toEqual({ included: 0, excluded: 5000 });
    r = await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'included', all: true, q: 'företag 1' });
    expect(r.body.counts).toEqual({ included: 1000, excluded: 4000 });
    const page = await t.api('GET', `/api/group-activities/${id}/contacts?side=excluded&limit=1000&q=0999`);
    expect(page.body.total).toBe(1);
    r = await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'included', all: true });
    expect(r.body.counts).toEqual({ included: 5000, excluded: 0 });
    r = await t.api('POST', `/api/group-activities/${id}/moves`, { to: 'excluded', all: true, q: 'företag 4' });
    expect(r.body.counts).toEqual({ included: 4000, excluded: 1000 });
    const fin = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(fin.body).toMatchObject({ activityCount: 4000, skipped: 0 });
    expect(fin.body.lastNumber - fin.body.firstNumber).toBe(3999);
  });
});
