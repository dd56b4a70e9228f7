/** Renames, replaces and/or shares a saved selection (PUT sends name and selection, PATCH any); owner or administrator only. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { SavedSelection } from '../ports/selections.js';
import type { Actor } from '../../domain/model/employee.js';
import { notFound } from '../../domain/errors.js';
import { assertNameFree, cleanName, cleanSelection } from './saved-selection-input.js';
import { loadChangeableSelection } from './saved-selection-access.js';

export async function updateSavedSelection(
  store: Store, clock: Clock, actor: Actor, id: number, input: { name?: unknown; selection?: unknown; shared?: boolean },
): Promise<SavedSelection> {
  const name = input.name === undefined ? undefined : cleanName(input.name);
  const selection = input.selection === undefined ? undefined : cleanSelection(input.selection);
  return store.transaction(async (tx) => {
    await loadChangeableSelection(tx, actor, id);
    if (name !== undefined) await assertNameFree(tx, name, id);
    const saved = await tx.selections.update(id, { name, selection, shared: input.shared }, clock.now().toISOString());
    if (!saved) throw notFound('selection', id);
    return saved;
  });
}
