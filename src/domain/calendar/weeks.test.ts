import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysOfView, isoWeek, isoWeekday, parseDateKey, stepView } from './weeks.js';

describe('ISO weeks and the days of a view', () => {
  it('numbers weeks as Swedish offices do', () => {
    expect(isoWeek({ y: 2026, m: 12, d: 7 })).toEqual({ year: 2026, week: 50 });
    expect(isoWeek({ y: 2026, m: 1, d: 1 })).toEqual({ year: 2026, week: 1 }); // a Thursday
    expect(isoWeek({ y: 2027, m: 1, d: 1 })).toEqual({ year: 2026, week: 53 }); // a Friday of week 53
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toEqual({ year: 2025, week: 1 });
  });

  it('starts every week on Monday', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
      const day = addDays({ y: 2000, m: 1, d: 1 }, n);
      for (const view of ['workWeek', 'week', 'month'] as const) {
        const days = daysOfView(view, day);
        expect(isoWeekday(days[0]!)).toBe(1);
        expect(days.length % (view === 'workWeek' ? 5 : 7)).toBe(0);
      }
      expect(daysOfView('month', day).some((d) => d.m === day.m && d.d === 1)).toBe(true);
    }));
  });

  it('steps by a day, a week and a month, and refuses impossible dates', () => {
    expect(stepView('day', { y: 2026, m: 12, d: 31 }, 1)).toEqual({ y: 2027, m: 1, d: 1 });
    expect(stepView('week', { y: 2026, m: 3, d: 27 }, 1)).toEqual({ y: 2026, m: 4, d: 3 });
    expect(stepView('month', { y: 2026, m: 1, d: 31 }, -1)).toEqual({ y: 2025, m: 12, d: 1 });
    expect(parseDateKey('2026-02-30')).toBeNull();
    expect(parseDateKey('2026-02-28')).toEqual({ y: 2026, m: 2, d: 28 });
  });
});
