/**
 * A large report streams: its first bytes reach the client long before its end, and the server
 * answers other users while it renders. On SQLite every read is synchronous, so without pacing a
 * report would hold the event loop until its last page (and buffer the whole PDF).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { NOW, seedContacts, seedEmployees } from '../http/group-activities-fixtures.js';

const CONTACTS = 4000;

describeEachServer('report streaming', (t) => {
  let groupId: number;
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
  });

  it.each(['pdf', 'csv'] as const)('streams a %s of 4,000 contacts while other requests are answered', async (format) => {
    const started = performance.now();
    const res = await fetch(`${t.baseUrl}/api/group-activities/${groupId}/report?kind=contacts&format=${format}&lang=sv`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(res.status).toBe(200);
    // Other users' requests, one after the other, for as long as the report is being read.
    let reading = true;
    const answeredWhileReading: number[] = [];
    const others = (async () => {
      while (reading) {
        const r = await t.api('GET', '/api/settings');
        expect(r.status).toBe(200);
        if (reading) answeredWhileReading.push(performance.now() - started);
      }
    })();
    const reader = res.body!.getReader();
    let bytes = 0;
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      chunks += 1;
    }
    reading = false;
    await others;
    expect(bytes).toBeGreaterThan(100_000);
    // Streamed in many pieces, not one buffer at the end.
    expect(chunks).toBeGreaterThan(10);
    expect(answeredWhileReading.length).toBeGreaterThanOrEqual(3);
  });
});
