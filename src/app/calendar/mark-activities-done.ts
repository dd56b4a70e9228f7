/**
 * Ticks several activities done (or open again) from a list, in one transaction: each goes through
 * the same rule as the card (company done status, end time per "end time when done"), so the
 * task list and the card cannot differ. Unknown ids fail the whole request, naming the index.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Activity } from '../../domain/model/activity.js';
import { validation } from '../../domain/errors.js';
import { updateActivity } from '../activities/update-activity.js';

export const MAX_MARK_DONE = 1_000;

export async function markActivitiesDone(store: Store, clock: Clock, ids: number[], done: boolean): Promise<Activity[]> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) throw validation('ids', 'choose at least one activity');
  if (uniq.length > MAX_MARK_DONE) throw validation('ids', `at most ${MAX_MARK_DONE} activities at a time`);
  return store.transaction(async (tx) => {
    const out: Activity[] = [];
    for (const [i, id] of uniq.entries()) {
      const old = await tx.activities.get(id);
      if (!old) throw validation(`ids[${i}]`, `activity ${id} does not exist`);
      out.push(old.done === done ? old : await updateActivity(tx, clock, id, { done }));
    }
    return out;
  });
}
