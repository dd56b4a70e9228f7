/** Step 7: the activities whose new end would come before their new start (nothing is written). */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { clampLimit } from '../paging.js';
import { loadChange } from './load-change.js';
import { planInputOf } from './change-plan.js';

export async function getChangeConflicts(store: Store, actor: Actor, id: number, q: { limit?: unknown }) {
  const d = await loadChange(store, id, actor);
  const { rows, total } = await store.activityChanges.planConflicts(planInputOf(d), clampLimit(q.limit));
  return { items: rows, total, choice: d.conflicts };
}
