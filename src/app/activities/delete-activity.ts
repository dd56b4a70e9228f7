/** Deletes an activity; its link rows go with it (ON DELETE CASCADE), all in one statement. */
import type { Store } from '../ports/store.js';
import { notFound } from '../../domain/errors.js';

export async function deleteActivity(store: Store, id: number): Promise<void> {
  if (!(await store.activities.delete(id))) throw notFound('activity', id);
}
