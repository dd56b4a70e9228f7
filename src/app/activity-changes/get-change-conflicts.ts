/** Step 7: the activities whose new end would come before their new start (nothing is written). */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { clampLimit } from '../paging.js';
import { loadChange } from './load-change.js';

export async function getChangeConflicts(store: Store, actor: Actor, id: number, q: { limit?: unknown }) {
  const d = await loadChange(store, id, actor);
  const limit = clampLimit(q.limit);
  return store.transaction(async (tx) => {
    await tx.activityChanges.preparePlan({ scope: { changeId: d.id, selection: d.selection }, changes: d.changes, timeZone: d.timeZone, ownManagerIds: null });
    const { rows, total } = await tx.activityChanges.planConflicts(limit);
    await tx.activityChanges.dropPlan();
    return { items: rows, total, choice: d.conflicts };
  });
}
