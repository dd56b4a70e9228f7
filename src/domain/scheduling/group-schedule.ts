/**
 * The schedule part of a group activity draft: the date range (company zone, both ends
 * inclusive), the length of each activity, the most of the batch per person and day, a buffer
 * between them, whether to keep the postal-code order, and what to do with what does not fit.
 */
import { validation } from '../errors.js';
import { datesBetween, isIsoDate } from '../time/zoned-time.js';

export type UnplacedRule = 'refuse' | 'withoutTime';

export type GroupSchedule = {
  from: string;
  to: string;
  durationMinutes: number;
  maxPerDay: number;
  bufferMinutes: number;
  unplaced: UnplacedRule;
  keepOrder: boolean;
};

export type GroupScheduleInput = {
  from: string; to: string; durationMinutes?: number | null; maxPerDay?: number | null;
  bufferMinutes?: number | null; unplaced?: UnplacedRule; keepOrder?: boolean;
};

export const MAX_SCHEDULE_DAYS = 366;

/** Fills the defaults (duration from the card or the standard duration) and checks each field. */
export function checkGroupSchedule(s: GroupScheduleInput, defaultDurationMinutes: number): GroupSchedule {
  if (!isIsoDate(s.from)) throw validation('schedule.from', 'expected a date YYYY-MM-DD');
  if (!isIsoDate(s.to)) throw validation('schedule.to', 'expected a date YYYY-MM-DD');
  if (s.to < s.from) throw validation('schedule.to', 'the last day must not be before the first');
  if (datesBetween(s.from, s.to).length > MAX_SCHEDULE_DAYS) throw validation('schedule.to', `at most ${MAX_SCHEDULE_DAYS} days`);
  const durationMinutes = s.durationMinutes ?? defaultDurationMinutes;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 5 || durationMinutes > 24 * 60) {
    throw validation('schedule.durationMinutes', 'expected whole minutes from 5 to 1440');
  }
  const maxPerDay = s.maxPerDay ?? 8;
  if (!Number.isInteger(maxPerDay) || maxPerDay < 1 || maxPerDay > 500) throw validation('schedule.maxPerDay', 'expected a whole number from 1 to 500');
  const bufferMinutes = s.bufferMinutes ?? 0;
  if (!Number.isInteger(bufferMinutes) || bufferMinutes < 0 || bufferMinutes > 480) throw validation('schedule.bufferMinutes', 'expected whole minutes from 0 to 480');
  return { from: s.from, to: s.to, durationMinutes, maxPerDay, bufferMinutes, unplaced: s.unplaced ?? 'refuse', keepOrder: s.keepOrder ?? true };
}
