/**
 * Undo of a finished group: deletes the batch's activities (their links cascade) in one
 * transaction, touching no other batch; refused while some are done unless forced. The group
 * is then `undone`.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { conflict } from '../../domain/errors.js';
import { loadDraft } from './load-draft.js';

export async function undoGroupActivity(store: Store, clock: Clock, actor: Actor, id: number, opts: { force?: boolean } = {}): Promise<{ deleted: number }> {
  const draft = await loadDraft(store, id, actor);
  if (draft.status !== 'finished' || !draft.batchId) throw conflict(`group activity ${id} has no activities to undo`);
  const batchId = draft.batchId;
  return store.transaction(async (tx) => {
    const done = await tx.groupActivities.doneCount(batchId);
    if (done > 0 && !opts.force) {
      throw conflict(`activities of this group are marked done (${done}); send force=true to delete them too`, 'force', { done });
    }
    const deleted = await tx.groupActivities.deleteActivities(batchId);
    const now = clock.now().toISOString();
    // The group says it was undone (its card has nothing left to copy to); a new draft can start from its selection.
    await tx.groupActivities.update(id, { status: 'undone' }, now);
    await tx.audit.record({
      at: now, employeeId: actor.employeeId, action: 'group.undo', entity: 'group_activity', entityId: String(id),
      details: { batchId, deleted, done, forced: opts.force === true },
    });
    return { deleted };
  });
}
