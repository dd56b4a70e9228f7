/**
 * /api/activities over real HTTP on both databases: numbering under concurrency, defaults and
 * rules of the card, done rules per company setting, list filters/paging/expansion and 400s.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';

const now = () => new Date().toISOString();

describeEachServer('activities API', (t) => {
  const ids = {} as {
    emp: number; emp2: number; calType: number; taskType: number; strictType: number;
    open: number; doneStatus: number; prio: number; c1: number; c2: number; person: number; room: number;
  };

  beforeAll(async () => {
    const db = t.database.db;
    const ts = { created_at: now(), updated_at: now() };
    const ins = async (table: any, values: any) => Number((await (db as any).insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()).id);
    ids.emp = await ins('employees', { name: 'Åsa Öberg', name_key: 'x', email: 'asa@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
    ids.emp2 = await ins('employees', { name: 'Bo Ek', name_key: 'y', email: 'bo@example.test', is_account_manager: 0, active: 1, role: 'user', ...ts });
    ids.calType = await ins('activity_types', { name: 'Besök', list: 'calendar', color: '#ff0000', default_alarm_minutes: 15, show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts });
    ids.taskType = await ins('activity_types', { name: 'Telefon ut', list: 'taskList', color: null, default_alarm_minutes: null, show_time_as: 'free', requires_responsible: 0, inactive: 0, ...ts });
    ids.strictType = await ins('activity_types', { name: 'Avtal', list: 'calendar', color: null, default_alarm_minutes: null, show_time_as: 'busy', requires_responsible: 1, inactive: 0, ...ts });
    ids.open = await ins('statuses', { name: 'Ej påbörjad', is_done: 0, inactive: 0, ...ts });
    ids.doneStatus = await ins('statuses', { name: 'Klar', is_done: 1, inactive: 0, ...ts });
    ids.prio = await ins('priorities', { name: 'Hög', rank: 1, inactive: 0, ...ts });
    ids.c1 = await ins('contacts', { number: 1, name: 'Ängby Bygg AB', name_key: 'a', ...ts });
    ids.c2 = await ins('contacts', { number: 2, name: 'Berg & Söner', name_key: 'b', ...ts });
    ids.person = await ins('contact_persons', { contact_id: ids.c1, first_name: 'Eva', last_name: 'Lund', ...ts });
    ids.room = await ins('resources', { name: 'Konferensrum', ...ts });
    await db.updateTable('company_settings').set({ standard_duration_minutes: 30, done_status_id: ids.doneStatus, end_time_on_done: 'taskListOnly' }).execute();
  });

  it('creates an activity with no fields at all', async () => {
    const r = await t.api('POST', '/api/activities', {});
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: r.body.number, subject: null, startAt: null, endAt: null, done: false, contactIds: [] });
    const back = await t.api('GET', `/api/activities/${r.body.id}`);
    expect(back.body).toEqual(r.body);
  });

  it('gives unique, consecutive numbers to 20 concurrent creations', async () => {
    const rs = await Promise.all(Array.from({ length: 20 }, (_, i) => t.api('POST', '/api/activities', { subject: `parallel ${i}`, contactIds: [ids.c1] })));
    expect(rs.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = rs.map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers[19]! - numbers[0]!).toBe(19);
    for (const r of rs) expect(r.body.id).toBe(r.body.number);
  });

  it('defaults the end to start + the standard duration and refuses an end before the start', async () => {
    const r = await t.api('POST', '/api/activities', { startAt: '2026-12-07T10:00:00+01:00' });
    expect(r.body.startAt).toBe('2026-12-07T09:00:00.000Z');
    expect(r.body.endAt).toBe('2026-12-07T09:30:00.000Z');
    const bad = await t.api('POST', '/api/activities', { startAt: '2026-12-07T09:00:00Z', endAt: '2026-12-07T08:00:00Z' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('endAt');
    const badPatch = await t.api('PATCH', `/api/activities/${r.body.id}`, { endAt: '2026-12-07T08:00:00Z' });
    expect(badPatch.body.error.field).toBe('endAt');
  });

  it('moves the end with the start on update and replaces link lists', async () => {
    const r = await t.api('POST', '/api/activities', {
      startAt: '2026-12-07T09:00:00Z', endAt: '2026-12-07T11:00:00Z', contactIds: [ids.c1, ids.c2], resourceIds: [ids.room],
    });
    const u = await t.api('PATCH', `/api/activities/${r.body.id}`, { startAt: '2026-12-08T09:00:00Z', contactIds: [ids.c2] });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ startAt: '2026-12-08T09:00:00.000Z', endAt: '2026-12-08T11:00:00.000Z', contactIds: [ids.c2], resourceIds: [ids.room] });
  });

  it('applies type defaults on create unless given', async () => {
    const cal = await t.api('POST', '/api/activities', { typeId: ids.calType });
    expect(cal.body).toMatchObject({ alarmMinutes: 15, color: '#ff0000', showInTaskList: false });
    const task = await t.api('POST', '/api/activities', { typeId: ids.taskType });
    expect(task.body).toMatchObject({ alarmMinutes: null, color: null, showInTaskList: true });
    const own = await t.api('POST', '/api/activities', { typeId: ids.calType, alarmMinutes: null, color: '#00ff00', showInTaskList: true });
    expect(own.body).toMatchObject({ alarmMinutes: null, color: '#00ff00', showInTaskList: true });
  });

  it('refuses an activity without a responsible when its type requires one', async () => {
    const bad = await t.api('POST', '/api/activities', { typeId: ids.strictType });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('responsibleId');
    const ok = await t.api('POST', '/api/activities', { typeId: ids.strictType, responsibleId: ids.emp });
    expect(ok.status).toBe(201);
    const unset = await t.api('PATCH', `/api/activities/${ok.body.id}`, { responsibleId: null });
    expect(unset.body.error.field).toBe('responsibleId');
  });

  it('refuses references to missing rows, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ contactIds: [ids.c1, 999_999] }, 'contactIds[1]'],
      [{ contactPersonIds: [999_999] }, 'contactPersonIds[0]'],
      [{ employeeIds: [ids.emp, ids.emp2, 999_999] }, 'employeeIds[2]'],
      [{ resourceIds: [999_999] }, 'resourceIds[0]'],
      [{ typeId: 999_999 }, 'typeId'],
      [{ statusId: 999_999 }, 'statusId'],
      [{ priority: 999_999 }, 'priority'],
      [{ responsibleId: 999_999 }, 'responsibleId'],
      [{ batchId: 999_999 }, 'batchId'],
    ];
    for (const [body, field] of cases) {
      const r = await t.api('POST', '/api/activities', body);
      expect(r.status, field).toBe(400);
      expect(r.body.error.field, field).toBe(field);
    }
  });

  it('refuses unknown fields and wrong types', async () => {
    const r1 = await t.api('POST', '/api/activities', { subject: 'x', number: 5 });
    expect(r1.status).toBe(400);
    expect(r1.body.error.field).toBe('number');
    const r2 = await t.api('POST', '/api/activities', { startAt: 'tomorrow' });
    expect(r2.body.error.field).toBe('startAt');
    const r3 = await t.api('POST', '/api/activities', { contactIds: ['a'] });
    expect(r3.body.error.field).toBe('contactIds[0]');
    const r4 = await t.api('GET', '/api/activities?sort=subject');
    expect(r4.status).toBe(400);
  });

  it('stores HTML as text', async () => {
    const r = await t.api('POST', '/api/activities', { subject: '<b>Möte</b>', notes: '<script>x</script>' });
    expect(r.body).toMatchObject({ subject: '<b>Möte</b>', notes: '<script>x</script>' });
  });

  it('marks done: done status, doneAt, end per company setting; un-marking clears doneAt', async () => {
    const set = (rule: string) => t.database.db.updateTable('company_settings').set({ end_time_on_done: rule as any }).execute();
    const mk = (body: object) => t.api('POST', '/api/activities', { startAt: '2026-01-05T09:00:00Z', endAt: '2026-01-05T10:00:00Z', statusId: ids.open, ...body });
    const before = now();

    await set('taskListOnly');
    const cal = await mk({ typeId: ids.calType });
    const calDone = await t.api('PATCH', `/api/activities/${cal.body.id}`, { done: true });
    expect(calDone.body).toMatchObject({ done: true, statusId: ids.doneStatus, endAt: '2026-01-05T10:00:00.000Z' });
    expect(calDone.body.doneAt >= before).toBe(true);
    const task = await mk({ typeId: ids.taskType });
    const taskDone = await t.api('PATCH', `/api/activities/${task.body.id}`, { done: true });
    expect(taskDone.body.endAt >= before).toBe(true);

    await set('always');
    const a = await mk({ typeId: ids.calType });
    expect((await t.api('PATCH', `/api/activities/${a.body.id}`, { done: true })).body.endAt >= before).toBe(true);

    await set('never');
    const n = await mk({ typeId: ids.taskType });
    const nDone = await t.api('PATCH', `/api/activities/${n.body.id}`, { done: true });
    expect(nDone.body.endAt).toBe('2026-01-05T10:00:00.000Z');
    const undone = await t.api('PATCH', `/api/activities/${n.body.id}`, { done: false });
    expect(undone.body).toMatchObject({ done: false, doneAt: null, statusId: ids.doneStatus });

    // an explicit status in the same request wins over the company's done status
    const e = await mk({});
    expect((await t.api('PATCH', `/api/activities/${e.body.id}`, { done: true, statusId: ids.open })).body.statusId).toBe(ids.open);
    await set('taskListOnly');
  });

  it('deletes an activity with its links', async () => {
    const r = await t.api('POST', '/api/activities', { contactIds: [ids.c1], contactPersonIds: [ids.person], employeeIds: [ids.emp], resourceIds: [ids.room] });
    expect((await t.api('DELETE', `/api/activities/${r.body.id}`)).status).toBe(204);
    expect((await t.api('GET', `/api/activities/${r.body.id}`)).status).toBe(404);
    expect((await t.api('DELETE', `/api/activities/${r.body.id}`)).status).toBe(404);
    const left = await t.database.db.selectFrom('activity_contacts').select('contact_id').where('activity_id', '=', r.body.id).execute();
    expect(left).toEqual([]);
  });

  it('lists with filters, "none", text search, sort, paging and names', async () => {
    const base = { contactIds: [ids.c2] };
    const mk = async (body: object) => (await t.api('POST', '/api/activities', { ...base, ...body })).body;
    const a1 = await mk({ subject: 'ÅRSMÖTE hos kund', startAt: '2027-03-01T08:00:00Z', typeId: ids.calType, responsibleId: ids.emp, statusId: ids.open });
    const a2 = await mk({ subject: 'Ring 100%_säkert', startAt: '2027-03-01T23:30:00Z', typeId: ids.taskType });
    const a3 = await mk({ subject: 'Uppföljning', startAt: '2027-03-02T00:00:00Z', responsibleId: ids.emp2, done: true });
    const a4 = await mk({ subject: 'Utan datum', contactIds: [ids.c1] });
    const q = async (qs: string) => {
      const r = await t.api('GET', `/api/activities?${qs}`);
      expect(r.status, qs).toBe(200);
      return (r.body.items as any[]).map((x) => x.id);
    };
    expect(await q('from=2027-03-01&to=2027-03-01')).toEqual([a1.id, a2.id]);
    expect(await q('from=2027-03-01&to=2027-03-02')).toEqual([a1.id, a2.id, a3.id]);
    expect(await q('from=2027-03-01T09:00:00Z&to=2027-03-02T00:00:00Z')).toEqual([a2.id, a3.id]);
    expect(await q(`contactId=${ids.c2}&typeId=none&from=2027-01-01`)).toEqual([a3.id]);
    expect(await q(`contactId=${ids.c2}&typeId=${ids.taskType}`)).toEqual([a2.id]);
    expect(await q(`contactId=${ids.c2}&responsibleId=none&from=2027-01-01`)).toEqual([a2.id]);
    expect(await q(`contactId=${ids.c2}&responsibleId=${ids.emp}`)).toEqual([a1.id]);
    expect(await q(`contactId=${ids.c2}&statusId=${ids.open}&from=2027-01-01`)).toEqual([a1.id]);
    expect(await q(`contactId=${ids.c2}&done=true&from=2027-01-01`)).toEqual([a3.id]);
    expect(await q(`q=${encodeURIComponent('årsmöte')}`)).toEqual([a1.id]);
    expect(await q(`q=${encodeURIComponent('100%_S')}`)).toEqual([a2.id]);
    expect(await q(`q=${encodeURIComponent('0%')}`)).toEqual([a2.id]);
    expect(await q(`contactId=${ids.c1}&q=datum`)).toEqual([a4.id]);
    expect(await q('from=2027-03-01&sort=number&dir=desc')).toEqual([a3.id, a2.id, a1.id]);
    expect(await q('from=2027-03-01&dir=desc')).toEqual([a3.id, a2.id, a1.id]);

    const named = await t.api('GET', `/api/activities/${a1.id}?expand=names`);
    expect(named.body).toMatchObject({ responsibleName: 'Åsa Öberg', typeName: 'Besök', statusName: 'Ej påbörjad', contacts: [{ id: ids.c2, number: 2, name: 'Berg & Söner' }] });
    const list = await t.api('GET', '/api/activities?from=2027-03-01&expand=names');
    expect(list.body.items[2]).toMatchObject({ responsibleName: 'Bo Ek', typeName: null, statusName: 'Klar' });

    const bad = await t.api('GET', '/api/activities?from=someday');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('from');
  });

  it('pages through every activity with keyset cursors, in both sorts', async () => {
    const total = (await t.database.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    for (const qs of ['sort=startAt', 'sort=number', 'sort=startAt&dir=desc']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const r: any = await t.api('GET', `/api/activities?limit=7&${qs}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(r.status).toBe(200);
        seen.push(...r.body.items.map((x: any) => x.id));
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(seen.length, qs).toBe(Number(total));
      expect(new Set(seen).size, qs).toBe(Number(total));
    }
    const mismatch = await t.api('GET', `/api/activities?sort=number&cursor=${Buffer.from(JSON.stringify(['x', 1])).toString('base64url')}`);
    expect(mismatch.body.error.field).toBe('cursor');
  });
});

describeEachServer('activities API in OpenAPI', (t) => {
  it('publishes /api/activities with its query filters', async () => {
    const r = await t.api('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    const list = r.body.paths['/api/activities'].get;
    expect(list.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'typeId', 'responsibleId', 'done', 'q', 'cursor']));
    expect(r.body.paths['/api/activities/{id}'].patch).toBeDefined();
  });
});
