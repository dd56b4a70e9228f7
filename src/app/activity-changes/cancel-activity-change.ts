/** Leaves the wizard: the draft is cancelled (kept for the record, nothing was written). */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { loadOpenChange, toChangeView, type ActivityChangeView } from './load-change.js';

export async function cancelActivityChange(store: Store, clock: Clock, actor: Actor, id: number): Promise<ActivityChangeView> {
  await loadOpenChange(store, id, actor);
  await store.activityChanges.update(id, { status: 'cancelled' }, clock.now().toISOString());
  return toChangeView(store, (await store.activityChanges.get(id))!);
}
