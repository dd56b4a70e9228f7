/**
 * Time rules of the activity card (original-system WIN/CSET): the end follows the start by the
 * company's standard duration, moving the start moves the end, and marking done may stamp the end.
 */
import type { EndTimeOnDone } from './model/activity.js';

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** The end of a new activity: the given one, else start + standard duration, else none. */
export function defaultEnd(startAt: string | null, endAt: string | null, standardMinutes: number): string | null {
  if (endAt) return endAt;
  return startAt ? addMinutes(startAt, standardMinutes) : null;
}

/** When only the start changes, the end keeps the old duration (or gets the standard one). */
export function followStart(
  oldStart: string | null, oldEnd: string | null, newStart: string | null, standardMinutes: number,
): string | null {
  if (!newStart) return oldEnd;
  if (oldStart && oldEnd) return addMinutes(newStart, (Date.parse(oldEnd) - Date.parse(oldStart)) / 60_000);
  return addMinutes(newStart, standardMinutes);
}

/**
 * The end after marking done at `now`, per the company setting. A task ticked before its planned
 * start keeps end = start, so the card never ends before it begins.
 */
export function endWhenDone(
  rule: EndTimeOnDone, showInTaskList: boolean, startAt: string | null, endAt: string | null, now: string,
): string | null {
  const stamp = rule === 'always' || (rule === 'taskListOnly' && showInTaskList);
  if (!stamp) return endAt;
  return startAt && startAt > now ? startAt : now;
}

export function endsBeforeStart(startAt: string | null, endAt: string | null): boolean {
  return !!startAt && !!endAt && Date.parse(endAt) < Date.parse(startAt);
}
