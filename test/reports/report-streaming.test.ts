/**
 * A large report streams: its first bytes reach the client long before its end, and the server
 * answers other users (requests that read the database too) while it renders. On SQLite every
 * read is synchronous, so without pacing a report would hold the event loop until its last page
 * (and buffer the whole PDF); and the activity report streams one query, which on the one shared
 * connection would hold every other request until it ends.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { NOW, seedContacts, seedEmployees } from '../http/group-activities-fixtures.js';

const CONTACTS = 4000;

describeEachServer('report streaming', (t) => {
  let groupId: number;
  let finishedId: number;
  beforeAll(async () => {
    const { db } = t.database;
    const [anna, erik] = await seedEmployees(db, [{ name: 'Anna Berg' }, { name: 'Erik Lund' }]);
    const ids = await seedContacts(db, Array.from({ length: CONTACTS }, (_, i) => ({
      number: 30001 + i, name: `Strömkund ${String(i).padStart(5, '0')} AB`, city: 'Göteborg',
      postal_code: `4${String(i % 1000).padStart(4, '0')}`, phone: `031-${i}`, account_manager_id: i % 2 ? anna! : erik!,
    })));
    const persons = [...ids.values()].map((contactId, i) => ({
      contact_id: contactId, first_name: 'Märta', last_name: `Öberg ${i}`, title: 'Inköpschef', phone: null, mobile: '070-1',
      email: `m${i}@example.test`, is_primary: 1, inactive: 0, created_at: NOW, updated_at: NOW,
    }));
    for (let i = 0; i < persons.length; i += 500) await db.insertInto('contact_persons').values(persons.slice(i, i + 500)).execute();
    groupId = (await db.insertInto('group_activities').values({
      mode: 'perContact', status: 'draft', selection: JSON.stringify({ match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] }),
      responsible_id: anna!, distribution: JSON.stringify({ method: 'even', employeeIds: [anna!, erik!] }),
      template: '{}', options: '{}', created_at: NOW, updated_at: NOW,
    }).returning('id').executeTakeFirstOrThrow()).id;
    // The same 4,000 contacts as a finished group: 4,000 activities, one per contact.
    finishedId = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
    const patched = await t.api('PATCH', `/api/group-activities/${finishedId}`, {
      selection: { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] },
      template: { subject: 'Ring upp', startAt: '2026-12-07T09:00:00.000Z' }, distribution: { method: 'even', employeeIds: [anna, erik] },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const finished = await t.api('POST', `/api/group-activities/${finishedId}/finish`);
    expect(finished.status, JSON.stringify(finished.body)).toBe(200);
    expect(finished.body.activityCount).toBe(CONTACTS);
  });

  it.each([
    ['contacts', 'pdf'], ['contacts', 'csv'], ['activities', 'pdf'], ['activities', 'csv'],
  ] as const)('streams the %s report of 4,000 contacts as %s while other requests are answered', async (kind, format) => {
    const started = performance.now();
    const id = kind === 'contacts' ? groupId : finishedId;
    // Other users' requests, one after the other, from before the report is asked for: one is in
    // flight when the report starts streaming, so even a report of a few tens of milliseconds has
    // one to let through. Counted: answers that come back between the report's first and last byte.
    let reading = true;
    let streamingSince = Infinity;
    const answeredWhileReading: number[] = [];
    const others = (async () => {
      while (reading) {
        const r = await t.api('GET', '/api/settings');
        expect(r.status).toBe(200);
        const now = performance.now();
        if (now >= streamingSince) answeredWhileReading.push(now - started);
      }
    })();
    // A CSV of 4,000 contacts streams in a few tens of milliseconds: read it three times over, so
    // the window in which another answer can come back is not a matter of luck.
    let bytes = 0;
    let chunks = 0;
    for (let round = 0; round < (format === 'csv' ? 3 : 1); round++) {
      const res = await fetch(`${t.baseUrl}/api/group-activities/${id}/report?kind=${kind}&format=${format}&lang=sv`, {
        headers: { authorization: `Bearer ${t.adminToken}` },
      });
      expect(res.status).toBe(200);
      streamingSince = performance.now();
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (round === 0) { bytes += value.length; chunks += 1; }
      }
      streamingSince = Infinity;
    }
    reading = false;
    await others;
    expect(bytes).toBeGreaterThan(100_000);
    // Streamed in many pieces, not one buffer at the end.
    expect(chunks).toBeGreaterThan(10);
    // Unpaced, on SQLite not one would be (the event loop or the connection is held to the end).
    expect(answeredWhileReading.length).toBeGreaterThanOrEqual(1);
  });
});
