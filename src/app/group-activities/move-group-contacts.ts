/**
 * Step 3: moves contacts between the included and excluded lists, set-based; "all" means every
 * contact of the other list (matching q), never one page. Answers the new counts.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Side } from '../../domain/group-activity/types.js';
import { validation } from '../../domain/errors.js';
import { loadOpenDraft, scopeOf } from './load-draft.js';

export type MoveInput = { to: Side; contactIds?: number[]; all?: boolean; q?: string };

export async function moveGroupContacts(store: Store, clock: Clock, actor: Actor, id: number, input: MoveInput) {
  const draft = await loadOpenDraft(store, id, actor);
  if (input.all && input.contactIds) throw validation('contactIds', 'send either contactIds or all, not both');
  if (!input.all && !input.contactIds) throw validation('contactIds', 'send contactIds or all: true');
  if (input.all === false) throw validation('all', 'all must be true when sent');
  if (input.q !== undefined && !input.all) throw validation('q', 'q narrows "all"; send it with all: true');
  const scope = scopeOf(draft);
  await store.transaction(async (tx) => {
    await tx.groupActivities.move({ scope, to: input.to, contactIds: input.contactIds, all: input.all, q: input.q });
    await tx.groupActivities.update(id, {}, clock.now().toISOString());
  });
  return { counts: await store.groupActivities.counts(scope) };
}
