/**
 * Undo of a finished change, in one transaction: restores the old value of exactly the fields it
 * changed where the new value is still in place; an activity edited since keeps its new value and
 * is counted as kept. The change is then `undone`; undoing again, even at the same time, is refused.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import type { UndoChangeResult } from '../../domain/activity-change/types.js';
import { conflict } from '../../domain/errors.js';
import { loadChange } from './load-change.js';

export async function undoActivityChange(store: Store, clock: Clock, actor: Actor, id: number): Promise<UndoChangeResult> {
  const d = await loadChange(store, id, actor);
  if (d.status !== 'finished') throw conflict(`activity change ${id} is ${d.status}; only a finished change can be undone`);
  return store.transaction(async (tx) => {
    const now = clock.now().toISOString();
    // Claimed first, so of two undos at once the second finds it undone and changes nothing.
    if (!(await tx.activityChanges.claim(id, now, { from: 'finished', to: 'undone' }))) {
      throw conflict(`activity change ${id} is undone; only a finished change can be undone`);
    }
    const r = await tx.activityChanges.undo(id, now);
    await tx.audit.record({ at: now, employeeId: actor.employeeId, action: 'activities.change.undo', entity: 'activity_change', entityId: String(id), details: r });
    return r;
  });
}
