/**
 * The change-values wizard through real HTTP on both databases (issue 13): every field kind, moves
 * across daylight saving, the conflict step (both choices), distribution of the responsible, undo
 * with a later hand edit kept, idempotent finish and errors naming the field.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { seedContacts, seedEmployees, seedTypes } from './group-activities-fixtures.js';

describeEachServer('activity changes API', (t) => {
  let anna: number; let bo: number; let cia: number; let types: Awaited<ReturnType<typeof seedTypes>>;
  let contacts: Map<number, number>;
  const annaOpen = () => ({ match: [{ field: 'responsibleId', condition: 'eq', value: anna }, { field: 'done', condition: 'isFalse' }] });

  const activity = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/activities', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  const read = async (id: number) => (await t.api('GET', `/api/activities/${id}`)).body;
  const draft = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/activity-changes', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };

  beforeAll(async () => {
    [anna, bo, cia] = await seedEmployees(t.database.db, [{ name: 'Anna Lindqvist' }, { name: 'Bo Ek' }, { name: 'Cia Berg' }]);
    types = await seedTypes(t.database.db);
    contacts = await seedContacts(t.database.db, [{ number: 1, name: 'Kund Ett', city: 'Lund' }, { number: 2, name: 'Kund Två', city: 'Malmö' }]);
  });

  it('hands every open activity of one account manager to two others by distribution, and undo keeps a later hand edit', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await activity({ subject: `Besök ${i}`, typeId: types.visit, responsibleId: anna, startAt: `2026-03-0${i + 2}T08:00:00.000Z`, endAt: `2026-03-0${i + 2}T09:00:00.000Z` }));
    }
    const doneOne = await activity({ subject: 'Klar', typeId: types.visit, responsibleId: anna, done: true });
    const id = await draft({ selection: annaOpen() });
    expect((await t.api('GET', `/api/activity-changes/${id}`)).body.counts).toEqual({ included: 5, excluded: 0 });
    const patched = await t.api('PATCH', `/api/activity-changes/${id}`, {
      changes: [{ field: 'responsibleId', distribution: { method: 'counts', counts: [{ employeeId: bo, count: 3 }, { employeeId: cia, count: 2 }] } }],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const preview = await t.api('GET', `/api/activity-changes/${id}/distribution`);
    expect(preview.body.perEmployee.map((p: { name: string; count: number }) => [p.name, p.count])).toEqual([['Bo Ek', 3], ['Cia Berg', 2]]);

    const fin = await t.api('POST', `/api/activity-changes/${id}/finish`);
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body).toEqual({ changeId: id, changed: 5, skipped: 0 });
    // Ordered by start: the first three go to Bo, the last two to Cia.
    expect(await Promise.all(ids.map(async (a) => (await read(a)).responsibleId))).toEqual([bo, bo, bo, cia, cia]);
    expect((await read(doneOne)).responsibleId).toBe(anna);
    // Finishing again changes nothing and answers the first result.
    expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).body).toEqual(fin.body);

    // The reports: old values before, new values after, the names of the people.
    const before = await t.api('GET', `/api/activity-changes/${id}/report?kind=before&format=csv&lang=sv`);
    expect(before.status).toBe(200);
    expect(before.body).toContain('Ansvarig');
    expect(before.body.match(/Anna Lindqvist/g)?.length).toBeGreaterThanOrEqual(5);
    const after = await t.api('GET', `/api/activity-changes/${id}/report?kind=after&format=csv&lang=en`);
    expect(after.body).toContain('Responsible');
    expect(after.body.match(/Cia Berg/g)?.length).toBeGreaterThanOrEqual(2);
    expect((await t.api('GET', `/api/activity-changes/${id}/report?kind=after&format=pdf`)).headers.get('content-type')).toContain('application/pdf');

    // Someone edits one activity by hand since; undo keeps that one.
    await t.api('PATCH', `/api/activities/${ids[0]}`, { responsibleId: cia });
    const undo = await t.api('DELETE', `/api/activity-changes/${id}/changes`);
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect(undo.body).toEqual({ restored: 4, kept: 1 });
    expect(await Promise.all(ids.map(async (a) => (await read(a)).responsibleId))).toEqual([cia, anna, anna, anna, anna]);
    expect((await t.api('DELETE', `/api/activity-changes/${id}/changes`)).status).toBe(409);
  });

  it('changes every plain field kind, notes by appending, and links; unticked activities stay as they were', async () => {
    const a = await activity({ subject: 'Kampanj A', typeId: types.visit, notes: 'Första raden', contactIds: [contacts.get(1)!], employeeIds: [bo] });
    const b = await activity({ subject: 'Kampanj B', typeId: types.visit, contactIds: [contacts.get(2)!] });
    const c = await activity({ subject: 'Kampanj C', typeId: types.visit, contactIds: [contacts.get(2)!] });
    const id = await draft({
      selection: { match: [{ field: 'subject', condition: 'startsWith', value: 'kampanj' }] },
      changes: [
        { field: 'subject', set: 'Vårkampanj' }, { field: 'typeId', set: types.call }, { field: 'statusId', set: types.open },
        { field: 'color', set: '#ff8800' }, { field: 'showInTaskList', set: true }, { field: 'custom1', set: 'Q2' },
        { field: 'notes', append: 'Flyttad till våren' }, { field: 'done', set: true },
        { field: 'employeeIds', add: [cia], remove: [bo] },
      ],
    });
    const list = await t.api('GET', `/api/activity-changes/${id}/activities`);
    expect(list.body.items.map((r: { id: number }) => r.id)).toEqual([a, b, c]);
    expect((await t.api('POST', `/api/activity-changes/${id}/moves`, { to: 'excluded', activityIds: [c] })).body.counts).toEqual({ included: 2, excluded: 1 });
    expect((await t.api('GET', `/api/activity-changes/${id}/activities`)).body.items.map((r: { excluded: boolean }) => r.excluded)).toEqual([false, false, true]);
    expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).body.changed).toBe(2);
    const ra = await read(a);
    expect(ra).toMatchObject({ subject: 'Vårkampanj', typeId: types.call, statusId: types.open, color: '#ff8800', showInTaskList: true, custom1: 'Q2', done: true, employeeIds: [cia] });
    expect(ra.notes).toBe('Första raden\nFlyttad till våren');
    expect(ra.doneAt).not.toBeNull();
    expect((await read(b)).notes).toBe('Flyttad till våren');
    expect((await read(c)).subject).toBe('Kampanj C');
    expect((await t.api('DELETE', `/api/activity-changes/${id}/changes`)).body).toEqual({ restored: 2, kept: 0 });
    expect(await read(a)).toMatchObject({ subject: 'Kampanj A', typeId: types.visit, statusId: null, color: null, showInTaskList: false, custom1: null, done: false, doneAt: null, notes: 'Första raden', employeeIds: [bo] });
  });

  it('moves a week later across the daylight-saving change: a 09:00 visit stays 09:00 in Stockholm, duration kept', async () => {
    // 2026-03-24 09:00 CET (UTC+1) → 2026-03-31 09:00 CEST (UTC+2).
    const v = await activity({ subject: 'Vecka 13', typeId: types.visit, startAt: '2026-03-24T08:00:00.000Z', endAt: '2026-03-24T09:30:00.000Z' });
    const id = await draft({ selection: { match: [{ field: 'subject', condition: 'eq', value: 'Vecka 13' }] }, changes: [{ field: 'startAt', moveBy: { days: 7 } }] });
    expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).status).toBe(200);
    expect(await read(v)).toMatchObject({ startAt: '2026-03-31T07:00:00.000Z', endAt: '2026-03-31T08:30:00.000Z' });
    const back = await draft({ selection: { match: [{ field: 'subject', condition: 'eq', value: 'Vecka 13' }] }, changes: [{ field: 'startAt', moveBy: { days: -7, hours: 1 } }] });
    expect((await t.api('POST', `/api/activity-changes/${back}/finish`)).status).toBe(200);
    expect(await read(v)).toMatchObject({ startAt: '2026-03-24T09:00:00.000Z', endAt: '2026-03-24T10:30:00.000Z' });
  });

  it('refuses a finish with unresolved start/end conflicts, then shifts or skips as chosen', async () => {
    const early = await activity({ subject: 'Konflikt 1', typeId: types.visit, startAt: '2026-05-04T08:00:00.000Z', endAt: '2026-05-04T09:00:00.000Z' });
    const late = await activity({ subject: 'Konflikt 2', typeId: types.visit, startAt: '2026-05-20T08:00:00.000Z', endAt: '2026-05-20T10:00:00.000Z' });
    const sel = { match: [{ field: 'subject', condition: 'startsWith', value: 'Konflikt' }] };
    const id = await draft({ selection: sel, changes: [{ field: 'startAt', set: '2026-05-10T08:00:00.000Z' }] });
    const c = await t.api('GET', `/api/activity-changes/${id}/conflicts`);
    expect(c.body.total).toBe(1);
    expect(c.body.items[0]).toMatchObject({ id: early, newStartAt: '2026-05-10T08:00:00.000Z', newEndAt: '2026-05-04T09:00:00.000Z' });
    const refused = await t.api('POST', `/api/activity-changes/${id}/finish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.field).toBe('conflicts');
    expect((await read(early)).startAt).toBe('2026-05-04T08:00:00.000Z');
    expect((await t.api('GET', `/api/activity-changes/${id}`)).body.status).toBe('draft');

    await t.api('PATCH', `/api/activity-changes/${id}`, { conflicts: 'shift' });
    expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).body).toEqual({ changeId: id, changed: 2, skipped: 0 });
    expect(await read(early)).toMatchObject({ startAt: '2026-05-10T08:00:00.000Z', endAt: '2026-05-10T09:00:00.000Z' });
    expect(await read(late)).toMatchObject({ startAt: '2026-05-10T08:00:00.000Z', endAt: '2026-05-20T10:00:00.000Z' });

    const skip = await draft({ selection: sel, changes: [{ field: 'endAt', set: '2026-05-15T08:00:00.000Z' }], conflicts: 'skip' });
    expect((await t.api('POST', `/api/activity-changes/${skip}/finish`)).body).toEqual({ changeId: skip, changed: 2, skipped: 0 });
    const skip2 = await draft({ selection: sel, changes: [{ field: 'endAt', set: '2026-05-09T08:00:00.000Z' }], conflicts: 'skip' });
    // Skipping every one leaves nothing to change: refused, the draft stays open, nothing written.
    const none = await t.api('POST', `/api/activity-changes/${skip2}/finish`);
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('conflicts');
    expect((await t.api('GET', `/api/activity-changes/${skip2}`)).body.status).toBe('draft');
    await t.api('PATCH', `/api/activity-changes/${skip2}`, { selection: { match: [...sel.match, { connector: 'or', field: 'subject', condition: 'eq', value: 'Vecka 13' }] } });
    expect((await t.api('POST', `/api/activity-changes/${skip2}/finish`)).body).toEqual({ changeId: skip2, changed: 1, skipped: 2 });
    expect((await read(early)).endAt).toBe('2026-05-15T08:00:00.000Z');
  });

  it('distributes by each first contact\'s own manager, unticks "all" matching a search, and two parallel finishes apply once', async () => {
    await t.database.db.updateTable('contacts').set({ account_manager_id: cia }).where('number', '=', 2).execute();
    const own = await activity({ subject: 'Egen A', typeId: types.call, responsibleId: anna, contactIds: [contacts.get(2)!] });
    const pool = await activity({ subject: 'Egen B', typeId: types.call, responsibleId: anna, contactIds: [contacts.get(1)!] });
    const skipMe = await activity({ subject: 'Egen C hoppa', typeId: types.call, responsibleId: anna });
    const id = await draft({
      selection: { match: [{ field: 'subject', condition: 'startsWith', value: 'Egen' }] },
      changes: [{ field: 'responsibleId', distribution: { method: 'ownManager', employeeIds: [cia, bo] } }],
    });
    expect((await t.api('POST', `/api/activity-changes/${id}/moves`, { to: 'excluded', all: true, q: 'hoppa' })).body.counts).toEqual({ included: 2, excluded: 1 });
    const [a, b] = await Promise.all([t.api('POST', `/api/activity-changes/${id}/finish`), t.api('POST', `/api/activity-changes/${id}/finish`)]);
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(a.body.changed).toBe(2);
    expect((await read(own)).responsibleId).toBe(cia);
    expect([bo, cia]).toContain((await read(pool)).responsibleId);
    expect((await read(skipMe)).responsibleId).toBe(anna);
    const recorded = await t.database.db.selectFrom('activity_change_rows').select((eb) => eb.fn.countAll<number>().as('n')).where('change_id', '=', id).executeTakeFirstOrThrow();
    expect(Number(recorded.n)).toBe(2);
  });

  it('serves the activity field catalogue with the linked contact\'s fields', async () => {
    const r = await t.api('GET', '/api/selections/fields?root=activities');
    expect(r.status).toBe(200);
    const names = r.body.fields.map((f: { field: string }) => f.field);
    expect(names).toEqual(expect.arrayContaining(['number', 'subject', 'startAt', 'endAt', 'responsibleId', 'custom1', 'custom2', 'batchId', 'contacts', 'employees', 'resources']));
    expect(names).not.toContain('city');
    expect(r.body.fields.find((f: { field: string }) => f.field === 'contacts').fields.map((f: { field: string }) => f.field)).toContain('city');
  });

  it('answers bad input with 400 naming the field, and selections over linked contacts and employees', async () => {
    const bad = async (body: unknown, field: string) => {
      const r = await t.api('POST', '/api/activity-changes', body);
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.field).toBe(field);
    };
    await bad({ changes: [{ field: 'startAt', moveBy: { days: 1.5 } }] }, 'changes[0].moveBy.days');
    await bad({ changes: [{ field: 'subject', set: 'a' }, { field: 'subject', set: 'b' }] }, 'changes[1].field');
    await bad({ changes: [{ field: 'typeId', set: 99999 }] }, 'changes[0].set');
    await bad({ changes: [{ field: 'number', set: 5 }] }, 'changes[0].field');
    await bad({ selection: { match: [{ field: 'city', condition: 'eq', value: 'Lund' }] } }, 'selection.match[0].field');
    await bad({ timeZone: 'Mars/Olympus' }, 'timeZone');

    const linked = await activity({ subject: 'Länkad', typeId: types.call, contactIds: [contacts.get(1)!], employeeIds: [cia] });
    const id = await draft({
      selection: { match: [
        { field: 'contacts', condition: 'some', value: { match: [{ field: 'city', condition: 'eq', value: 'lund' }] } },
        { field: 'employees', condition: 'some', value: { match: [{ field: 'employeeId', condition: 'eq', value: cia }] } },
      ] },
    });
    const list = await t.api('GET', `/api/activity-changes/${id}/activities`);
    expect(list.body.items.map((r: { id: number }) => r.id)).toEqual([linked]);
    expect((await t.api('GET', `/api/activity-changes/${id}/report?kind=after`)).status).toBe(409);
    expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).body.error.field).toBe('changes');
  });
});
