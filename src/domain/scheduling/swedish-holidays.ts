/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the days Swedish offices close,
 * computed for any year: Easter by the Gregorian computus (Meeus/Jones/Butcher), Midsummer and All
 * Saints' Day as the Saturday in their fixed week.
 */
import { addDays, isoWeekday } from '../time/zoned-time.js';

export type HolidayKey =
  | 'newYearsDay' | 'epiphany' | 'goodFriday' | 'easterSunday' | 'easterMonday' | 'mayDay'
  | 'ascensionDay' | 'whitSunday' | 'nationalDay' | 'midsummerEve' | 'midsummerDay' | 'allSaintsDay'
  | 'christmasEve' | 'christmasDay' | 'boxingDay' | 'newYearsEve';

/** `public`: a public holiday by law; `closed`: not a holiday, but offices close (de facto). */
export type Holiday = { date: string; key: HolidayKey; kind: 'public' | 'closed' };

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Easter Sunday of a Gregorian year. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The first date from `start` on that falls on the ISO weekday. */
function firstWeekdayFrom(start: string, weekday: number): string {
  return addDays(start, (weekday - isoWeekday(start) + 7) % 7);
}

export function swedishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(ymd(year, 6, 20), 6);
  const list: Holiday[] = [
    { date: ymd(year, 1, 1), key: 'newYearsDay', kind: 'public' },
    { date: ymd(year, 1, 6), key: 'epiphany', kind: 'public' },
    { date: addDays(easter, -2), key: 'goodFriday', kind: 'public' },
    { date: easter, key: 'easterSunday', kind: 'public' },
    { date: addDays(easter, 1), key: 'easterMonday', kind: 'public' },
    { date: ymd(year, 5, 1), key: 'mayDay', kind: 'public' },
    { date: addDays(easter, 39), key: 'ascensionDay', kind: 'public' },
    { date: addDays(easter, 49), key: 'whitSunday', kind: 'public' },
    { date: ymd(year, 6, 6), key: 'nationalDay', kind: 'public' },
    { date: addDays(midsummerDay, -1), key: 'midsummerEve', kind: 'closed' },
    { date: midsummerDay, key: 'midsummerDay', kind: 'public' },
    { date: firstWeekdayFrom(ymd(year, 10, 31), 6), key: 'allSaintsDay', kind: 'public' },
    { date: ymd(year, 12, 24), key: 'christmasEve', kind: 'closed' },
    { date: ymd(year, 12, 25), key: 'christmasDay', kind: 'public' },
    { date: ymd(year, 12, 26), key: 'boxingDay', kind: 'public' },
    { date: ymd(year, 12, 31), key: 'newYearsEve', kind: 'closed' },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
