/**
 * Which stored activities make a person or resource busy, and for how long. "Show time as" free
 * does not block; busy and out do, and an activity without a type counts as busy. An all-day
 * activity blocks its whole local day(s); one without an end lasts the standard duration.
 */
import type { ShowTimeAs } from '../model/registers.js';
import { normalize, type Interval } from './intervals.js';
import { addDays, localDateOf, zonedToUtc } from '../time/zoned-time.js';

export type BusySource = { startAt: string; endAt: string | null; allDay: boolean; showTimeAs: ShowTimeAs | null };

export const blocksTime = (showTimeAs: ShowTimeAs | null) => showTimeAs !== 'free';

export function busyIntervalOf(a: BusySource, zone: string, standardMinutes: number): Interval | null {
  if (!blocksTime(a.showTimeAs)) return null;
  const start = Date.parse(a.startAt);
  const end = a.endAt ? Date.parse(a.endAt) : start + standardMinutes * 60_000;
  if (a.allDay) {
    const first = localDateOf(zone, start);
    const last = localDateOf(zone, Math.max(start, end - 1));
    return { start: zonedToUtc(zone, first, 0), end: zonedToUtc(zone, addDays(last, 1), 0) };
  }
  return end > start ? { start, end } : null;
}

export function busyIntervals(list: BusySource[], zone: string, standardMinutes: number): Interval[] {
  return normalize(list.map((a) => busyIntervalOf(a, zone, standardMinutes)).filter((i): i is Interval => i !== null));
}
