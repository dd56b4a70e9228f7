/** Saves a selection under a unique name (409 when the name is taken). */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { SavedSelection } from '../ports/selections.js';
import { assertNameFree, cleanName, cleanSelection } from './saved-selection-input.js';

export async function createSavedSelection(
  store: Store, clock: Clock, input: { name: unknown; selection: unknown }, createdBy: number | null,
): Promise<SavedSelection> {
  const name = cleanName(input.name);
  const selection = cleanSelection(input.selection);
  return store.transaction(async (tx) => {
    await assertNameFree(tx, name);
    return tx.selections.create({ name, selection, createdBy }, clock.now().toISOString());
  });
}
