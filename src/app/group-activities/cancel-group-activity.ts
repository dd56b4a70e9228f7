/** Cancels an open draft (the wizard's Cancel); finished groups are undone with their activities. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { loadOpenDraft, toView, type GroupActivityView } from './load-draft.js';

export async function cancelGroupActivity(store: Store, clock: Clock, actor: Actor, id: number): Promise<GroupActivityView> {
  await loadOpenDraft(store, id, actor);
  await store.groupActivities.update(id, { status: 'cancelled' }, clock.now().toISOString());
  return toView(store, (await store.groupActivities.get(id))!);
}
