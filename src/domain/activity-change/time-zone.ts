/**
 * Moving activities by days keeps their local time of day across daylight saving (a 09:00 visit
 * stays 09:00): new = old + D + offset(old) − offset(old + D), then + hours and minutes as plain
 * durations. The storage turns the offsets into a CASE over the zone's transitions, which this
 * file lists, so SQL and the pure `moveInstant` compute the same instants.
 */
import type { MoveBy } from './types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in seconds. */
export function offsetSeconds(tz: string, ms: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 1000);
}

/** One stretch of constant offset: from `from` (inclusive; null = always before) on. */
export type OffsetSegment = { from: string | null; offset: number };

/** The offsets in force between two instants (a day's scan, then bisection to the second). */
export function offsetSegments(tz: string, fromMs: number, toMs: number): OffsetSegment[] {
  const day = 86_400_000;
  const out: OffsetSegment[] = [{ from: null, offset: offsetSeconds(tz, fromMs - day) }];
  for (let t = fromMs - day; t < toMs + day; t += day) {
    const a = offsetSeconds(tz, t);
    const b = offsetSeconds(tz, t + day);
    if (a === b) continue;
    let lo = t;
    let hi = t + day;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetSeconds(tz, mid) === a) lo = mid; else hi = mid;
    }
    out.push({ from: new Date(hi).toISOString(), offset: b });
  }
  return out;
}

/** The pure twin of the SQL move (used by tests, the CLI's dry run and the web preview). */
export function moveInstant(iso: string, by: MoveBy, tz: string): string {
  const old = Date.parse(iso);
  const d = by.days * 86_400_000;
  const dst = (offsetSeconds(tz, old) - offsetSeconds(tz, old + d)) * 1000;
  return new Date(old + d + dst + by.hours * 3_600_000 + by.minutes * 60_000).toISOString();
}
