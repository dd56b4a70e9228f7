/** Deletes a saved selection (drafts keep their own copy of a selection, so nothing else breaks). */
import type { Store } from '../ports/store.js';
import { notFound } from '../../domain/errors.js';

export async function deleteSavedSelection(store: Store, id: number): Promise<void> {
  if (!(await store.selections.delete(id))) throw notFound('selection', id);
}
