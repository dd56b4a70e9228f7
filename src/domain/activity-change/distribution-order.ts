/**
 * The order a distributed responsible hands the included activities out in: the activities' own
 * natural order, start (empty last) then number. (The group wizard ranks contacts by postal code;
 * activities have their own order, and their contacts' postal codes play no part.) The storage
 * ranks by these keys in SQL (`row_number() over (order by …)`); `compareActivities` is the same
 * rule in TypeScript.
 */
import type { EmployeeShare } from '../distribution/types.js';

export type OrderedActivity = { number: number; startAt: string | null };

/** The ranking keys, first to last: the SQL's ORDER BY is built from this list. */
export const ACTIVITY_ORDER = [
  { field: 'startAt', emptyLast: true },
  { field: 'number', emptyLast: false },
] as const satisfies readonly { field: keyof OrderedActivity; emptyLast: boolean }[];

/** Start (ISO UTC instants compare as text), empty starts last, then number. */
export function compareActivities(a: OrderedActivity, b: OrderedActivity): number {
  for (const { field, emptyLast } of ACTIVITY_ORDER) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    if (x === null || y === null) return (x === null) === emptyLast ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Who gets each activity: ranked by `compareActivities`, the pool is handed out in contiguous
 * runs in the distribution's list order (what the storage's CASE on the rank does).
 */
export function responsiblesInOrder<T extends OrderedActivity>(activities: T[], pool: EmployeeShare[]): { activity: T; employeeId: number | null }[] {
  const ranked = [...activities].sort(compareActivities);
  const out: { activity: T; employeeId: number | null }[] = [];
  let run = 0;
  let left = pool[0]?.count ?? 0;
  for (const activity of ranked) {
    while (left === 0 && run < pool.length - 1) left = pool[++run]!.count;
    out.push({ activity, employeeId: left > 0 ? pool[run]!.employeeId : null });
    left = Math.max(0, left - 1);
  }
  return out;
}
