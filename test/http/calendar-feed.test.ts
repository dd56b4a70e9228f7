/**
 * Calendar feeds and single-activity .ics over real HTTP on both databases, parsed back with
 * ical.js: times in the company's zone with its VTIMEZONE, all-day dates, stable UIDs, SEQUENCE
 * that grows with an edit, the task list left out, and a revoked secret answering 404.
 */
import { beforeAll, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { describeEachServer } from '../support/http.js';

const now = () => new Date().toISOString();

function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents('vtimezone');
  for (const z of zones) ICAL.TimezoneService.register(z);
  return { cal, zones, events: cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}

describeEachServer('calendar feeds', (t) => {
  const ids = {} as { visit: number; call: number; c1: number; me: number };
  const soon = (days: number, hhmm: string) => {
    const d = new Date(Date.now() + days * 86_400_000);
    return `${d.toISOString().slice(0, 10)}T${hhmm}:00`;
  };

  beforeAll(async () => {
    const db = t.database.db as any;
    const ts = { created_at: now(), updated_at: now() };
    const ins = async (table: string, values: any) => Number((await db.insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()).id);
    ids.visit = await ins('activity_types', { name: 'Besök', list: 'calendar', show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts });
    ids.call = await ins('activity_types', { name: 'Telefon ut', list: 'taskList', show_time_as: 'free', requires_responsible: 0, inactive: 0, ...ts });
    ids.c1 = await ins('contacts', { number: 1, name: 'Andersson & Hansson AB', name_key: 'a', ...ts });
    ids.me = (await t.api('GET', '/api/auth/me')).body.employee.id;
  });

  it('creates a private feed whose URL serves the calendar in the company time zone, and revokes it', async () => {
    const created = await t.api('POST', '/api/calendar/feeds', { name: 'Telefonen' });
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(new RegExp(`^${t.baseUrl}/api/calendar/feed/[A-Za-z0-9_-]{20,}\\.ics$`));
    const list = await t.api('GET', '/api/calendar/feeds');
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.body.id, name: 'Telefonen' })]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.url.split('/').pop().replace('.ics', ''));

    const startLocal = soon(3, '09:00');
    const visit = (await t.api('POST', '/api/activities', {
      subject: 'Besök hos kund', typeId: ids.visit, responsibleId: ids.me, contactIds: [ids.c1], startAt: new Date(`${startLocal}+01:00`).toISOString(),
    })).body;
    const allDayStart = soon(5, '00:00');
    const fair = (await t.api('POST', '/api/activities', {
      subject: 'Mässa', typeId: ids.visit, responsibleId: ids.me, allDay: true,
      startAt: new Date(`${allDayStart}+01:00`).toISOString(), endAt: new Date(Date.parse(`${allDayStart}+01:00`) + 2 * 86_400_000).toISOString(),
    })).body;
    const task = (await t.api('POST', '/api/activities', { subject: 'Ring', typeId: ids.call, responsibleId: ids.me, startAt: new Date().toISOString() })).body;

    const res = await fetch(created.body.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const first = events(await res.text());
    expect(first.zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
    const ev = first.events.find((x) => x.e.summary.startsWith('Besök hos kund'))!;
    expect(ev.e.summary).toBe('Besök hos kund – Andersson & Hansson AB');
    expect(ev.v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
    expect(ev.e.startDate.toJSDate().toISOString()).toBe(visit.startAt);
    expect(ev.e.endDate.toJSDate().toISOString()).toBe(visit.endAt);
    const fairEv = first.events.find((x) => x.e.summary === 'Mässa')!;
    expect(fairEv.e.startDate.isDate).toBe(true);
    expect(fairEv.e.startDate.toString()).toBe(allDayStart.slice(0, 10));
    expect(first.events.some((x) => x.e.summary === 'Ring')).toBe(false);
    void fair; void task;

    // An edit keeps the UID and raises SEQUENCE and LAST-MODIFIED.
    await new Promise((r) => setTimeout(r, 1100));
    await t.api('PATCH', `/api/activities/${visit.id}`, { subject: 'Besök flyttat', startAt: new Date(`${soon(4, '10:00')}+01:00`).toISOString() });
    const second = events(await (await fetch(created.body.url)).text());
    const moved = second.events.find((x) => x.e.summary.startsWith('Besök flyttat'))!;
    expect(moved.e.uid).toBe(ev.e.uid);
    expect(moved.e.sequence).toBeGreaterThan(ev.e.sequence);
    expect(moved.v.getFirstPropertyValue('last-modified')!.toString() > ev.v.getFirstPropertyValue('last-modified')!.toString()).toBe(true);

    expect((await t.api('DELETE', `/api/calendar/feeds/${created.body.id}`)).status).toBe(204);
    expect((await fetch(created.body.url)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/calendar/feed/not-a-real-secret-at-all.ics`)).status).toBe(404);
    expect((await t.api('DELETE', `/api/calendar/feeds/${created.body.id}`)).status).toBe(404);
  });

  it('builds the feed URL from the public URL company setting', async () => {
    expect((await t.api('PATCH', '/api/settings', { publicUrl: 'https://crm.example.se/' })).body.publicUrl).toBe('https://crm.example.se');
    const created = await t.api('POST', '/api/calendar/feeds', {});
    expect(created.body.url).toMatch(/^https:\/\/crm\.example\.se\/api\/calendar\/feed\/.+\.ics$/);
    expect((await t.api('PATCH', '/api/settings', { publicUrl: 'ftp://x' })).body.error.field).toBe('publicUrl');
    expect((await t.api('PATCH', '/api/settings', { timeZone: 'Mars/Olympus' })).body.error.field).toBe('timeZone');
    await t.api('PATCH', '/api/settings', { publicUrl: null });
  });

  it('downloads one activity as .ics in the company time zone', async () => {
    await t.api('PATCH', '/api/settings', { timeZone: 'Europe/Helsinki' });
    const a = (await t.api('POST', '/api/activities', { subject: 'Möte', typeId: ids.visit, startAt: '2026-07-01T07:00:00Z' })).body;
    const res = await fetch(`${t.baseUrl}/api/activities/${a.id}/ics`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`activity-${a.number}.ics`);
    const parsed = events(await res.text());
    expect(parsed.cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed.events).toHaveLength(1);
    const e = parsed.events[0]!;
    expect(e.v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Helsinki');
    expect(e.e.startDate.toString()).toBe('2026-07-01T10:00:00');
    expect(e.e.startDate.toJSDate().toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect((await fetch(`${t.baseUrl}/api/activities/${a.id}/ics`)).status).toBe(401);
    await t.api('PATCH', '/api/settings', { timeZone: 'Europe/Stockholm' });
  });
});
