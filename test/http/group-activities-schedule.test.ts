/**
 * Scheduling a group activity over real HTTP on both databases: the preview per responsible and
 * day, a batch that does not fit (finish 409, nothing written), widened until it does, the times
 * in each responsible's calendar without overlap and around existing busy time, a daylight-
 * saving-time week, "create the rest without a time", shared mode and bad input.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer, type TestServer } from '../support/http.js';
import { cityIs, seedContacts, seedEmployees, seedTypes, type ContactSpec } from './group-activities-fixtures.js';

async function draft(t: TestServer, mode: 'shared' | 'perContact', patch: Record<string, unknown>): Promise<number> {
  const id = (await t.api('POST', '/api/group-activities', { mode })).body.id as number;
  const r = await t.api('PATCH', `/api/group-activities/${id}`, patch);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return id;
}

const activityCount = async (t: TestServer) =>
  Number((await t.database.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describeEachServer('group activities: scheduling', (t) => {
  let am: number[] = [];
  let types: Awaited<ReturnType<typeof seedTypes>>;

  beforeAll(async () => {
    const { db } = t.database;
    am = await seedEmployees(db, [{ name: 'Anna' }, { name: 'Bertil' }]);
    const specs: ContactSpec[] = [];
    for (let i = 1; i <= 10; i++) specs.push({ number: 20000 + i, name: `Lund ${i}`, city: 'Lund', postal_code: `22${String(i).padStart(3, '0')}` });
    for (let i = 1; i <= 4; i++) specs.push({ number: 30000 + i, name: `Umeå ${i}`, city: 'Umeå', postal_code: `90${i}00` });
    await seedContacts(db, specs);
    types = await seedTypes(db);
    // Anna is busy Monday 8 March 2027 07:00–09:00 (UTC+1).
    const r = await t.api('POST', '/api/activities', { subject: 'möte', typeId: types.visit, responsibleId: am[0], startAt: '2027-03-08T06:00:00Z', endAt: '2027-03-08T08:00:00Z' });
    expect(r.status).toBe(201);
  });

  it('previews, refuses a batch that does not fit, and places it once the range is widened', async () => {
    const base = { from: '2027-03-08', to: '2027-03-08', durationMinutes: 60, maxPerDay: 3, bufferMinutes: 15 };
    const id = await draft(t, 'perContact', {
      selection: cityIs('Lund'), template: { subject: 'Besök', typeId: types.visit },
      distribution: { method: 'even', employeeIds: am }, schedule: base,
    });
    const got = await t.api('GET', `/api/group-activities/${id}`);
    expect(got.body.schedule).toMatchObject({ ...base, unplaced: 'refuse', keepOrder: true });
    const tight = await t.api('GET', `/api/group-activities/${id}/schedule`);
    expect(tight.status).toBe(200);
    expect(tight.body).toMatchObject({ placed: 6, unplacedCount: 4 });
    expect(tight.body.unplaced).toHaveLength(4);
    expect(tight.body.unplaced[0].reason).toBe('noFreeTime');
    expect(tight.body.perResponsible).toEqual([
      { employeeId: am[0], days: [{ date: '2027-03-08', count: 3 }] },
      { employeeId: am[1], days: [{ date: '2027-03-08', count: 3 }] },
    ]);
    const before = await activityCount(t);
    const refused = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.field).toBe('schedule');
    expect(refused.body.error.message).toContain('4 activities do not fit');
    expect(await activityCount(t)).toBe(before);
    expect((await t.api('GET', `/api/group-activities/${id}`)).body.status).toBe('draft');

    expect((await t.api('PATCH', `/api/group-activities/${id}`, { schedule: { ...base, to: '2027-03-09' } })).status).toBe(200);
    const wide = await t.api('GET', `/api/group-activities/${id}/schedule`);
    expect(wide.body).toMatchObject({ placed: 10, unplacedCount: 0, unplaced: [] });
    // The check report shows each contact's planned time.
    const check = await t.api('GET', `/api/group-activities/${id}/report?kind=contacts&format=csv&lang=sv&tz=Europe/Stockholm`);
    expect(check.status).toBe(200);
    const csv = typeof check.body === 'string' ? check.body : JSON.stringify(check.body);
    expect(csv).toContain('Planerad tid');
    expect(csv).toMatch(/2027-03-08 09:00|8 mars 2027 09:00|2027-03-08.{0,4}09:00/);
    const done = await t.api('POST', `/api/group-activities/${id}/finish`);
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    for (const who of am) {
      const cal = await t.api('GET', `/api/calendar?from=2027-03-07T23:00:00Z&to=2027-03-09T23:00:00Z&employeeIds=${who}`);
      const items = (cal.body.items as { startAt: string; endAt: string; subject: string }[]).sort((a, b) => a.startAt.localeCompare(b.startAt));
      const batch = items.filter((i) => i.subject === 'Besök');
      expect(batch).toHaveLength(5);
      for (let i = 1; i < items.length; i++) expect(Date.parse(items[i]!.startAt)).toBeGreaterThanOrEqual(Date.parse(items[i - 1]!.endAt));
      for (const b of batch) {
        const hour = new Date(b.startAt).getUTCHours() + 1; // Stockholm in March before DST: UTC+1
        expect(hour).toBeGreaterThanOrEqual(7);
        expect(Date.parse(b.endAt) - Date.parse(b.startAt)).toBe(3_600_000);
        expect(new Date(b.endAt).getUTCHours() + 1).toBeLessThanOrEqual(17);
      }
    }
    const anna = await t.api('GET', `/api/calendar?from=2027-03-07T23:00:00Z&to=2027-03-08T23:00:00Z&employeeIds=${am[0]}`);
    // Anna's first visit comes after her 07:00–09:00 meeting; buffers of 15 minutes between visits.
    expect((anna.body.items as any[]).filter((i) => i.subject === 'Besök').map((i) => i.startAt))
      .toEqual(['2027-03-08T08:00:00.000Z', '2027-03-08T09:15:00.000Z', '2027-03-08T10:30:00.000Z']);
  });

  it('keeps to local working hours across the autumn clock change, and skips Easter', async () => {
    // 2027: Good Friday 26 March and Easter Monday 29 March fall on both sides of the spring change.
    const easter = await draft(t, 'perContact', {
      selection: cityIs('Umeå'), responsibleId: am[1], template: { subject: 'Påsk' },
      schedule: { from: '2027-03-26', to: '2027-03-29', durationMinutes: 60, maxPerDay: 4 },
    });
    expect((await t.api('GET', `/api/group-activities/${easter}/schedule`)).body).toMatchObject({ placed: 0, unplacedCount: 4 });
    // Summer time ends Sunday 31 October 2027.
    const id = await draft(t, 'perContact', {
      selection: cityIs('Umeå'), responsibleId: am[1], template: { subject: 'Vintertid' },
      schedule: { from: '2027-10-29', to: '2027-11-01', durationMinutes: 600, maxPerDay: 1 },
    });
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(409);
    expect((await t.api('PATCH', `/api/group-activities/${id}`, { schedule: { from: '2027-10-29', to: '2027-11-03', durationMinutes: 600, maxPerDay: 1 } })).status).toBe(200);
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(200);
    const rows = await t.database.db.selectFrom('activities').select(['start_at', 'end_at']).where('subject', '=', 'Vintertid').orderBy('start_at').execute();
    expect(rows.map((r) => [r.start_at, r.end_at])).toEqual([
      ['2027-10-29T05:00:00.000Z', '2027-10-29T15:00:00.000Z'], // Friday, CEST
      ['2027-11-01T06:00:00.000Z', '2027-11-01T16:00:00.000Z'], // Monday, CET
      ['2027-11-02T06:00:00.000Z', '2027-11-02T16:00:00.000Z'],
      ['2027-11-03T06:00:00.000Z', '2027-11-03T16:00:00.000Z'],
    ]);
  });

  it('keeps every activity inside a linked employee\'s free time and own weekday hours', async () => {
    // Bertil, linked to every visit, works Mondays 08:00–14:00 only and has a meeting 08:00–10:00
    // on Monday 5 April 2027 (CEST, UTC+2); Anna, the responsible, is free all day.
    const hours = { days: [1, 2, 3, 4, 5], start: '07:00', end: '17:00', dayHours: [{ day: 1, start: '08:00', end: '14:00' }] };
    const put = await t.api('PUT', `/api/scheduling/employees/${am[1]}/hours`, { hours });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.own).toEqual(hours);
    const busy = await t.api('POST', '/api/activities', { subject: 'Bertils möte', typeId: types.visit, responsibleId: am[1], startAt: '2027-04-05T06:00:00Z', endAt: '2027-04-05T08:00:00Z' });
    expect(busy.status).toBe(201);
    const id = await draft(t, 'perContact', {
      selection: cityIs('Umeå'), responsibleId: am[0], template: { subject: 'Med Bertil', employeeIds: [am[1]] },
      schedule: { from: '2027-04-05', to: '2027-04-05', durationMinutes: 60, maxPerDay: 6 },
    });
    expect((await t.api('GET', `/api/group-activities/${id}/schedule`)).body).toMatchObject({ placed: 4, unplacedCount: 0 });
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(200);
    const rows = await t.database.db.selectFrom('activities').select(['start_at']).where('subject', '=', 'Med Bertil').orderBy('start_at').execute();
    expect(rows.map((r) => r.start_at)).toEqual(['2027-04-05T08:00:00.000Z', '2027-04-05T09:00:00.000Z', '2027-04-05T10:00:00.000Z', '2027-04-05T11:00:00.000Z']);
    const bad = await t.api('PUT', `/api/scheduling/employees/${am[1]}/hours`, { hours: { ...hours, days: [2, 3], dayHours: [{ day: 1, start: '08:00', end: '14:00' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('hours.dayHours[0].day');
    expect((await t.api('PUT', `/api/scheduling/employees/${am[1]}/hours`, { hours: null })).status).toBe(200);
  });

  it('takes the length from the type\'s default duration: the card\'s end and the schedule\'s default', async () => {
    const type = await t.api('POST', '/api/activity-types', { name: 'Långt besök', defaultDurationMinutes: 90 });
    expect(type.status).toBe(201);
    expect(type.body.defaultDurationMinutes).toBe(90);
    const one = await t.api('POST', '/api/activities', { subject: 'Ett', typeId: type.body.id, responsibleId: am[0], startAt: '2027-06-01T07:00:00Z' });
    expect(one.body.endAt).toBe('2027-06-01T08:30:00.000Z');
    const id = await draft(t, 'perContact', {
      selection: cityIs('Umeå'), responsibleId: am[0], template: { subject: 'Typlängd', typeId: type.body.id },
      schedule: { from: '2027-06-02', to: '2027-06-04' },
    });
    expect((await t.api('GET', `/api/group-activities/${id}`)).body.schedule.durationMinutes).toBe(90);
    const bad = await t.api('PATCH', `/api/activity-types/${type.body.id}`, { defaultDurationMinutes: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('defaultDurationMinutes');
  });

  it('creates what does not fit without a time when asked to', async () => {
    const id = await draft(t, 'perContact', {
      selection: cityIs('Umeå'), responsibleId: am[0], template: { subject: 'Utan tid', startAt: '2027-05-03T08:00:00Z' },
      schedule: { from: '2027-05-03', to: '2027-05-03', durationMinutes: 240, maxPerDay: 5, unplaced: 'withoutTime' },
    });
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(200);
    const rows = await t.database.db.selectFrom('activities').select(['start_at']).where('subject', '=', 'Utan tid').orderBy('id').execute();
    expect(rows.map((r) => r.start_at)).toEqual(['2027-05-03T05:00:00.000Z', '2027-05-03T09:00:00.000Z', null, null]);
  });

  it('shared mode: one activity at the next time all its people are free', async () => {
    const id = await draft(t, 'shared', {
      selection: cityIs('Umeå'), responsibleId: am[0], template: { subject: 'Gemensamt', employeeIds: [am[1]] },
      schedule: { from: '2027-03-08', to: '2027-03-12', durationMinutes: 60 },
    });
    const p = await t.api('GET', `/api/group-activities/${id}/schedule`);
    expect(p.body).toMatchObject({ placed: 1, unplacedCount: 0 });
    expect(Date.parse(p.body.startAt)).toBeGreaterThanOrEqual(Date.parse('2027-03-08T08:00:00Z'));
    expect((await t.api('POST', `/api/group-activities/${id}/finish`)).status).toBe(200);
    const row = await t.database.db.selectFrom('activities').select(['start_at']).where('subject', '=', 'Gemensamt').executeTakeFirstOrThrow();
    expect(row.start_at).toBe(p.body.startAt);
  });

  it('refuses a bad schedule with 400 naming the field', async () => {
    const id = await draft(t, 'perContact', { selection: cityIs('Lund') });
    const bad = async (schedule: unknown, field: string) => {
      const r = await t.api('PATCH', `/api/group-activities/${id}`, { schedule });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.field).toBe(field);
    };
    await bad({ from: '2027-02-30', to: '2027-03-01' }, 'schedule.from');
    await bad({ from: '2027-03-05', to: '2027-03-01' }, 'schedule.to');
    await bad({ from: '2027-03-01', to: '2028-12-01' }, 'schedule.to');
    await bad({ from: '2027-03-01', to: '2027-03-05', maxPerDay: 0 }, 'schedule.maxPerDay');
    await bad({ from: '2027-03-01', to: '2027-03-05', bufferMinutes: -5 }, 'schedule.bufferMinutes');
    await bad({ from: '2027-03-01', to: '2027-03-05', unplaced: 'maybe' }, 'schedule.unplaced');
    const none = await t.api('GET', `/api/group-activities/${id}/schedule`);
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('schedule');
  });
});
