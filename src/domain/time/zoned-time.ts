/**
 * Local dates and wall-clock times in a named time zone — the one helper the calendar (CLI agenda,
 * iCalendar feed) and scheduling (working time, busy days, next free time) share. Working time
 * is "07:00–17:00 in Europe/Stockholm": the UTC instants of those hours move with daylight
 * saving, so every day is converted on its own. Built on luxon, which is pure date arithmetic
 * over the runtime's zone data (no I/O, no clock unless asked for `now`).
 */
import { DateTime } from 'luxon';

/** `YYYY-MM-DD` of the instant in `zone`. */
export function localDateOf(zone: string, utcMs: number): string {
  return DateTime.fromMillis(utcMs, { zone }).toISODate()!;
}

/** `HH:mm` (24-hour) of the instant in `zone`. */
export function localTimeOf(zone: string, utcMs: number): string {
  return DateTime.fromMillis(utcMs, { zone }).toFormat('HH:mm');
}

/**
 * The instant at which the zone's clock shows `minutes` after midnight of `date` (1440 = the next
 * midnight). A time that the spring-forward gap skips lands an hour later, as clocks do.
 */
export function zonedToUtc(zone: string, date: string, minutes: number): number {
  const [y, m, d] = addDays(date, Math.floor(minutes / 1440)).split('-').map(Number) as [number, number, number];
  const wall = ((minutes % 1440) + 1440) % 1440;
  return DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(wall / 60), minute: wall % 60 }, { zone }).toMillis();
}

/** Midnight starting `date` in `zone`, in UTC ms. */
export const startOfLocalDay = (zone: string, date: string): number => zonedToUtc(zone, date, 0);

/** An ISO timestamp (or a `YYYY-MM-DD` date, read as midnight in `zone`) as an instant; null when not a time. */
export function parseInstant(value: string, zone: string): number | null {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone }) : DateTime.fromISO(value, { setZone: true });
  return d.isValid ? d.toMillis() : null;
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Dates from `from` to `to`, both inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value;
}
