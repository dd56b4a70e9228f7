import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, localDateOf, localTimeOf, parseInstant, zonedToUtc } from './zoned-time.js';

const Z = 'Europe/Stockholm';
const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned time', () => {
  it('keeps 09:00 at 09:00 local across both clock changes', () => {
    expect(iso(zonedToUtc(Z, '2026-03-27', 9 * 60))).toBe('2026-03-27T08:00:00.000Z');
    expect(iso(zonedToUtc(Z, '2026-03-30', 9 * 60))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(zonedToUtc(Z, '2026-10-25', 9 * 60))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(zonedToUtc(Z, '2026-03-29', 7 * 60))).toBe('2026-03-29T05:00:00.000Z'); // the change day itself
  });

  it('reads 1440 minutes as the next midnight and a skipped time an hour later', () => {
    expect(zonedToUtc(Z, '2026-03-29', 1440)).toBe(zonedToUtc(Z, '2026-03-30', 0));
    expect(localTimeOf(Z, zonedToUtc(Z, '2026-03-29', 2 * 60 + 30))).toBe('03:30');
  });

  it('round-trips every quarter hour of any day outside the spring gap', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 95 }), (day, q) => {
      const date = addDays('2024-01-01', day);
      const minutes = q * 15;
      const t = zonedToUtc(Z, date, minutes);
      const hm = localTimeOf(Z, t);
      if (localDateOf(Z, t) === date && hm === `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`) return true;
      return minutes >= 120 && minutes < 180; // only the skipped hour of the spring change differs
    }));
  });

  it('parses dates as local midnight and timestamps as given', () => {
    expect(iso(parseInstant('2026-12-07', Z)!)).toBe('2026-12-06T23:00:00.000Z');
    expect(iso(parseInstant('2026-12-07T09:00:00Z', Z)!)).toBe('2026-12-07T09:00:00.000Z');
    expect(parseInstant('not a date', Z)).toBeNull();
  });
});
