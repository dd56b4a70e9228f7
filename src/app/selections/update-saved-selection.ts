/** Renames and/or replaces a saved selection (PUT sends both, PATCH either). */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { SavedSelection } from '../ports/selections.js';
import { notFound } from '../../domain/errors.js';
import { assertNameFree, cleanName, cleanSelection } from './saved-selection-input.js';

export async function updateSavedSelection(
  store: Store, clock: Clock, id: number, input: { name?: unknown; selection?: unknown },
): Promise<SavedSelection> {
  const name = input.name === undefined ? undefined : cleanName(input.name);
  const selection = input.selection === undefined ? undefined : cleanSelection(input.selection);
  return store.transaction(async (tx) => {
    if (!(await tx.selections.get(id))) throw notFound('selection', id);
    if (name !== undefined) await assertNameFree(tx, name, id);
    const saved = await tx.selections.update(id, { name, selection }, clock.now().toISOString());
    if (!saved) throw notFound('selection', id);
    return saved;
  });
}
