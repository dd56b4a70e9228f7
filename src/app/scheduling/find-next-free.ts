/**
 * POST /api/scheduling/next-free: the earliest interval of the given length at which the given
 * employees and resources are all free, inside working time (original system "Auto-select
 * next"). Busy time is read in one statement for the employees and one for the resources.
 */
import type { Store } from '../ports/store.js';
import { validation } from '../../domain/errors.js';
import { busyIntervals } from '../../domain/scheduling/busy.js';
import { nextFree, type NextFreeReason } from '../../domain/scheduling/next-free.js';
import { closedDateSet } from '../../domain/scheduling/working-time.js';
import { addDays, localDateOf, zonedToUtc } from '../../domain/time/zoned-time.js';
import { getWorkingTime } from './working-time-settings.js';

export type NextFreeRequest = {
  employeeIds: number[];
  resourceIds: number[];
  durationMinutes: number;
  earliest: string;
  horizonDays?: number;
  /** the activity being planned: its own time does not block */
  excludeActivityId?: number;
};

export type NextFreeAnswer = { startAt: string; endAt: string } | { startAt: null; endAt: null; reason: NextFreeReason };

export const DEFAULT_HORIZON_DAYS = 60;

export async function findNextFree(store: Store, req: NextFreeRequest): Promise<NextFreeAnswer> {
  const employeeIds = [...new Set(req.employeeIds)];
  const resourceIds = [...new Set(req.resourceIds)];
  for (const [i, id] of employeeIds.entries()) if (!(await store.employees.get(id))) throw validation(`employeeIds[${i}]`, `employee ${id} does not exist`);
  for (const [i, id] of resourceIds.entries()) if (!(await store.resources.get(id))) throw validation(`resourceIds[${i}]`, `resource ${id} does not exist`);
  const settings = await store.settings.get();
  const zone = settings.timeZone;
  const horizonDays = req.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const earliest = Date.parse(req.earliest);
  const fromDate = localDateOf(zone, earliest);
  const toDate = addDays(fromDate, horizonDays + 1);
  const working = await getWorkingTime(store);
  const own = await store.scheduling.employeeHours(employeeIds);
  const rows = await store.scheduling.busy({
    employeeIds, resourceIds, from: new Date(zonedToUtc(zone, addDays(fromDate, -1), 0)).toISOString(),
    to: new Date(zonedToUtc(zone, toDate, 0)).toISOString(), excludeActivityId: req.excludeActivityId,
  });
  const std = settings.standardDurationMinutes;
  const hit = nextFree({
    zone, earliest, durationMinutes: req.durationMinutes, horizonDays,
    closed: closedDateSet(working, fromDate, toDate), companyHours: working.hours,
    people: employeeIds.map((id) => ({ hours: own.get(id) ?? working.hours, busy: busyIntervals(rows.employees.get(id) ?? [], zone, std) })),
    resourceBusy: resourceIds.map((id) => busyIntervals(rows.resources.get(id) ?? [], zone, std)),
  });
  if (hit.start === null) return { startAt: null, endAt: null, reason: hit.reason };
  return { startAt: new Date(hit.start).toISOString(), endAt: new Date(hit.end).toISOString() };
}

