/** Step 3: unticks (to 'excluded') or ticks again activities, set-based; "all" is every matching one. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { validation } from '../../domain/errors.js';
import { changeScopeOf, loadOpenChange } from './load-change.js';

export type ChangeMoveInput = { to: 'included' | 'excluded'; activityIds?: number[]; all?: boolean; q?: string };

export async function moveChangeActivities(store: Store, clock: Clock, actor: Actor, id: number, input: ChangeMoveInput) {
  const d = await loadOpenChange(store, id, actor);
  if (input.all && input.activityIds) throw validation('activityIds', 'send either activityIds or all, not both');
  if (!input.all && !input.activityIds) throw validation('activityIds', 'send activityIds or all: true');
  if (input.all === false) throw validation('all', 'all must be true when sent');
  if (input.q !== undefined && !input.all) throw validation('q', 'q narrows "all"; send it with all: true');
  const scope = changeScopeOf(d);
  await store.transaction(async (tx) => {
    await tx.activityChanges.move({ scope, ...input });
    await tx.activityChanges.update(id, {}, clock.now().toISOString());
  });
  return { counts: await store.activityChanges.counts(scope) };
}
