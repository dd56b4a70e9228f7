/** Reads one saved selection the actor may see (their own, a shared one, any for an administrator) or fails with 404. */
import type { Store } from '../ports/store.js';
import type { SavedSelection } from '../ports/selections.js';
import type { Actor } from '../../domain/model/employee.js';
import { loadVisibleSelection } from './saved-selection-access.js';

export async function getSavedSelection(store: Store, actor: Actor, id: number): Promise<SavedSelection> {
  return loadVisibleSelection(store, actor, id);
}
