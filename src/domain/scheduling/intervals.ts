/** Half-open time intervals [start, end) in UTC milliseconds, and the arithmetic the planner needs. */

export type Interval = { start: number; end: number };

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** Sorted, with touching and overlapping intervals merged; empty ones dropped. */
export function normalize(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** The parts of `windows` not covered by `busy` (both normalized). */
export function subtract(windows: Interval[], busy: Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const w of windows) {
    let start = w.start;
    while (j < busy.length && busy[j]!.end <= start) j++;
    let k = j;
    while (k < busy.length && busy[k]!.start < w.end) {
      if (busy[k]!.start > start) out.push({ start, end: busy[k]!.start });
      start = Math.max(start, busy[k]!.end);
      k++;
    }
    if (start < w.end) out.push({ start, end: w.end });
  }
  return out;
}

/** The times inside both lists (both normalized). */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++; else j++;
  }
  return out;
}

/** The earliest [t, t + duration) inside one free interval with t ≥ earliest, or null. */
export function firstFit(free: Interval[], durationMs: number, earliest: number): Interval | null {
  for (const f of free) {
    const start = Math.max(f.start, earliest);
    if (start + durationMs <= f.end) return { start, end: start + durationMs };
  }
  return null;
}
