/**
 * Next free time and working time over real HTTP on both databases: busy, out and free
 * activities, an activity without a type, a booked resource, an all-day absence, a holiday, a
 * per-employee override, a daylight-saving-time week, and the bad-input answers.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { systemClock } from '../../src/app/ports/clock.js';

const now = () => new Date().toISOString();

describeEachServer('scheduling: next free time', (t) => {
  const ids = {} as { anna: number; bo: number; busy: number; out: number; free: number; room: number };
  let userToken = '';

  beforeAll(async () => {
    const db = t.database.db as any;
    const ts = { created_at: now(), updated_at: now() };
    const ins = async (table: string, values: any) => Number((await db.insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()).id);
    ids.anna = await ins('employees', { name: 'Anna Ek', name_key: 'a', email: 'anna@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
    ids.bo = await ins('employees', { name: 'Bo Berg', name_key: 'b', email: 'bo@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
    ids.busy = await ins('activity_types', { name: 'Besök', list: 'calendar', color: null, show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts });
    ids.out = await ins('activity_types', { name: 'Semester', list: 'calendar', color: null, show_time_as: 'out', requires_responsible: 0, inactive: 0, ...ts });
    ids.free = await ins('activity_types', { name: 'Påminnelse', list: 'calendar', color: null, show_time_as: 'free', requires_responsible: 0, inactive: 0, ...ts });
    ids.room = await ins('resources', { name: 'Stora rummet', ...ts });
    userToken = await createApiToken(t.store, systemClock, { employeeId: ids.anna });
  });

  const create = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/activities', body);
    expect(r.status).toBe(201);
    return r.body as { id: number };
  };
  const nextFree = async (body: Record<string, unknown>) => {
    const r = await t.api('POST', '/api/scheduling/next-free', body);
    expect(r.status).toBe(200);
    return r.body as { startAt: string | null; endAt: string | null; reason?: string };
  };

  it('skips busy and out time of the responsible and linked employees, not free time', async () => {
    // Monday 7 December 2026, Stockholm = UTC+1; working day 06:00–16:00 UTC.
    await create({ subject: 'besök', typeId: ids.busy, responsibleId: ids.anna, startAt: '2026-12-07T06:00:00Z', endAt: '2026-12-07T08:00:00Z' });
    await create({ subject: 'påminnelse', typeId: ids.free, responsibleId: ids.anna, startAt: '2026-12-07T08:00:00Z', endAt: '2026-12-07T12:00:00Z' });
    await create({ subject: 'utan typ', responsibleId: ids.bo, startAt: '2026-12-07T08:00:00Z', endAt: '2026-12-07T09:00:00Z' });
    await create({ subject: 'ledig', typeId: ids.out, responsibleId: ids.bo, employeeIds: [ids.anna], startAt: '2026-12-07T09:00:00Z', endAt: '2026-12-07T10:30:00Z' });
    const annaAlone = await nextFree({ employeeIds: [ids.anna], durationMinutes: 60, earliest: '2026-12-07T06:00:00Z' });
    expect(annaAlone).toEqual({ startAt: '2026-12-07T08:00:00.000Z', endAt: '2026-12-07T09:00:00.000Z' });
    const both = await nextFree({ employeeIds: [ids.anna, ids.bo], durationMinutes: 60, earliest: '2026-12-07T06:00:00Z' });
    expect(both).toEqual({ startAt: '2026-12-07T10:30:00.000Z', endAt: '2026-12-07T11:30:00.000Z' });
  });

  it('waits for a booked resource and leaves the planned activity itself out', async () => {
    const booking = await create({ subject: 'rummet', typeId: ids.busy, responsibleId: ids.bo, resourceIds: [ids.room], startAt: '2026-12-08T06:00:00Z', endAt: '2026-12-08T12:00:00Z' });
    const r = await nextFree({ employeeIds: [ids.anna], resourceIds: [ids.room], durationMinutes: 90, earliest: '2026-12-08T06:00:00Z' });
    expect(r).toEqual({ startAt: '2026-12-08T12:00:00.000Z', endAt: '2026-12-08T13:30:00.000Z' });
    const itself = await nextFree({ employeeIds: [ids.bo], resourceIds: [ids.room], durationMinutes: 90, earliest: '2026-12-08T06:00:00Z', excludeActivityId: booking.id });
    expect(itself.startAt).toBe('2026-12-08T06:00:00.000Z');
  });

  it('skips an all-day absence, weekends, Christmas and New Year, and honours an employee\'s own hours', async () => {
    await create({ subject: 'kurs', typeId: ids.out, responsibleId: ids.anna, allDay: true, startAt: '2026-12-22T23:00:00Z', endAt: '2026-12-23T23:00:00Z' });
    const r = await nextFree({ employeeIds: [ids.anna], durationMinutes: 60, earliest: '2026-12-23T06:00:00Z' });
    expect(r.startAt).toBe('2026-12-28T06:00:00.000Z'); // 24–27 Dec: Christmas Eve, Day, Boxing Day, weekend
    const put = await t.api('PUT', `/api/scheduling/employees/${ids.bo}/hours`, { hours: { days: [2, 3, 4], start: '09:00', end: '12:00' } });
    expect(put.status).toBe(200);
    const bo = await nextFree({ employeeIds: [ids.bo], durationMinutes: 60, earliest: '2026-12-31T06:00:00Z' });
    expect(bo.startAt).toBe('2027-01-05T08:00:00.000Z'); // 31 Dec closed, 1 Jan holiday, Monday off, Tuesday 09:00
    await t.api('PUT', `/api/scheduling/employees/${ids.bo}/hours`, { hours: null });
  });

  it('keeps to local working hours in the week of the spring clock change', async () => {
    const friday = await nextFree({ employeeIds: [], durationMinutes: 60, earliest: '2026-03-27T15:30:00Z' });
    expect(friday.startAt).toBe('2026-03-30T05:00:00.000Z'); // Monday 07:00 CEST
    const late = await nextFree({ employeeIds: [], durationMinutes: 60, earliest: '2026-03-30T14:30:00Z' });
    expect(late.startAt).toBe('2026-03-31T05:00:00.000Z');
  });

  it('answers null with a reason when nothing fits the horizon', async () => {
    await create({ subject: 'tjänstledig', typeId: ids.out, responsibleId: ids.bo, allDay: true, startAt: '2027-02-28T23:00:00Z', endAt: '2027-03-31T22:00:00Z' });
    expect(await nextFree({ employeeIds: [ids.bo], durationMinutes: 60, earliest: '2027-03-01T06:00:00Z', horizonDays: 10 }))
      .toEqual({ startAt: null, endAt: null, reason: 'noFreeTime' });
    expect(await nextFree({ employeeIds: [ids.bo], durationMinutes: 12 * 60, earliest: '2027-03-01T06:00:00Z' }))
      .toEqual({ startAt: null, endAt: null, reason: 'longerThanWorkingDay' });
  });

  it('refuses bad input with 400 naming the field', async () => {
    const bad = async (body: unknown, field: string) => {
      const r = await t.api('POST', '/api/scheduling/next-free', body);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe(field);
    };
    await bad({ durationMinutes: 60, earliest: 'tomorrow' }, 'earliest');
    await bad({ durationMinutes: 0, earliest: '2026-12-07T06:00:00Z' }, 'durationMinutes');
    await bad({ durationMinutes: 60, earliest: '2026-12-07T06:00:00Z', horizonDays: 0 }, 'horizonDays');
    await bad({ employeeIds: [ids.anna, 999999], durationMinutes: 60, earliest: '2026-12-07T06:00:00Z' }, 'employeeIds[1]');
    await bad({ resourceIds: [999999], durationMinutes: 60, earliest: '2026-12-07T06:00:00Z' }, 'resourceIds[0]');
    await bad({ durationMinutes: 60, earliest: '2026-12-07T06:00:00Z', start: 'x' }, 'start');
  });

  it('lets an administrator edit the closed days, and computes them for any year', async () => {
    const y2027 = await t.api('GET', '/api/scheduling/non-working-days?year=2027');
    expect(y2027.body.items.find((d: any) => d.key === 'midsummerEve').date).toBe('2027-06-25');
    expect(y2027.body.items.find((d: any) => d.key === 'goodFriday').date).toBe('2027-03-26');
    const user = await t.api('PUT', '/api/scheduling/working-time', { openDays: ['2027-12-24'] }, { token: userToken });
    expect(user.status).toBe(403);
    const put = await t.api('PUT', '/api/scheduling/working-time', { openDays: ['2027-12-24'], closedDays: [{ date: '2027-12-27', name: 'Inventering' }] });
    expect(put.status).toBe(200);
    const after = (await t.api('GET', '/api/scheduling/non-working-days?year=2027')).body.items as any[];
    expect(after.map((d) => d.date)).not.toContain('2027-12-24');
    expect(after.find((d) => d.date === '2027-12-27')).toMatchObject({ kind: 'company', name: 'Inventering' });
    const hours = await t.api('PUT', '/api/scheduling/working-time', { hours: { days: [1, 2, 3, 4, 5], start: '17:00', end: '08:00' } });
    expect(hours.status).toBe(400);
    expect(hours.body.error.field).toBe('hours.end');
    await t.api('PUT', '/api/scheduling/working-time', { openDays: [], closedDays: [] });
  });
});
