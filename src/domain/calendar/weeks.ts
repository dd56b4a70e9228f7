/**
 * Calendar arithmetic on local calendar dates (year, month 1–12, day), free of time zones: ISO
 * week numbers (Monday first; week 1 holds the year's first Thursday) and the days of the week,
 * work week and month grid a view shows.
 */
export type LocalDate = { y: number; m: number; d: number };

const utc = (x: LocalDate) => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (ms: number): LocalDate => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

export function addDays(x: LocalDate, days: number): LocalDate {
  return fromUtc(utc(x) + days * 86_400_000);
}

/** 1 = Monday … 7 = Sunday */
export function isoWeekday(x: LocalDate): number {
  const w = new Date(utc(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(x: LocalDate): { year: number; week: number } {
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((utc(thursday) - utc(jan1)) / 86_400_000 / 7) + 1 };
}

export function startOfWeek(x: LocalDate): LocalDate {
  return addDays(x, 1 - isoWeekday(x));
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

export function dateKey(x: LocalDate): string {
  return `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
}

export function parseDateKey(s: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return dateKey(fromUtc(utc(x))) === s ? x : null;
}

/** The days a view shows: one, Monday–Friday, Monday–Sunday, or whole weeks covering the month. */
export function daysOfView(view: 'day' | 'workWeek' | 'week' | 'month', anchor: LocalDate): LocalDate[] {
  if (view === 'day') return [anchor];
  if (view === 'workWeek' || view === 'week') {
    const first = startOfWeek(anchor);
    return Array.from({ length: view === 'week' ? 7 : 5 }, (_, i) => addDays(first, i));
  }
  const first = startOfWeek({ y: anchor.y, m: anchor.m, d: 1 });
  const lastOfMonth = addDays({ y: anchor.m === 12 ? anchor.y + 1 : anchor.y, m: anchor.m === 12 ? 1 : anchor.m + 1, d: 1 }, -1);
  const weeks = Math.ceil((utc(lastOfMonth) - utc(first)) / 86_400_000 / 7 + 1 / 7);
  return Array.from({ length: weeks * 7 }, (_, i) => addDays(first, i));
}

/** The anchor one step back or forward in a view (a day, a week, a month). */
export function stepView(view: 'day' | 'workWeek' | 'week' | 'month', anchor: LocalDate, dir: -1 | 1): LocalDate {
  if (view === 'day') return addDays(anchor, dir);
  if (view === 'month') {
    const m0 = anchor.m - 1 + dir;
    const y = anchor.y + Math.floor(m0 / 12);
    const m = ((m0 % 12) + 12) % 12 + 1;
    return { y, m, d: 1 };
  }
  return addDays(anchor, 7 * dir);
}
