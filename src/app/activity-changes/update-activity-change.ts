/** Steps 2, 4 and 7: sets the selection, the changes, the conflict choice or the time zone of a draft. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { checkChangeInput, type ChangeInput } from './change-input.js';
import { loadOpenChange, toChangeView, type ActivityChangeView } from './load-change.js';

export async function updateActivityChange(store: Store, clock: Clock, actor: Actor, id: number, input: ChangeInput): Promise<ActivityChangeView> {
  await loadOpenChange(store, id, actor);
  const patch = await checkChangeInput(store, input);
  await store.activityChanges.update(id, patch, clock.now().toISOString());
  return toChangeView(store, (await store.activityChanges.get(id))!);
}
