/**
 * Places a group activity's activities by its schedule part: per-contact activities into each
 * responsible's free working time (domain planBatch), a shared one at the next time all its
 * people and resources are free (domain nextFree). Busy time is read once for the whole batch
 * (one statement for the responsibles, one for the resources), the planning runs in memory.
 * Used by the preview (GET …/schedule) and, inside the finish transaction, by the finish.
 */
import type { Store } from '../ports/store.js';
import { busyIntervals } from '../../domain/scheduling/busy.js';
import { nextFree } from '../../domain/scheduling/next-free.js';
import { linkedUnavailable, planBatch, type PlanItem, type PlanResult } from '../../domain/scheduling/plan-batch.js';
import { closedDateSet, windowsOf } from '../../domain/scheduling/working-time.js';
import { addDays, datesBetween, localDateOf, zonedToUtc } from '../../domain/time/zoned-time.js';
import type { GroupSchedule } from '../../domain/scheduling/group-schedule.js';
import { getWorkingTime } from './working-time-settings.js';

export type PlaceInput = {
  schedule: GroupSchedule;
  mode: 'shared' | 'perContact';
  /** perContact: one per activity (key: contact id in a preview, activity id at finish); shared: one */
  items: PlanItem[];
  /** shared mode: the people who must all be free (responsible and linked employees) */
  sharedEmployeeIds: number[];
  /** perContact mode: the employees the card links to every activity (they must be free too) */
  linkedEmployeeIds: number[];
  resourceIds: number[];
  now: number;
  excludeBatchId?: number;
};

export async function placeGroupSchedule(store: Store, p: PlaceInput): Promise<PlanResult> {
  const settings = await store.settings.get();
  const zone = settings.timeZone;
  const working = await getWorkingTime(store);
  const { from, to } = p.schedule;
  const closed = closedDateSet(working, from, to);
  const range = { from: new Date(zonedToUtc(zone, addDays(from, -1), 0)).toISOString(), to: new Date(zonedToUtc(zone, addDays(to, 2), 0)).toISOString() };
  const std = settings.standardDurationMinutes;

  if (p.mode === 'shared') {
    const employeeIds = [...new Set(p.sharedEmployeeIds)];
    const own = await store.scheduling.employeeHours(employeeIds);
    const rows = await store.scheduling.busy({ employeeIds, resourceIds: p.resourceIds, ...range, excludeBatchId: p.excludeBatchId });
    const earliest = Math.max(zonedToUtc(zone, from, 0), p.now);
    const hit = nextFree({
      zone, earliest, durationMinutes: p.schedule.durationMinutes, horizonDays: datesBetween(from, to).length - 1,
      closed, companyHours: working.hours,
      people: employeeIds.map((id) => ({ hours: own.get(id) ?? working.hours, busy: busyIntervals(rows.employees.get(id) ?? [], zone, std) })),
      resourceBusy: p.resourceIds.map((id) => busyIntervals(rows.resources.get(id) ?? [], zone, std)),
    });
    const item = p.items[0]!;
    const rid = item.responsibleId ?? 0;
    if (hit.start === null || hit.end > zonedToUtc(zone, addDays(to, 1), 0)) {
      return { placed: [], unplaced: [{ key: item.key, reason: hit.start === null ? hit.reason : 'noFreeTime' }], perResponsible: [] };
    }
    const date = localDateOf(zone, hit.start);
    return { placed: [{ key: item.key, responsibleId: rid, start: hit.start, end: hit.end, date }], unplaced: [], perResponsible: [{ employeeId: rid, days: [{ date, count: 1 }] }] };
  }

  const responsibles = [...new Set(p.items.map((i) => i.responsibleId).filter((x): x is number => x !== null))];
  const linkedIds = [...new Set(p.linkedEmployeeIds)];
  const everyone = [...new Set([...responsibles, ...linkedIds])];
  const own = await store.scheduling.employeeHours(everyone);
  const rows = await store.scheduling.busy({ employeeIds: everyone, resourceIds: p.resourceIds, ...range, excludeBatchId: p.excludeBatchId });
  // Today's past hours are not free: the windows start no earlier than now.
  const windowsFor = (id: number) => windowsOf(own.get(id) ?? working.hours, closed, zone, from, to)
    .map((w) => ({ ...w, start: Math.max(w.start, p.now) })).filter((w) => w.end > w.start);
  const busyOf = (id: number) => busyIntervals(rows.employees.get(id) ?? [], zone, std);
  const people = new Map(responsibles.map((id) => [id, { windows: windowsFor(id), busy: busyOf(id) }] as const));
  const span = { start: Date.parse(range.from), end: Date.parse(range.to) };
  const linkedBusy = linkedUnavailable(span, [
    ...linkedIds.map((id) => ({ windows: windowsFor(id), busy: busyOf(id) })),
    ...p.resourceIds.map((id) => ({ windows: null, busy: busyIntervals(rows.resources.get(id) ?? [], zone, std) })),
  ]);
  return planBatch({
    items: p.items, people, linkedBusy, hasLinks: p.resourceIds.length > 0 || linkedIds.length > 0,
    durationMinutes: p.schedule.durationMinutes, maxPerDay: p.schedule.maxPerDay, bufferMinutes: p.schedule.bufferMinutes, keepOrder: p.schedule.keepOrder,
  });
}
