/**
 * Working time: which weekdays and hours a person works (company default, per-employee
 * override) and which dates the company is closed (the Swedish holidays by default, edited by an
 * administrator). `windowsOf` turns them into UTC intervals for a date range in the company zone.
 */
import { validation } from '../errors.js';
import { swedishHolidays, type HolidayKey } from './swedish-holidays.js';
import { datesBetween, isIsoDate, isoWeekday, zonedToUtc } from '../time/zoned-time.js';
import type { Interval } from './intervals.js';

/**
 * Weekdays are ISO numbers (1 Monday … 7 Sunday); times are `HH:MM` on the zone's clock.
 * `start`–`end` hold on every working day unless `dayHours` gives that weekday its own (Fridays
 * 08:00–12:00); a weekday in `dayHours` must be one of `days`.
 */
export type WorkingHours = { days: number[]; start: string; end: string; dayHours?: DayHours[] };
export type DayHours = { day: number; start: string; end: string };

/** A company's working time: the default hours and the edits to the closed days. */
export type WorkingTime = {
  hours: WorkingHours;
  /** true: the Swedish public holidays and office-closed days are non-working */
  swedishHolidays: boolean;
  /** extra closed dates (a company day off, an inventory day) */
  closedDays: { date: string; name: string }[];
  /** dates that are working days although a holiday rule closes them (e.g. open on Christmas Eve) */
  openDays: string[];
};

export const DEFAULT_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '07:00', end: '17:00' };
export const DEFAULT_WORKING_TIME: WorkingTime = { hours: DEFAULT_HOURS, swedishHolidays: true, closedDays: [], openDays: [] };

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function checkRange(start: string, end: string, field: string): void {
  if (!TIME.test(start)) throw validation(`${field}.start`, 'expected a time HH:MM such as 07:00');
  if (!TIME.test(end)) throw validation(`${field}.end`, 'expected a time HH:MM such as 17:00');
  if (minutesOf(end) <= minutesOf(start)) throw validation(`${field}.end`, 'the working day must end after it starts');
}

/** Checks hours; `field` prefixes the error paths (`hours`, `workingHours`). */
export function checkHours(h: WorkingHours, field: string): WorkingHours {
  checkRange(h.start, h.end, field);
  if (h.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) throw validation(`${field}.days`, 'weekdays are 1 (Monday) to 7 (Sunday)');
  const days = [...new Set(h.days)].sort();
  const own = new Map<number, DayHours>();
  (h.dayHours ?? []).forEach((x, i) => {
    if (!days.includes(x.day)) throw validation(`${field}.dayHours[${i}].day`, 'give hours only for a working day of the week');
    checkRange(x.start, x.end, `${field}.dayHours[${i}]`);
    // A weekday with the common hours needs no entry of its own.
    if (x.start !== h.start || x.end !== h.end) own.set(x.day, { day: x.day, start: x.start, end: x.end });
  });
  const dayHours = [...own.values()].sort((a, b) => a.day - b.day);
  return { days, start: h.start, end: h.end, ...(dayHours.length ? { dayHours } : {}) };
}

/** The hours of one weekday: its own, else the common ones; null when it is not a working day. */
export function hoursOn(h: WorkingHours, weekday: number): { start: string; end: string } | null {
  if (!h.days.includes(weekday)) return null;
  return h.dayHours?.find((x) => x.day === weekday) ?? h;
}

export function checkWorkingTime(w: WorkingTime): WorkingTime {
  const hours = checkHours(w.hours, 'hours');
  w.closedDays.forEach((d, i) => {
    if (!isIsoDate(d.date)) throw validation(`closedDays[${i}].date`, 'expected a date YYYY-MM-DD');
    if (!d.name.trim()) throw validation(`closedDays[${i}].name`, 'give the closed day a name');
  });
  w.openDays.forEach((d, i) => { if (!isIsoDate(d)) throw validation(`openDays[${i}]`, 'expected a date YYYY-MM-DD'); });
  const closedDays = [...new Map(w.closedDays.map((d) => [d.date, { date: d.date, name: d.name.trim() }])).values()]
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return { hours, swedishHolidays: w.swedishHolidays, closedDays, openDays: [...new Set(w.openDays)].sort() };
}

export type NonWorkingDay = { date: string; key: HolidayKey | null; name: string | null; kind: 'public' | 'closed' | 'company' };

/** The company's non-working dates of a year (weekends aside), in date order. */
export function nonWorkingDays(w: WorkingTime, year: number): NonWorkingDay[] {
  const open = new Set(w.openDays);
  const days = new Map<string, NonWorkingDay>();
  if (w.swedishHolidays) {
    for (const h of swedishHolidays(year)) if (!open.has(h.date)) days.set(h.date, { date: h.date, key: h.key, name: null, kind: h.kind });
  }
  for (const c of w.closedDays) {
    if (c.date.startsWith(`${year}-`)) days.set(c.date, { date: c.date, key: null, name: c.name, kind: 'company' });
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A fast membership test over the closed dates of the years a range touches. */
export function closedDateSet(w: WorkingTime, from: string, to: string): Set<string> {
  const set = new Set<string>();
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const d of nonWorkingDays(w, y)) set.add(d.date);
  }
  return set;
}

/** One working window per working date of the range: `{ date, start, end }` in UTC ms. */
export type DayWindow = Interval & { date: string };

export function windowsOf(hours: WorkingHours, closed: Set<string>, zone: string, from: string, to: string): DayWindow[] {
  const out: DayWindow[] = [];
  for (const date of datesBetween(from, to)) {
    const day = closed.has(date) ? null : hoursOn(hours, isoWeekday(date));
    if (!day) continue;
    out.push({ date, start: zonedToUtc(zone, date, minutesOf(day.start)), end: zonedToUtc(zone, date, minutesOf(day.end)) });
  }
  return out;
}
