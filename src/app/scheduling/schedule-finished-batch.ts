/**
 * The finish's schedule step, inside the finish transaction right after the activities are
 * written: read the batch's activities and the responsibles' busy time (one statement each),
 * place them in memory, write every time with one UPDATE. When some do not fit and the schedule
 * says `refuse`, it throws 409 naming how many — the whole finish rolls back, nothing is created.
 */
import type { Store } from '../ports/store.js';
import { conflict } from '../../domain/errors.js';
import type { GroupSchedule } from '../../domain/scheduling/group-schedule.js';
import { placeGroupSchedule } from './place-group-schedule.js';

export async function scheduleFinishedBatch(tx: Store, p: {
  batchId: number; schedule: GroupSchedule; mode: 'shared' | 'perContact'; employeeIds: number[]; resourceIds: number[]; now: number;
}): Promise<{ placed: number; unplaced: number }> {
  const activities = await tx.scheduling.batchActivities(p.batchId);
  const items = activities.map((a) => ({ key: a.id, responsibleId: a.responsibleId }));
  const responsible = activities[0]?.responsibleId ?? null;
  const result = await placeGroupSchedule(tx, {
    schedule: p.schedule, mode: p.mode, items, resourceIds: p.resourceIds, now: p.now, excludeBatchId: p.batchId,
    sharedEmployeeIds: [...(responsible !== null ? [responsible] : []), ...p.employeeIds],
    linkedEmployeeIds: p.employeeIds,
  });
  const n = result.unplaced.length;
  if (n > 0 && p.schedule.unplaced === 'refuse') {
    throw conflict(
      n === 1 ? '1 activity does not fit in the schedule: widen the date range, lower the load or create the rest without a time'
        : `${n} activities do not fit in the schedule: widen the date range, lower the load or create the rest without a time`,
      'schedule', { unplacedCount: n },
    );
  }
  await tx.scheduling.writeTimes(p.batchId, result.placed.map((x) => ({ id: x.key, startAt: new Date(x.start).toISOString(), endAt: new Date(x.end).toISOString() })));
  return { placed: result.placed.length, unplaced: n };
}
