/**
 * Deletes an activity; its link rows go with it (ON DELETE CASCADE). A done activity of a
 * finished group activity is refused with 409 unless `force` is given (domain rule).
 */
import type { Store } from '../ports/store.js';
import { conflict, notFound } from '../../domain/errors.js';
import { deleteNeedsForce } from '../../domain/activity-card-actions.js';

export async function deleteActivity(store: Store, id: number, opts: { force?: boolean } = {}): Promise<void> {
  await store.transaction(async (tx) => {
    const a = await tx.activities.get(id);
    if (!a) throw notFound('activity', id);
    if (deleteNeedsForce(a) && !opts.force) {
      throw conflict(`activity ${id} is done and belongs to a finished group activity; send force=true to delete it`, undefined, { batchId: a.batchId });
    }
    await tx.activities.delete(id);
  });
}
