/**
 * Loads a saved selection for a viewer: 404 when they may not see it (as if it did not exist, so
 * a private selection's id tells nobody anything), 403 when they may see but not change it.
 */
import type { Store } from '../ports/store.js';
import type { SavedSelection } from '../ports/selections.js';
import type { Actor } from '../../domain/model/employee.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { mayChangeSavedSelection, maySeeSavedSelection } from '../../domain/selection/ownership.js';

export async function loadVisibleSelection(store: Store, actor: Actor, id: number): Promise<SavedSelection> {
  const s = await store.selections.get(id);
  if (!s || !maySeeSavedSelection(actor, s)) throw notFound('selection', id);
  return s;
}

export async function loadChangeableSelection(store: Store, actor: Actor, id: number): Promise<SavedSelection> {
  const s = await loadVisibleSelection(store, actor, id);
  if (!mayChangeSavedSelection(actor, s)) throw forbidden('you may only change your own saved selections (or be an administrator)');
  return s;
}
