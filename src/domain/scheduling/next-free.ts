/**
 * Next free time for one activity (original system: "Auto-select next (all)" / "(first)"): the
 * earliest interval of the given length, from `earliest` on, inside every person's working time
 * and outside every person's and resource's busy time, within a horizon of days.
 */
import { firstFit, intersect, normalize, subtract, type Interval } from './intervals.js';
import { windowsOf, type WorkingHours } from './working-time.js';
import { addDays, localDateOf } from '../time/zoned-time.js';

export type NextFreeInput = {
  zone: string;
  earliest: number;
  durationMinutes: number;
  horizonDays: number;
  /** the closed dates of the range (company holidays and closed days) */
  closed: Set<string>;
  /** each employee's working hours (their own, else the company's); none: the company's alone */
  people: { hours: WorkingHours; busy: Interval[] }[];
  companyHours: WorkingHours;
  resourceBusy: Interval[][];
};

export type NextFreeReason = 'noFreeTime' | 'longerThanWorkingDay';
export type NextFreeResult = { start: number; end: number } | { start: null; end: null; reason: NextFreeReason };

/** Start times are proposed on whole quarter hours, as people book them. */
export const STEP_MS = 15 * 60_000;
export const roundUpToStep = (t: number) => Math.ceil(t / STEP_MS) * STEP_MS;

export function nextFree(input: NextFreeInput): NextFreeResult {
  const from = localDateOf(input.zone, input.earliest);
  const to = addDays(from, input.horizonDays);
  const hoursList = input.people.length ? input.people.map((p) => p.hours) : [input.companyHours];
  let windows: Interval[] = normalize(windowsOf(hoursList[0]!, input.closed, input.zone, from, to));
  for (const h of hoursList.slice(1)) windows = intersect(windows, normalize(windowsOf(h, input.closed, input.zone, from, to)));
  const busy = normalize([...input.people.flatMap((p) => p.busy), ...input.resourceBusy.flat()]);
  const duration = input.durationMinutes * 60_000;
  // Busy ends and window starts are where free time begins; each gap is tried at its first quarter hour.
  const free = subtract(windows, busy).map((f) => ({ start: roundUpToStep(f.start), end: f.end }));
  const hit = firstFit(free, duration, roundUpToStep(input.earliest));
  if (hit) return hit;
  const longest = windows.reduce((m, w) => Math.max(m, w.end - w.start), 0);
  return { start: null, end: null, reason: windows.length > 0 && longest < duration ? 'longerThanWorkingDay' : 'noFreeTime' };
}
