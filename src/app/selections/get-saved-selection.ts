/** Reads one saved selection or fails with 404. */
import type { Store } from '../ports/store.js';
import type { SavedSelection } from '../ports/selections.js';
import { notFound } from '../../domain/errors.js';

export async function getSavedSelection(store: Store, id: number): Promise<SavedSelection> {
  const s = await store.selections.get(id);
  if (!s) throw notFound('selection', id);
  return s;
}
