/**
 * The change-values wizard's rules through real HTTP on both databases: a distributed responsible
 * follows the activities' own order (start, empty last, then number; not their contacts' postal
 * code), every kind of change answers bad input with 400 naming the field, concurrent finishes
 * write one change batch and concurrent undos restore once, and undo passes over activities
 * deleted since the finish.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { seedContacts, seedEmployees, seedTypes } from './group-activities-fixtures.js';

describeEachServer('activity changes rules', (t) => {
  let anna: number; let bo: number; let cia: number; let former: number; let clerk: number;
  let types: Awaited<ReturnType<typeof seedTypes>>;
  let contacts: Map<number, number>;

  const activity = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/activities', { typeId: types.visit, ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  const read = async (id: number) => (await t.api('GET', `/api/activities/${id}`)).body;
  const draft = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/activity-changes', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  const subjectStarts = (prefix: string) => ({ match: [{ field: 'subject', condition: 'startsWith', value: prefix }] });

  beforeAll(async () => {
    [anna, bo, cia, former, clerk] = await seedEmployees(t.database.db, [
      { name: 'Anna Lindqvist' }, { name: 'Bo Ek' }, { name: 'Cia Berg' }, { name: 'Före Detta', active: false }, { name: 'Kontorist', isAccountManager: false },
    ]);
    types = await seedTypes(t.database.db);
    // Postal codes in the opposite order of the activities' starts: they must play no part.
    contacts = await seedContacts(t.database.db, [
      { number: 1, name: 'Norr AB', postal_code: '90000' }, { number: 2, name: 'Mitt AB', postal_code: '50000' }, { number: 3, name: 'Syd AB', postal_code: '10000' },
    ]);
  });

  it('hands the activities out in their own order: start (empty last), then number; not by postal code', async () => {
    // Created (numbered) in another order than they start; one without a start.
    const noStart = await activity({ subject: 'Ordning utan start', responsibleId: anna, contactIds: [contacts.get(3)!] });
    const third = await activity({ subject: 'Ordning 3', responsibleId: anna, startAt: '2026-09-03T08:00:00.000Z', contactIds: [contacts.get(3)!] });
    const first = await activity({ subject: 'Ordning 1', responsibleId: anna, startAt: '2026-09-01T08:00:00.000Z', contactIds: [contacts.get(1)!] });
    const secondB = await activity({ subject: 'Ordning 2b', responsibleId: anna, startAt: '2026-09-02T08:00:00.000Z', contactIds: [contacts.get(2)!] });
    const secondA = await activity({ subject: 'Ordning 2a', responsibleId: anna, startAt: '2026-09-02T08:00:00.000Z', contactIds: [contacts.get(1)!] });
    const id = await draft({
      selection: subjectStarts('Ordning'),
      changes: [{ field: 'responsibleId', distribution: { method: 'counts', counts: [{ employeeId: bo, count: 2 }, { employeeId: cia, count: 3 }] } }],
    });
    const fin = await t.api('POST', `/api/activity-changes/${id}/finish`);
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    // Order: first (09-01), secondB (09-02, lower number), secondA (09-02), third (09-03), noStart.
    const got = await Promise.all([first, secondB, secondA, third, noStart].map(async (a) => (await read(a)).responsibleId));
    expect(got).toEqual([bo, bo, cia, cia, cia]);
  });

  it('answers bad input with 400 naming the field, for every kind of change', async () => {
    const bad = async (changes: unknown[], field: string, message?: RegExp) => {
      const r = await t.api('POST', '/api/activity-changes', { changes });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.field).toBe(field);
      if (message) expect(r.body.error.message).toMatch(message);
      // The same on PATCH of an open draft.
      const p = await t.api('PATCH', `/api/activity-changes/${open}`, { changes });
      expect(p.status, JSON.stringify(p.body)).toBe(400);
      expect(p.body.error.field).toBe(field);
    };
    const open = await draft({ selection: subjectStarts('Ingen') });
    // set
    await bad([{ field: 'number', set: 5 }], 'changes[0].field', /cannot be changed/);
    await bad([{ field: 'createdAt', set: '2026-01-01T00:00:00Z' }], 'changes[0].field');
    await bad([{ field: 'batchId', set: null }], 'changes[0].field');
    await bad([{ field: 'subject' }], 'changes[0]', /exactly one of/);
    await bad([{ field: 'subject', set: 'a', append: 'b' }], 'changes[0]', /exactly one of/);
    await bad([{ field: 'typeId', set: null }], 'changes[0].set', /needs a type/);
    await bad([{ field: 'typeId', set: 99999 }], 'changes[0].set', /does not exist/);
    await bad([{ field: 'statusId', set: 'Öppen' }], 'changes[0].set');
    await bad([{ field: 'responsibleId', set: 99999 }], 'changes[0].set', /employee 99999 does not exist/);
    await bad([{ field: 'done', set: 'ja' }], 'changes[0].set', /true or false/);
    await bad([{ field: 'color', set: 'red' }], 'changes[0].set', /#rrggbb/);
    await bad([{ field: 'startAt', set: '2026-13-01T09:00:00Z' }], 'changes[0].set');
    await bad([{ field: 'startAt', set: '2026-05-02T10:00:00Z' }, { field: 'endAt', set: '2026-05-02T09:00:00Z' }], 'changes[1].set', /before the new start/);
    await bad([{ field: 'subject', set: 'a' }, { field: 'subject', set: 'b' }], 'changes[1].field', /twice/);
    // moveBy
    await bad([{ field: 'startAt', moveBy: { days: 0, hours: 0, minutes: 0 } }], 'changes[0].moveBy', /at least one minute/);
    await bad([{ field: 'startAt', moveBy: {} }], 'changes[0].moveBy', /at least one minute/);
    await bad([{ field: 'endAt', moveBy: { weeks: 1 } }], 'changes[0].moveBy.weeks');
    await bad([{ field: 'startAt', moveBy: { hours: '2' } }], 'changes[0].moveBy.hours');
    await bad([{ field: 'startAt', moveBy: { days: 100_000 } }], 'changes[0].moveBy.days');
    await bad([{ field: 'subject', moveBy: { days: 1 } }], 'changes[0].moveBy', /only startAt and endAt/);
    // append
    await bad([{ field: 'subject', append: 'x' }], 'changes[0].append', /only notes/);
    await bad([{ field: 'notes', append: '   ' }], 'changes[0].append');
    // distribution
    await bad([{ field: 'typeId', distribution: { method: 'even', employeeIds: [bo] } }], 'changes[0].distribution', /only responsibleId/);
    await bad([{ field: 'responsibleId', distribution: { method: 'random', employeeIds: [bo] } }], 'changes[0].distribution.method');
    await bad([{ field: 'responsibleId', distribution: { method: 'even', employeeIds: [] } }], 'changes[0].distribution.employeeIds');
    await bad([{ field: 'responsibleId', distribution: { method: 'even', employeeIds: [bo, bo] } }], 'changes[0].distribution.employeeIds[1]', /twice/);
    await bad([{ field: 'responsibleId', distribution: { method: 'even', employeeIds: [bo, 99999] } }], 'changes[0].distribution.employeeIds[1]', /does not exist/);
    await bad([{ field: 'responsibleId', distribution: { method: 'counts', counts: [{ employeeId: former, count: 1 }] } }], 'changes[0].distribution.counts[0].employeeId', /inactive/);
    await bad([{ field: 'responsibleId', distribution: { method: 'weighted', weights: [{ employeeId: clerk, weight: 1 }] } }], 'changes[0].distribution.weights[0].employeeId', /not an account manager/);
    await bad([{ field: 'responsibleId', distribution: { method: 'weighted', weights: [{ employeeId: bo, weight: -1 }] } }], 'changes[0].distribution.weights[0].weight');
    // links
    await bad([{ field: 'employeeIds' }], 'changes[0]', /add or remove/);
    await bad([{ field: 'employeeIds', add: [] }], 'changes[0].add');
    await bad([{ field: 'employeeIds', add: [bo, 99999] }], 'changes[0].add[1]', /employee 99999 does not exist/);
    await bad([{ field: 'resourceIds', remove: [99999] }], 'changes[0].remove[0]', /resource 99999 does not exist/);
    await bad([{ field: 'employeeIds', add: [bo, cia], remove: [cia] }], 'changes[0].remove', /both added and removed/);
    await bad([{ field: 'employeeIds', set: [bo] }], 'changes[0].set');
    await bad([{ field: 'employeeIds', add: ['Bo'] }], 'changes[0].add[0]');
    // In Swedish when the request asks for it; the field stays the API's path.
    const sv = await t.api('POST', '/api/activity-changes', { changes: [{ field: 'startAt', moveBy: { days: 0 } }] }, { headers: { 'accept-language': 'sv' } });
    expect(sv.body.error).toMatchObject({ field: 'changes[0].moveBy', message: 'flytta minst en minut' });
    const gone = await t.api('GET', '/api/activity-changes/999999', undefined, { headers: { 'accept-language': 'sv' } });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toMatch(/^ändring 999999 finns inte/);
    // Nothing of it reached the draft.
    expect((await t.api('GET', `/api/activity-changes/${open}`)).body.changes).toEqual([]);
  });

  it('a distribution counted on another total is refused at finish naming the counts; the draft stays open', async () => {
    await activity({ subject: 'Räknat 1', responsibleId: anna });
    await activity({ subject: 'Räknat 2', responsibleId: anna });
    const id = await draft({ selection: subjectStarts('Räknat'), changes: [{ field: 'responsibleId', distribution: { method: 'counts', counts: [{ employeeId: bo, count: 3 }] } }] });
    const r = await t.api('POST', `/api/activity-changes/${id}/finish`);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.field).toBe('changes[0].distribution.counts');
    expect(r.body.error.message).toMatch(/add up to 3 but 2 activities are included/);
    expect((await t.api('GET', `/api/activity-changes/${id}`)).body.status).toBe('draft');
  });

  it('two concurrent finishes write one change batch (moved and appended once, one audit entry, the same answer); two undos restore once', async () => {
    const ids = [
      await activity({ subject: 'Samtidig 1', notes: 'Rad', startAt: '2026-10-05T08:00:00.000Z', endAt: '2026-10-05T09:00:00.000Z' }),
      await activity({ subject: 'Samtidig 2', startAt: '2026-10-06T08:00:00.000Z', endAt: '2026-10-06T09:00:00.000Z' }),
    ];
    const id = await draft({
      selection: subjectStarts('Samtidig'),
      changes: [{ field: 'startAt', moveBy: { hours: 2 } }, { field: 'notes', append: 'Flyttad' }, { field: 'employeeIds', add: [bo] }],
    });
    const answers = await Promise.all([1, 2, 3].map(() => t.api('POST', `/api/activity-changes/${id}/finish`)));
    for (const a of answers) {
      expect(a.status, JSON.stringify(a.body)).toBe(200);
      expect(a.body).toEqual({ changeId: id, changed: 2, skipped: 0 });
    }
    expect(await read(ids[0]!)).toMatchObject({ startAt: '2026-10-05T10:00:00.000Z', endAt: '2026-10-05T11:00:00.000Z', notes: 'Rad\nFlyttad', employeeIds: [bo] });
    expect(await read(ids[1]!)).toMatchObject({ startAt: '2026-10-06T10:00:00.000Z', notes: 'Flyttad', employeeIds: [bo] });
    const audit = await t.database.db.selectFrom('audit_log').select('id')
      .where('action', '=', 'activities.change').where('entity_id', '=', String(id)).execute();
    expect(audit).toHaveLength(1);
    const rows = await t.database.db.selectFrom('activity_change_rows').select('activity_id').where('change_id', '=', id).execute();
    expect(rows.map((r) => r.activity_id).sort((a, b) => a - b)).toEqual(ids);
    const links = await t.database.db.selectFrom('activity_change_values').select('activity_id').where('change_id', '=', id).execute();
    expect(links).toHaveLength(2);

    // Two undos at once: one restores, the other is refused; nothing is undone twice.
    const undos = await Promise.all([1, 2].map(() => t.api('DELETE', `/api/activity-changes/${id}/changes`)));
    expect(undos.map((u) => u.status).sort()).toEqual([200, 409]);
    expect(undos.find((u) => u.status === 200)!.body).toEqual({ restored: 2, kept: 0 });
    expect(await read(ids[0]!)).toMatchObject({ startAt: '2026-10-05T08:00:00.000Z', notes: 'Rad', employeeIds: [] });
    const undoAudit = await t.database.db.selectFrom('audit_log').select('id')
      .where('action', '=', 'activities.change.undo').where('entity_id', '=', String(id)).execute();
    expect(undoAudit).toHaveLength(1);
  });

  it('undo passes over an activity deleted since the finish, and deleting one with unticks works', async () => {
    const keep = await activity({ subject: 'Raderad 1', responsibleId: anna });
    const gone = await activity({ subject: 'Raderad 2', responsibleId: anna });
    const unticked = await activity({ subject: 'Raderad 3', responsibleId: anna });
    const id = await draft({ selection: subjectStarts('Raderad'), changes: [{ field: 'responsibleId', set: bo }] });
    await t.api('POST', `/api/activity-changes/${id}/moves`, { to: 'excluded', activityIds: [unticked] });
    expect((await t.api('POST', `/api/activity-changes/${id}/finish`)).body.changed).toBe(2);
    expect((await t.api('DELETE', `/api/activities/${gone}`)).status).toBeLessThan(300);
    expect((await t.api('DELETE', `/api/activities/${unticked}`)).status).toBeLessThan(300);
    const after = await t.api('GET', `/api/activity-changes/${id}/report?kind=after&format=csv`);
    expect(after.body).not.toContain('Raderad 2');
    expect((await t.api('DELETE', `/api/activity-changes/${id}/changes`)).body).toEqual({ restored: 1, kept: 0 });
    expect((await read(keep)).responsibleId).toBe(anna);
  });
});
