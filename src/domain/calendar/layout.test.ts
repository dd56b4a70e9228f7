import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLanes } from './layout.js';
import { conflicts, hideDetails, mustHide, overlaps, type CalendarItem } from './calendar-item.js';

describe('side-by-side layout', () => {
  it('never puts two overlapping items in the same lane, and a lone item takes the whole width', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 240 })), { maxLength: 40 }), (spans) => {
      const items = spans.map(([start, len], id) => ({ id, start, end: start + len }));
      const placed = layoutLanes(items, (i) => ({ start: i.start, end: Math.max(i.end, i.start + 1) }));
      expect(placed).toHaveLength(items.length);
      for (const a of placed) {
        expect(a.lane).toBeLessThan(a.lanes);
        for (const b of placed) {
          if (a === b) continue;
          const ae = Math.max(a.item.end, a.item.start + 1);
          const be = Math.max(b.item.end, b.item.start + 1);
          if (a.item.start < be && b.item.start < ae) {
            expect(a.lane).not.toBe(b.lane);
            expect(a.lanes).toBe(b.lanes); // one cluster, one width
          }
        }
      }
    }));
    expect(layoutLanes([{ s: 0, e: 60 }], (x) => ({ start: x.s, end: x.e }))).toEqual([{ item: { s: 0, e: 60 }, lane: 0, lanes: 1 }]);
  });
});

describe('calendar items', () => {
  const item = (over: Partial<CalendarItem>): CalendarItem => ({
    id: 1, number: 1, subject: 'Lönesamtal', startAt: '2026-12-07T08:00:00.000Z', endAt: '2026-12-07T09:00:00.000Z', allDay: false, done: false,
    color: null, typeId: null, typeName: null, showTimeAs: 'busy', responsibleId: 1, employeeIds: [], resourceIds: [],
    contacts: [{ id: 5, name: 'X' }], notes: 'n', batchId: null, hidden: false, responsibleHidesDetails: true, updatedAt: '2026-12-01T00:00:00.000Z', ...over,
  });

  it('overlaps an interval when it starts before its end and ends after its start; a point counts inside', () => {
    expect(overlaps('2026-12-06T23:00:00Z', '2026-12-07T01:00:00Z', '2026-12-07T00:00:00Z', '2026-12-08T00:00:00Z')).toBe(true);
    expect(overlaps('2026-12-06T22:00:00Z', '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z', '2026-12-08T00:00:00Z')).toBe(false);
    expect(overlaps('2026-12-07T00:00:00Z', null, '2026-12-07T00:00:00Z', '2026-12-08T00:00:00Z')).toBe(true);
    expect(overlaps('2026-12-08T00:00:00Z', null, '2026-12-07T00:00:00Z', '2026-12-08T00:00:00Z')).toBe(false);
  });

  it('hides details from others, not from the responsible, a participant or an administrator', () => {
    expect(mustHide(item({}), { employeeId: 2, isAdmin: false })).toBe(true);
    expect(mustHide(item({ responsibleHidesDetails: false }), { employeeId: 2, isAdmin: false })).toBe(false);
    expect(mustHide(item({}), { employeeId: 1, isAdmin: false })).toBe(false);
    expect(mustHide(item({ employeeIds: [2] }), { employeeId: 2, isAdmin: false })).toBe(false);
    expect(mustHide(item({}), { employeeId: 2, isAdmin: true })).toBe(false);
    expect(hideDetails(item({}))).toMatchObject({ subject: null, notes: null, contacts: [], hidden: true, startAt: '2026-12-07T08:00:00.000Z' });
  });

  it('finds conflicts only between busy overlapping activities', () => {
    const a = item({});
    expect(conflicts(a, item({ startAt: '2026-12-07T08:30:00.000Z', endAt: '2026-12-07T10:00:00.000Z' }))).toBe(true);
    expect(conflicts(a, item({ startAt: '2026-12-07T09:00:00.000Z', endAt: '2026-12-07T10:00:00.000Z' }))).toBe(false);
    expect(conflicts(a, item({ showTimeAs: 'free', startAt: '2026-12-07T08:30:00.000Z' }))).toBe(false);
    expect(conflicts(a, item({ showTimeAs: 'out', startAt: '2026-12-07T08:30:00.000Z' }))).toBe(true);
  });
});
