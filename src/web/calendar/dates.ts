/**
 * Between the API's UTC timestamps and the local calendar the views draw (the browser's zone):
 * local days, wall-clock minutes (so 09:00 stays on the 09:00 line across a DST change) and the
 * labels of times, days and intervals.
 */
import type { LocalDate } from '../../domain/calendar/weeks';
import type { Locale } from '../../i18n/index';

export type View = 'day' | 'workWeek' | 'week' | 'month';

export const toLocalDate = (d: Date): LocalDate => ({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() });
export const dayStart = (x: LocalDate): Date => new Date(x.y, x.m - 1, x.d);
export const nextDayStart = (x: LocalDate): Date => new Date(x.y, x.m - 1, x.d + 1);
export const today = (): LocalDate => toLocalDate(new Date());

/** Minutes since local midnight of the wall clock (0–1440). */
export const wallMinutes = (d: Date): number => d.getHours() * 60 + d.getMinutes();

/** A local time on a day, by wall-clock minutes. */
export const atMinutes = (x: LocalDate, minutes: number): Date => new Date(x.y, x.m - 1, x.d, 0, minutes);

const intl = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

export const fmtTime = (locale: Locale, d: Date | string): string =>
  new Intl.DateTimeFormat(intl(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(typeof d === 'string' ? new Date(d) : d);

export const fmtDay = (locale: Locale, x: LocalDate, style: 'short' | 'long' = 'short'): string =>
  new Intl.DateTimeFormat(intl(locale), style === 'short' ? { weekday: 'short', day: 'numeric', month: 'numeric' } : { weekday: 'long', day: 'numeric', month: 'long' }).format(dayStart(x));

export const fmtMonth = (locale: Locale, x: LocalDate): string =>
  new Intl.DateTimeFormat(intl(locale), { month: 'long', year: 'numeric' }).format(dayStart(x));

export const fmtWeekday = (locale: Locale, x: LocalDate): string =>
  new Intl.DateTimeFormat(intl(locale), { weekday: 'short' }).format(dayStart(x));

export const fmtWhen = (locale: Locale, d: Date | string): string =>
  new Intl.DateTimeFormat(intl(locale), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(typeof d === 'string' ? new Date(d) : d);
