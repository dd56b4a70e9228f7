import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkedUnavailable, planBatch, type PlanInput } from './plan-batch.js';
import { nextFree } from './next-free.js';
import { busyIntervals } from './busy.js';
import { checkHours, closedDateSet, DEFAULT_HOURS, DEFAULT_WORKING_TIME, windowsOf, type WorkingHours } from './working-time.js';
import { normalize, overlaps, subtract, type Interval } from './intervals.js';
import { localDateOf, zonedToUtc } from '../time/zoned-time.js';

const ZONE = 'Europe/Stockholm';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const closed = (from: string, to: string) => closedDateSet(DEFAULT_WORKING_TIME, from, to);

describe('working time in the company zone', () => {
  it('is 07:00–17:00 local on both sides of the spring and autumn clock changes', () => {
    const w = windowsOf(DEFAULT_HOURS, new Set(), ZONE, '2026-03-27', '2026-03-30');
    expect(w.map((d) => [d.date, iso(d.start), iso(d.end)])).toEqual([
      ['2026-03-27', '2026-03-27T06:00:00.000Z', '2026-03-27T16:00:00.000Z'], // CET
      ['2026-03-30', '2026-03-30T05:00:00.000Z', '2026-03-30T15:00:00.000Z'], // CEST after Sunday 29 March
    ]);
    const autumn = windowsOf(DEFAULT_HOURS, new Set(), ZONE, '2026-10-23', '2026-10-26');
    expect(autumn.map((d) => iso(d.start))).toEqual(['2026-10-23T05:00:00.000Z', '2026-10-26T06:00:00.000Z']);
  });

  it('gives a weekday its own hours (Fridays 08–12) and refuses hours for a day off', () => {
    const h = checkHours({ days: [1, 2, 3, 4, 5], start: '07:00', end: '16:00', dayHours: [{ day: 5, start: '08:00', end: '12:00' }, { day: 1, start: '07:00', end: '16:00' }] }, 'hours');
    expect(h.dayHours).toEqual([{ day: 5, start: '08:00', end: '12:00' }]);
    const w = windowsOf(h, new Set(), ZONE, '2026-12-03', '2026-12-07');
    expect(w.map((d) => [d.date, iso(d.start), iso(d.end)])).toEqual([
      ['2026-12-03', '2026-12-03T06:00:00.000Z', '2026-12-03T15:00:00.000Z'],
      ['2026-12-04', '2026-12-04T07:00:00.000Z', '2026-12-04T11:00:00.000Z'],
      ['2026-12-07', '2026-12-07T06:00:00.000Z', '2026-12-07T15:00:00.000Z'],
    ]);
    expect(() => checkHours({ days: [1, 2, 3, 4], start: '07:00', end: '16:00', dayHours: [{ day: 5, start: '08:00', end: '12:00' }] }, 'hours')).toThrow(/working day/);
    expect(() => checkHours({ days: [5], start: '07:00', end: '16:00', dayHours: [{ day: 5, start: '12:00', end: '08:00' }] }, 'hours')).toThrow(/end after/);
  });

  it('skips weekends, holidays and office-closed days', () => {
    const w = windowsOf(DEFAULT_HOURS, closed('2026-12-21', '2027-01-08'), ZONE, '2026-12-21', '2027-01-08');
    expect(w.map((d) => d.date)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-28', '2026-12-29', '2026-12-30',
      '2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08']);
  });

  it('blocks the whole local day for an all-day busy activity, and not at all for a free one', () => {
    const busy = busyIntervals([
      { startAt: '2026-06-01T22:00:00.000Z', endAt: '2026-06-02T22:00:00.000Z', allDay: true, showTimeAs: 'out' },
      { startAt: '2026-06-03T08:00:00.000Z', endAt: '2026-06-03T09:00:00.000Z', allDay: false, showTimeAs: 'free' },
    ], ZONE, 60);
    expect(busy.map((b) => [iso(b.start), iso(b.end)])).toEqual([['2026-06-01T22:00:00.000Z', '2026-06-02T22:00:00.000Z']]);
  });
});

describe('next free time', () => {
  const base = { zone: ZONE, horizonDays: 60, companyHours: DEFAULT_HOURS, resourceBusy: [] as Interval[][] };

  it('finds the first gap of everyone, past busy time, on the next working day when today is full', () => {
    const a = { hours: DEFAULT_HOURS, busy: [{ start: at('2026-12-01T06:00:00Z'), end: at('2026-12-01T09:00:00Z') }] };
    const b = { hours: DEFAULT_HOURS, busy: [{ start: at('2026-12-01T09:30:00Z'), end: at('2026-12-01T15:30:00Z') }] };
    const r = nextFree({ ...base, earliest: at('2026-12-01T06:00:00Z'), durationMinutes: 60, closed: closed('2026-12-01', '2027-02-01'), people: [a, b] });
    expect([iso(r.start!), iso(r.end!)]).toEqual(['2026-12-02T06:00:00.000Z', '2026-12-02T07:00:00.000Z']);
    const half = nextFree({ ...base, earliest: at('2026-12-01T06:00:00Z'), durationMinutes: 30, closed: new Set(), people: [a, b] });
    expect(iso(half.start!)).toBe('2026-12-01T09:00:00.000Z');
  });

  it('rounds the start up to a quarter hour and honours a part-time override', () => {
    const fridaysOff: WorkingHours = { days: [1, 2, 3, 4], start: '08:00', end: '12:00' };
    const r = nextFree({ ...base, earliest: at('2026-12-03T10:07:00Z'), durationMinutes: 60, closed: new Set(), people: [{ hours: fridaysOff, busy: [] }] });
    expect(iso(r.start!)).toBe('2026-12-07T07:00:00.000Z'); // Thursday 11:15 leaves 45 min; Friday off; Monday 08:00
  });

  it('says why when nothing fits', () => {
    const longer = nextFree({ ...base, earliest: at('2026-12-01T06:00:00Z'), durationMinutes: 11 * 60, closed: new Set(), people: [] });
    expect(longer).toEqual({ start: null, end: null, reason: 'longerThanWorkingDay' });
    const full = nextFree({ ...base, horizonDays: 3, earliest: at('2026-12-01T06:00:00Z'), durationMinutes: 60, closed: new Set(),
      people: [], resourceBusy: [[{ start: at('2026-11-30T00:00:00Z'), end: at('2026-12-31T00:00:00Z') }]] });
    expect(full).toEqual({ start: null, end: null, reason: 'noFreeTime' });
  });
});

/** A random batch over 1–4 people, with random existing busy time, placed over a few weeks. */
const scenario = fc.record({
  from: fc.constantFrom('2026-03-23', '2026-10-19', '2026-12-14', '2027-06-14'),
  weeks: fc.integer({ min: 1, max: 3 }),
  people: fc.integer({ min: 1, max: 4 }),
  items: fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { freq: 8 }), { maxLength: 120 }),
  busy: fc.array(fc.record({ who: fc.integer({ min: 1, max: 4 }), day: fc.integer({ min: 0, max: 20 }), hour: fc.integer({ min: 5, max: 18 }), minutes: fc.integer({ min: 15, max: 600 }) }), { maxLength: 40 }),
  duration: fc.integer({ min: 15, max: 240 }),
  maxPerDay: fc.integer({ min: 1, max: 8 }),
  buffer: fc.constantFrom(0, 10, 15, 30),
  keepOrder: fc.boolean(),
  hours: fc.constantFrom<WorkingHours>(DEFAULT_HOURS, { days: [1, 2, 3, 4], start: '08:00', end: '12:00' }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { input: PlanInput; to: string } {
  const to = new Date(Date.parse(`${s.from}T00:00:00Z`) + (s.weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10);
  const closedDays = closed(s.from, to);
  const people = new Map<number, { windows: ReturnType<typeof windowsOf>; busy: Interval[] }>();
  for (let p = 1; p <= s.people; p++) {
    const busy = s.busy.filter((b) => b.who === p).map((b) => {
      const day = new Date(Date.parse(`${s.from}T00:00:00Z`) + b.day * 86_400_000).toISOString().slice(0, 10);
      const start = zonedToUtc(ZONE, day, b.hour * 60);
      return { start, end: start + b.minutes * 60_000 };
    });
    people.set(p, { windows: windowsOf(p === 1 ? s.hours : DEFAULT_HOURS, closedDays, ZONE, s.from, to), busy });
  }
  const items = s.items.map((r, i) => ({ key: i + 1, responsibleId: r }));
  return { to, input: { items, people, linkedBusy: [], hasLinks: false, durationMinutes: s.duration, maxPerDay: s.maxPerDay, bufferMinutes: s.buffer, keepOrder: s.keepOrder } };
}

describe('batch placement (properties)', () => {
  it('never overlaps busy time or itself, stays in working time and the range, keeps the daily maximum, accounts for every item', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { input, to } = build(s);
      const out = planBatch(input);
      expect(out.placed.length + out.unplaced.length).toBe(input.items.length);
      expect(new Set([...out.placed.map((p) => p.key), ...out.unplaced.map((u) => u.key)]).size).toBe(input.items.length);
      for (const [id, person] of input.people) {
        const mine = out.placed.filter((p) => p.responsibleId === id).sort((a, b) => a.start - b.start);
        for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBeGreaterThanOrEqual(mine[i - 1]!.end + s.buffer * 60_000);
        for (const p of mine) {
          expect(p.end - p.start).toBe(s.duration * 60_000);
          expect(person.busy.some((b) => overlaps(b, p))).toBe(false);
          const w = person.windows.find((d) => d.date === p.date)!;
          expect(p.start >= w.start && p.end <= w.end).toBe(true);
          expect(localDateOf(ZONE, p.start)).toBe(p.date);
          expect(p.date >= s.from && p.date <= to).toBe(true);
        }
        const perDay = new Map<string, number>();
        for (const p of mine) perDay.set(p.date, (perDay.get(p.date) ?? 0) + 1);
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(s.maxPerDay);
        const reported = out.perResponsible.find((r) => r.employeeId === id)?.days ?? [];
        expect(Object.fromEntries(reported.map((d) => [d.date, d.count]))).toEqual(Object.fromEntries(perDay));
      }
      for (const p of out.placed) expect(closed(s.from, to).has(p.date)).toBe(false);
      expect(planBatch(build(s).input)).toEqual(out);
    }), { numRuns: 150 });
  });

  it('keeps each person\'s list order in time when asked to', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { input } = build({ ...s, keepOrder: true });
      const out = planBatch(input);
      for (const id of input.people.keys()) {
        const mine = out.placed.filter((p) => p.responsibleId === id);
        for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBeGreaterThan(mine[i - 1]!.start);
      }
    }), { numRuns: 80 });
  });

  it('books a shared resource once at a time across people', () => {
    const days = windowsOf(DEFAULT_HOURS, new Set(), ZONE, '2026-12-07', '2026-12-07');
    const people = new Map([[1, { windows: days, busy: [] }], [2, { windows: days, busy: [] }]]);
    const room = [{ start: at('2026-12-07T06:00:00Z'), end: at('2026-12-07T07:00:00Z') }];
    const out = planBatch({ items: [1, 2, 1, 2].map((r, i) => ({ key: i, responsibleId: r })), people, linkedBusy: room, hasLinks: true,
      durationMinutes: 60, maxPerDay: 5, bufferMinutes: 0, keepOrder: true });
    const all = normalize(out.placed.map((p) => ({ start: p.start, end: p.end })));
    expect(all).toHaveLength(1); // back to back, never at the same time
    expect([...out.placed].sort((a, b) => a.key - b.key).map((p) => iso(p.start))).toEqual(['2026-12-07T07:00:00.000Z', '2026-12-07T09:00:00.000Z', '2026-12-07T08:00:00.000Z', '2026-12-07T10:00:00.000Z']);
    expect(subtract(room, all)).toEqual(room);
  });

  it('never places over a linked employee\'s busy or non-working time, and books them once at a time', () => {
    fc.assert(fc.property(scenario, fc.array(fc.record({ day: fc.integer({ min: 0, max: 20 }), hour: fc.integer({ min: 6, max: 16 }), minutes: fc.integer({ min: 15, max: 300 }) }), { maxLength: 12 }), (s, colleagueBusy) => {
      const { input, to } = build(s);
      const colleague = {
        windows: windowsOf({ days: [1, 2, 3, 4, 5], start: '09:00', end: '15:00' }, closed(s.from, to), ZONE, s.from, to),
        busy: colleagueBusy.map((b) => {
          const start = zonedToUtc(ZONE, new Date(Date.parse(`${s.from}T00:00:00Z`) + b.day * 86_400_000).toISOString().slice(0, 10), b.hour * 60);
          return { start, end: start + b.minutes * 60_000 };
        }),
      };
      const range = { start: zonedToUtc(ZONE, s.from, 0), end: zonedToUtc(ZONE, to, 1440) };
      const out = planBatch({ ...input, linkedBusy: linkedUnavailable(range, [colleague]), hasLinks: true });
      expect(out.placed.length + out.unplaced.length).toBe(input.items.length);
      for (const p of out.placed) {
        expect(colleague.busy.some((b) => overlaps(b, p))).toBe(false);
        expect(colleague.windows.some((w) => p.start >= w.start && p.end <= w.end)).toBe(true);
      }
      const all = [...out.placed].sort((a, b) => a.start - b.start);
      for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    }), { numRuns: 100 });
  });

  it('reports who has no responsible and what is longer than a working day', () => {
    const days = windowsOf(DEFAULT_HOURS, new Set(), ZONE, '2026-12-07', '2026-12-08');
    const out = planBatch({ items: [{ key: 1, responsibleId: null }, { key: 2, responsibleId: 1 }], people: new Map([[1, { windows: days, busy: [] }]]),
      linkedBusy: [], hasLinks: false, durationMinutes: 11 * 60, maxPerDay: 5, bufferMinutes: 0, keepOrder: true });
    expect(out.unplaced).toEqual([{ key: 1, reason: 'noResponsible' }, { key: 2, reason: 'longerThanWorkingDay' }]);
  });
});
