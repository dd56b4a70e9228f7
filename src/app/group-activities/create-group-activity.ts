/** Step 1: a new server-side draft in the chosen mode, owned by the actor. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import type { GroupMode } from '../../domain/group-activity/types.js';
import { toView, type GroupActivityView } from './load-draft.js';

export async function createGroupActivity(store: Store, clock: Clock, actor: Actor, input: { mode: GroupMode }): Promise<GroupActivityView> {
  const draft = await store.groupActivities.create({ mode: input.mode, createdBy: actor.employeeId, now: clock.now().toISOString() });
  return toView(store, draft);
}
