/**
 * The activity card's Duplicate and Delete over real HTTP on both databases: a duplicate is a
 * new number with the same fields and links, not done and not in a group activity; a done
 * activity of a finished group activity is deleted only with force=true.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { cityIs, seedContacts, seedEmployees, seedTypes } from './group-activities-fixtures.js';

describeEachServer('activity card: duplicate and delete', (t) => {
  let am: number[] = [];
  let types: Awaited<ReturnType<typeof seedTypes>>;
  let ids = new Map<number, number>();

  beforeAll(async () => {
    const { db } = t.database;
    am = await seedEmployees(db, [{ name: 'Anna' }]);
    ids = await seedContacts(db, [1, 2, 3].map((i) => ({ number: 70000 + i, name: `Kortet ${i}`, city: 'Kalmar' })));
    types = await seedTypes(db);
  });

  it('duplicates with a new number, every field and link kept, not done and on its own', async () => {
    const a = await t.api('POST', '/api/activities', {
      subject: 'Ring om offerten', startAt: '2026-12-07T09:00:00.000Z', typeId: types.call, statusId: types.done, responsibleId: am[0],
      contactIds: [ids.get(70001)!, ids.get(70002)!], notes: 'Fråga efter Eva', done: true, priority: null,
    });
    expect(a.status).toBe(201);
    const d = await t.api('POST', `/api/activities/${a.body.id}/duplicate`);
    expect(d.status).toBe(201);
    expect(d.body.number).toBeGreaterThan(a.body.number);
    expect(d.body).toMatchObject({
      subject: 'Ring om offerten', startAt: a.body.startAt, endAt: a.body.endAt, typeId: types.call, responsibleId: am[0],
      contactIds: a.body.contactIds, notes: 'Fråga efter Eva', done: false, doneAt: null, statusId: null, batchId: null,
    });
    const again = await t.api('POST', `/api/activities/${a.body.id}/duplicate`);
    expect(again.body.number, 'duplicated as many times as wanted').toBeGreaterThan(d.body.number);
    expect((await t.api('POST', '/api/activities/999999/duplicate')).status).toBe(404);
  });

  it('refuses to delete a done activity of a finished group activity unless forced; others delete at once', async () => {
    const draft = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
    expect((await t.api('PATCH', `/api/group-activities/${draft}`, { selection: cityIs('Kalmar'), responsibleId: am[0] })).status).toBe(200);
    const fin = await t.api('POST', `/api/group-activities/${draft}/finish`);
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    const [first, second] = [fin.body.firstNumber as number, fin.body.firstNumber + 1];
    // Not done: deleted without asking the API for force.
    expect((await t.api('DELETE', `/api/activities/${second}`)).status).toBe(204);
    expect((await t.api('GET', `/api/activities/${second}`)).status).toBe(404);
    await t.api('PATCH', `/api/activities/${first}`, { done: true });
    const refused = await t.api('DELETE', `/api/activities/${first}`, undefined, { headers: { 'accept-language': 'sv' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(`aktivitet ${first} är klar och hör till en slutförd gruppaktivitet; den tas bara bort om du bekräftar det`);
    expect((await t.api('GET', `/api/activities/${first}`)).status, 'nothing deleted').toBe(200);
    expect((await t.api('DELETE', `/api/activities/${first}?force=maybe`)).status).toBe(400);
    expect((await t.api('DELETE', `/api/activities/${first}?force=true`)).status).toBe(204);
    expect((await t.api('GET', `/api/activities/${first}`)).status).toBe(404);
    // A done activity outside any group activity deletes without force.
    const own = await t.api('POST', '/api/activities', { subject: 'Eget', done: true });
    expect((await t.api('DELETE', `/api/activities/${own.body.id}`)).status).toBe(204);
  });
});
