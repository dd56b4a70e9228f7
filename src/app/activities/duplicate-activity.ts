/**
 * Duplicate on the activity card: a copy of the activity with a new number (the rules of the copy
 * are in domain/activity-card-actions.ts), created through the normal create use case so every
 * check and default applies.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Activity } from '../../domain/model/activity.js';
import { notFound } from '../../domain/errors.js';
import { duplicateOf } from '../../domain/activity-card-actions.js';
import { createActivity } from './create-activity.js';

export async function duplicateActivity(store: Store, clock: Clock, actorId: number | null, id: number): Promise<Activity> {
  return store.transaction(async (tx) => {
    const original = await tx.activities.get(id);
    if (!original) throw notFound('activity', id);
    return createActivity(tx, clock, actorId, duplicateOf(original));
  });
}
