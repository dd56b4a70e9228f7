/** Step 1: a new change-values draft; selection and changes may come now or later by PATCH. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { DEFAULT_TIME_ZONE } from '../../domain/activity-change/types.js';
import { checkChangeInput, type ChangeInput } from './change-input.js';
import { toChangeView, type ActivityChangeView } from './load-change.js';

export async function createActivityChange(store: Store, clock: Clock, actor: Actor, input: ChangeInput): Promise<ActivityChangeView> {
  const p = await checkChangeInput(store, input);
  const d = await store.activityChanges.create({
    selection: p.selection ?? null, changes: p.changes ?? [], conflicts: p.conflicts ?? null,
    timeZone: p.timeZone ?? DEFAULT_TIME_ZONE, createdBy: actor.employeeId, now: clock.now().toISOString(),
  });
  return toChangeView(store, d);
}
