/**
 * GET /api/group-activities/:id/progress while a finish runs and after: polls are answered while
 * the finish holds its transaction (phase from memory; on SQLite between the finish's phases, the
 * poll authenticated through the second connection); the status only moves forward
 * (draft → finishing → finished), and the end state carries the finish result.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { cityIs, seedContacts, seedEmployees, seedPrimaryPersons, type ContactSpec } from './group-activities-fixtures.js';

describeEachServer('group activities: finish progress', (t) => {
  let am: number[] = [];

  beforeAll(async () => {
    const { db } = t.database;
    am = await seedEmployees(db, [{ name: 'Anna' }, { name: 'Bertil' }]);
    const specs: ContactSpec[] = Array.from({ length: 4000 }, (_, i) => ({ number: 30001 + i, name: `Firma ${i}`, city: 'Kiruna', postal_code: `98${i % 10} 00` }));
    const ids = await seedContacts(db, specs);
    await seedPrimaryPersons(db, [...ids.values()]);
  });

  it('answers the phase while a finish runs and the result after', async () => {
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
    await t.api('PATCH', `/api/group-activities/${id}`, {
      selection: cityIs('Kiruna'), distribution: { method: 'even', employeeIds: am }, template: { subject: 'Besök' }, options: { linkPrimaryPerson: true },
    });
    expect((await t.api('GET', `/api/group-activities/${id}/progress`)).body).toEqual({ status: 'draft', phase: null, planned: null, elapsedMs: null, result: null });
    let finished = false;
    const finish = t.api('POST', `/api/group-activities/${id}/finish`).then((r) => { finished = true; return r; });
    const order = ['draft', 'finishing', 'finished'];
    let last = 0;
    const seen = new Set<string>();
    while (!finished) {
      const p = await t.api('GET', `/api/group-activities/${id}/progress`);
      expect(p.status).toBe(200);
      const at = order.indexOf(p.body.status);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      seen.add(p.body.status);
      if (p.body.status === 'finishing') {
        expect(['counting', 'planning', 'creating', 'saving']).toContain(p.body.phase);
        expect(p.body.elapsedMs).toBeGreaterThanOrEqual(0);
      }
    }
    const r = await finish;
    expect(r.status).toBe(200);
    // 4,000 activities take far longer than one poll, so the running finish shows on both databases.
    expect(seen).toContain('finishing');
    const end = await t.api('GET', `/api/group-activities/${id}/progress`);
    expect(end.body).toMatchObject({ status: 'finished', phase: null, result: { batchId: r.body.batchId, activityCount: 4000 } });
  });

  it('answers other users\' reads while a finish writes (WAL on SQLite, MVCC on PostgreSQL)', async () => {
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
    await t.api('PATCH', `/api/group-activities/${id}`, {
      selection: cityIs('Kiruna'), distribution: { method: 'even', employeeIds: am }, template: { subject: 'Ring' }, options: { linkPrimaryPerson: true },
    });
    let finished = false;
    const finish = t.api('POST', `/api/group-activities/${id}/finish`).then((r) => { finished = true; return r; });
    let readDuringFinish = 0;
    while (!finished) {
      const list = await t.api('GET', '/api/contacts?limit=5&city=Kiruna');
      expect(list.status).toBe(200);
      expect(list.body.items).toHaveLength(5);
      // The finish was still running after the read came back: the read did not wait for it.
      if ((await t.api('GET', `/api/group-activities/${id}/progress`)).body.status === 'finishing') readDuringFinish += 1;
    }
    expect((await finish).status).toBe(200);
    expect(readDuringFinish).toBeGreaterThan(0);
  });

  it('is 404 for a group activity that does not exist', async () => {
    expect((await t.api('GET', '/api/group-activities/999999/progress')).status).toBe(404);
  });
});
