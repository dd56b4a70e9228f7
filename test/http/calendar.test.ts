/**
 * The calendar API over real HTTP on both databases: the interval (overlap at its edges, all-day,
 * the DST changes of late March and late October), the rows of employees and resources, the task
 * list filters and order, done-from-the-list under each company setting, user settings and the
 * privacy setting seen by another user and by an administrator.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { systemClock } from '../../src/app/ports/clock.js';

const now = () => new Date().toISOString();

describeEachServer('calendar API', (t) => {
  const ids = {} as { anna: number; bo: number; visit: number; call: number; room: number; doneStatus: number; high: number; low: number; c1: number };
  let annaToken = '';
  let boToken = '';
  const asAnna = (method: string, path: string, body?: unknown) => t.api(method, path, body, { token: annaToken });
  const asBo = (method: string, path: string, body?: unknown) => t.api(method, path, body, { token: boToken });

  beforeAll(async () => {
    const db = t.database.db as any;
    const ts = { created_at: now(), updated_at: now() };
    const ins = async (table: string, values: any) => Number((await db.insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()).id);
    ids.anna = await ins('employees', { name: 'Anna Ek', name_key: 'a', email: 'anna@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
    ids.bo = await ins('employees', { name: 'Bo Berg', name_key: 'b', email: 'bo@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
    ids.visit = await ins('activity_types', { name: 'Besök', list: 'calendar', color: '#2e7d32', show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts });
    ids.call = await ins('activity_types', { name: 'Telefon ut', list: 'taskList', color: null, show_time_as: 'free', requires_responsible: 0, inactive: 0, ...ts });
    ids.room = await ins('resources', { name: 'Stora rummet', ...ts });
    ids.doneStatus = await ins('statuses', { name: 'Utförd', is_done: 1, inactive: 0, ...ts });
    ids.high = await ins('priorities', { name: 'Hög', rank: 1, inactive: 0, ...ts });
    ids.low = await ins('priorities', { name: 'Låg', rank: 3, inactive: 0, ...ts });
    ids.c1 = await ins('contacts', { number: 1, name: 'Andersson & Hansson AB', name_key: 'a', ...ts });
    annaToken = await createApiToken(t.store, systemClock, { employeeId: ids.anna });
    boToken = await createApiToken(t.store, systemClock, { employeeId: ids.bo });
  });

  const create = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/activities', body);
    expect(r.status).toBe(201);
    return r.body as { id: number; startAt: string; endAt: string; showInTaskList: boolean };
  };
  const calendar = async (who: (m: string, p: string) => Promise<any>, q: string) => {
    const r = await who('GET', `/api/calendar?${q}`);
    expect(r.status).toBe(200);
    return r.body.items as any[];
  };

  it('includes what overlaps the interval, at both edges, and leaves out what only touches it', async () => {
    const before = await create({ subject: 'startar före', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-12-06T22:00:00Z', endAt: '2026-12-07T08:00:00Z' });
    const inside = await create({ subject: 'inuti', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-12-08T08:00:00Z' });
    const touching = await create({ subject: 'slutar vid from', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-12-06T20:00:00Z', endAt: '2026-12-06T23:00:00Z' });
    const atEnd = await create({ subject: 'börjar vid to', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-12-13T23:00:00Z' });
    const task = await create({ subject: 'ring', typeId: ids.call, responsibleId: ids.anna, startAt: '2026-12-08T09:00:00Z' });
    expect(task.showInTaskList).toBe(true);
    // Monday 7 December 2026 00:00 to Monday 14 December 00:00, Stockholm (UTC+1)
    const items = await calendar(asAnna, 'from=2026-12-06T23:00:00Z&to=2026-12-13T23:00:00Z');
    const found = items.map((i) => i.id);
    expect(found).toContain(before.id);
    expect(found).toContain(inside.id);
    expect(found).not.toContain(touching.id);
    expect(found).not.toContain(atEnd.id);
    expect(found).not.toContain(task.id);
    const i = items.find((x) => x.id === inside.id);
    expect(i).toMatchObject({ subject: 'inuti', color: '#2e7d32', typeName: 'Besök', showTimeAs: 'busy', responsibleId: ids.anna, hidden: false });
    expect(i.endAt).toBe('2026-12-08T09:00:00.000Z');
  });

  it('shows an all-day activity on its day and a point in time inside the interval', async () => {
    const allDay = await create({ subject: 'mässa', typeId: ids.visit, responsibleId: ids.anna, allDay: true, startAt: '2026-12-09T23:00:00Z', endAt: '2026-12-10T23:00:00Z' });
    const day = await calendar(asAnna, 'from=2026-12-09T23:00:00Z&to=2026-12-10T23:00:00Z');
    expect(day.find((x) => x.id === allDay.id)).toMatchObject({ allDay: true });
    const dayBefore = await calendar(asAnna, 'from=2026-12-08T23:00:00Z&to=2026-12-09T23:00:00Z');
    expect(dayBefore.map((x) => x.id)).not.toContain(allDay.id);
  });

  it('keeps a 09:00 meeting at 09:00 local time across the DST changes of March and October', async () => {
    // Stockholm: UTC+1 until 29 March 2026 02:00, UTC+2 until 25 October 03:00.
    const friday = await create({ subject: 'fre', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-03-27T09:00:00+01:00' });
    const monday = await create({ subject: 'mån', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-03-30T09:00:00+02:00' });
    // The local week Mon 23 March 00:00 (+01:00) to Mon 30 March 00:00 (+02:00) is 167 hours long.
    const week = await calendar(asAnna, `from=${encodeURIComponent('2026-03-23T00:00:00+01:00')}&to=${encodeURIComponent('2026-03-30T00:00:00+02:00')}`);
    expect(week.map((x) => x.id)).toContain(friday.id);
    expect(week.map((x) => x.id)).not.toContain(monday.id);
    const next = await calendar(asAnna, `from=${encodeURIComponent('2026-03-30T00:00:00+02:00')}&to=${encodeURIComponent('2026-04-06T00:00:00+02:00')}`);
    const m = next.find((x) => x.id === monday.id);
    expect(m.startAt).toBe('2026-03-30T07:00:00.000Z');
    expect(new Date(m.startAt).toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })).toBe('09:00');
    const fri = week.find((x) => x.id === friday.id);
    expect(new Date(fri.startAt).toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })).toBe('09:00');
    // October: the week of 26 October (after the change) holds a Monday 09:00 at 08:00Z.
    const oct = await create({ subject: 'okt', typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-10-26T09:00:00+01:00' });
    const octWeek = await calendar(asAnna, `from=${encodeURIComponent('2026-10-26T00:00:00+01:00')}&to=${encodeURIComponent('2026-11-02T00:00:00+01:00')}`);
    expect(octWeek.find((x) => x.id === oct.id).startAt).toBe('2026-10-26T08:00:00.000Z');
    const octBefore = await calendar(asAnna, `from=${encodeURIComponent('2026-10-19T00:00:00+02:00')}&to=${encodeURIComponent('2026-10-26T00:00:00+01:00')}`);
    expect(octBefore.map((x) => x.id)).not.toContain(oct.id);
  });

  it('places an activity in every row it belongs to: responsible, linked employee, resource', async () => {
    const a = await create({ subject: 'möte', typeId: ids.visit, responsibleId: ids.anna, employeeIds: [ids.bo], resourceIds: [ids.room], startAt: '2026-12-15T09:00:00Z' });
    const onlyBo = await calendar(asAnna, `from=2026-12-15T00:00:00Z&to=2026-12-16T00:00:00Z&employeeIds=${ids.bo}`);
    expect(onlyBo.map((x) => x.id)).toEqual([a.id]);
    expect(onlyBo[0]).toMatchObject({ responsibleId: ids.anna, employeeIds: [ids.bo], resourceIds: [ids.room] });
    const room = await calendar(asAnna, `from=2026-12-15T00:00:00Z&to=2026-12-16T00:00:00Z&resourceIds=${ids.room}`);
    expect(room.map((x) => x.id)).toEqual([a.id]);
    const both = await calendar(asAnna, `from=2026-12-15T00:00:00Z&to=2026-12-16T00:00:00Z&employeeIds=${ids.anna},${ids.bo}&resourceIds=${ids.room}`);
    expect(both.map((x) => x.id)).toEqual([a.id]);
    // Bo's own calendar (no lists given) holds it too: he is a linked employee.
    expect((await calendar(asBo, 'from=2026-12-15T00:00:00Z&to=2026-12-16T00:00:00Z')).map((x) => x.id)).toEqual([a.id]);
  });

  it('finds activities over several days that began long before the interval, for every kind of row, and no more', async () => {
    // A week's fair from 1 to 8 February (Bo linked, the room booked), a night shift across midnight
    // into the interval, and a same-day meeting the day before: only the first two overlap 5 February.
    const fair = await create({ subject: 'mässa', typeId: ids.visit, responsibleId: ids.anna, employeeIds: [ids.bo], resourceIds: [ids.room], startAt: '2027-02-01T08:00:00Z', endAt: '2027-02-08T16:00:00Z' });
    const night = await create({ subject: 'nattjour', typeId: ids.visit, responsibleId: ids.anna, employeeIds: [ids.bo], resourceIds: [ids.room], startAt: '2027-02-04T22:00:00Z', endAt: '2027-02-05T06:00:00Z' });
    await create({ subject: 'dagen före', typeId: ids.visit, responsibleId: ids.anna, employeeIds: [ids.bo], resourceIds: [ids.room], startAt: '2027-02-04T09:00:00Z', endAt: '2027-02-04T10:00:00Z' });
    const q = 'from=2027-02-05T00:00:00Z&to=2027-02-06T00:00:00Z';
    for (const rows of [`employeeIds=${ids.anna}`, `employeeIds=${ids.bo}`, `resourceIds=${ids.room}`]) {
      expect((await calendar(asAnna, `${q}&${rows}`)).map((x) => x.id), rows).toEqual([fair.id, night.id]);
    }
  });

  it('refuses a bad interval naming the field', async () => {
    const r1 = await asAnna('GET', '/api/calendar?from=yesterday&to=2026-12-16T00:00:00Z');
    expect(r1.status).toBe(400);
    expect(r1.body.error.field).toBe('from');
    const r2 = await asAnna('GET', '/api/calendar?from=2026-12-16T00:00:00Z&to=2026-12-15T00:00:00Z');
    expect(r2.body.error.field).toBe('to');
    const r3 = await asAnna('GET', '/api/calendar?from=2026-01-01T00:00:00Z&to=2026-12-15T00:00:00Z');
    expect(r3.body.error.field).toBe('to');
    const r4 = await asAnna('GET', '/api/calendar?from=2026-12-16T00:00:00Z&to=2026-12-17T00:00:00Z&employeeIds=1,x');
    expect(r4.status).toBe(400);
    expect(r4.body.error.field).toBe('employeeIds');
  });

  it('lists the task list by date then priority, undated last, and filters open / done / all', async () => {
    const late = await create({ subject: 'sen', typeId: ids.call, responsibleId: ids.bo, startAt: '2026-05-02T08:00:00Z', priority: ids.low });
    const earlyLow = await create({ subject: 'tidig låg', typeId: ids.call, responsibleId: ids.bo, startAt: '2026-05-01T08:00:00Z', priority: ids.low });
    const earlyHigh = await create({ subject: 'tidig hög', typeId: ids.call, responsibleId: ids.bo, startAt: '2026-05-01T08:00:00Z', priority: ids.high });
    const undated = await create({ subject: 'odaterad', typeId: ids.call, responsibleId: ids.bo });
    const done = await create({ subject: 'klar', typeId: ids.call, responsibleId: ids.bo, startAt: '2026-04-01T08:00:00Z', done: true });
    await create({ subject: 'i kalendern', typeId: ids.visit, responsibleId: ids.bo, startAt: '2026-05-01T08:00:00Z' });
    const open = await asBo('GET', '/api/tasks?filter=open');
    expect(open.status).toBe(200);
    expect(open.body.items.map((x: any) => x.id)).toEqual([earlyHigh.id, earlyLow.id, late.id, undated.id]);
    expect(open.body.items[0]).toMatchObject({ overdue: true, priorityName: 'Hög', typeName: 'Telefon ut' });
    expect(open.body.items[3].overdue).toBe(false);
    const doneList = await asBo('GET', '/api/tasks?filter=done');
    expect(doneList.body.items.map((x: any) => x.id)).toEqual([done.id]);
    const all = await asBo('GET', '/api/tasks?filter=all');
    expect(all.body.items).toHaveLength(5);
    // An administrator can read another employee's list; Anna's own list does not hold Bo's.
    expect((await t.api('GET', `/api/tasks?filter=open&employeeId=${ids.bo}`)).body.items).toHaveLength(4);
    expect((await asAnna('GET', '/api/tasks?filter=all')).body.items.every((x: any) => x.id !== late.id)).toBe(true);
    // The user's default filter applies when none is given.
    await asBo('PATCH', '/api/me/settings', { taskFilter: 'done' });
    expect((await asBo('GET', '/api/tasks')).body.items.map((x: any) => x.id)).toEqual([done.id]);
    expect((await asBo('GET', '/api/tasks?filter=sometimes')).body.error.field).toBe('filter');
  });

  it('marks several done from the list, applying each company setting', async () => {
    const setRule = (endTimeOnDone: string) => t.api('PATCH', '/api/settings', { endTimeOnDone, doneStatusId: ids.doneStatus });
    const future = '2030-01-01T08:00:00.000Z';
    const past = '2020-01-01T08:00:00.000Z';
    await setRule('taskListOnly');
    const task = await create({ typeId: ids.call, responsibleId: ids.anna, startAt: past, endAt: '2020-01-01T08:15:00.000Z' });
    const meeting = await create({ typeId: ids.visit, responsibleId: ids.anna, startAt: past, endAt: '2020-01-01T09:00:00.000Z' });
    const t0 = Date.now();
    const r = await asAnna('POST', '/api/tasks/done', { ids: [task.id, meeting.id] });
    expect(r.status).toBe(200);
    const [a, b] = r.body.items;
    expect(a).toMatchObject({ done: true, statusId: ids.doneStatus });
    expect(Date.parse(a.endAt)).toBeGreaterThanOrEqual(t0 - 1000);
    expect(b).toMatchObject({ done: true, statusId: ids.doneStatus, endAt: meeting.endAt });

    await setRule('always');
    const m2 = await create({ typeId: ids.visit, responsibleId: ids.anna, startAt: past, endAt: '2020-01-01T09:00:00.000Z' });
    const f2 = await create({ typeId: ids.call, responsibleId: ids.anna, startAt: future });
    const r2 = await asAnna('POST', '/api/tasks/done', { ids: [m2.id, f2.id] });
    expect(Date.parse(r2.body.items[0].endAt)).toBeGreaterThanOrEqual(t0 - 1000);
    expect(r2.body.items[1].endAt).toBe(future); // ticked before its start: the end is the start

    await setRule('never');
    const t3 = await create({ typeId: ids.call, responsibleId: ids.anna, startAt: past, endAt: '2020-01-01T08:15:00.000Z' });
    const r3 = await asAnna('POST', '/api/tasks/done', { ids: [t3.id] });
    expect(r3.body.items[0].endAt).toBe('2020-01-01T08:15:00.000Z');

    // open again; an unknown id fails the whole request and changes nothing
    const undo = await asAnna('POST', '/api/tasks/done', { ids: [t3.id], done: false });
    expect(undo.body.items[0]).toMatchObject({ done: false, doneAt: null });
    const bad = await asAnna('POST', '/api/tasks/done', { ids: [t3.id, 99_999_999] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('ids[1]');
    expect((await t.api('GET', `/api/activities/${t3.id}`)).body.done).toBe(false);
    expect((await asAnna('POST', '/api/tasks/done', { ids: [] })).body.error.field).toBe('ids');
  });

  it('keeps user settings per user and checks their ids', async () => {
    const fresh = await asAnna('GET', '/api/me/settings');
    expect(fresh.body).toMatchObject({ calendarView: 'workWeek', taskFilter: 'open', commonEmployeeIds: [], hideDetailsFromOthers: false });
    const r = await asAnna('PATCH', '/api/me/settings', { calendarView: 'month', commonEmployeeIds: [ids.anna, ids.bo], commonResourceIds: [ids.room], commonZoom: 'workWeek', defaultTypeId: ids.visit });
    expect(r.status).toBe(200);
    expect((await asAnna('GET', '/api/me/settings')).body).toMatchObject({ calendarView: 'month', commonEmployeeIds: [ids.anna, ids.bo], commonResourceIds: [ids.room], commonZoom: 'workWeek', defaultTypeId: ids.visit });
    expect((await asBo('GET', '/api/me/settings')).body.calendarView).toBe('workWeek');
    const bad = await asAnna('PATCH', '/api/me/settings', { commonEmployeeIds: [ids.bo, 99_999] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('commonEmployeeIds[1]');
    expect((await asAnna('PATCH', '/api/me/settings', { calendarView: 'year' })).body.error.field).toBe('calendarView');
  });

  it('hides the details of a private user\'s activities from others but not from administrators or participants', async () => {
    await asAnna('PATCH', '/api/me/settings', { hideDetailsFromOthers: true });
    const secret = await create({ subject: 'Hemligt', notes: 'anteckning', typeId: ids.visit, responsibleId: ids.anna, contactIds: [ids.c1], startAt: '2026-12-21T09:00:00Z' });
    const shared = await create({ subject: 'Gemensamt', typeId: ids.visit, responsibleId: ids.anna, employeeIds: [ids.bo], startAt: '2026-12-21T11:00:00Z' });
    const q = `from=2026-12-21T00:00:00Z&to=2026-12-22T00:00:00Z&employeeIds=${ids.anna}`;
    const seenByBo = await calendar(asBo, q);
    expect(seenByBo.find((x) => x.id === secret.id)).toMatchObject({ subject: null, notes: null, contacts: [], hidden: true, startAt: '2026-12-21T09:00:00.000Z' });
    expect(seenByBo.find((x) => x.id === shared.id)).toMatchObject({ subject: 'Gemensamt', hidden: false });
    const seenByAdmin = await calendar(t.api, q);
    expect(seenByAdmin.find((x) => x.id === secret.id)).toMatchObject({ subject: 'Hemligt', notes: 'anteckning', hidden: false });
    expect(seenByAdmin.find((x) => x.id === secret.id).contacts).toEqual([{ id: ids.c1, name: 'Andersson & Hansson AB' }]);
    const own = await calendar(asAnna, 'from=2026-12-21T00:00:00Z&to=2026-12-22T00:00:00Z');
    expect(own.find((x) => x.id === secret.id)).toMatchObject({ subject: 'Hemligt', hidden: false });
    await asAnna('PATCH', '/api/me/settings', { hideDetailsFromOthers: false });
    expect((await calendar(asBo, q)).find((x) => x.id === secret.id).subject).toBe('Hemligt');
  });

  it('moves an activity to the task list when its type changes, and keeps a choice made with it', async () => {
    const a = await create({ typeId: ids.visit, responsibleId: ids.anna, startAt: '2026-12-22T09:00:00Z' });
    expect((await t.api('PATCH', `/api/activities/${a.id}`, { typeId: ids.call })).body.showInTaskList).toBe(true);
    expect((await t.api('PATCH', `/api/activities/${a.id}`, { typeId: ids.visit, showInTaskList: true })).body.showInTaskList).toBe(true);
  });
});
