/**
 * Deletes a saved selection, owner or administrator only (drafts keep their own copy of a
 * selection, so nothing else breaks).
 */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { notFound } from '../../domain/errors.js';
import { loadChangeableSelection } from './saved-selection-access.js';

export async function deleteSavedSelection(store: Store, actor: Actor, id: number): Promise<void> {
  await store.transaction(async (tx) => {
    await loadChangeableSelection(tx, actor, id);
    if (!(await tx.selections.delete(id))) throw notFound('selection', id);
  });
}
