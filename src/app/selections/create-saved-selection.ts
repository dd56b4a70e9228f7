/** Saves a selection under a unique name (409 when the name is taken), owned by the actor. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { SavedSelection } from '../ports/selections.js';
import type { Actor } from '../../domain/model/employee.js';
import { assertNameFree, cleanName, cleanSelection } from './saved-selection-input.js';

export async function createSavedSelection(
  store: Store, clock: Clock, actor: Actor, input: { name: unknown; selection: unknown; shared?: boolean },
): Promise<SavedSelection> {
  const name = cleanName(input.name);
  const selection = cleanSelection(input.selection);
  return store.transaction(async (tx) => {
    await assertNameFree(tx, name);
    return tx.selections.create({ name, selection, createdBy: actor.employeeId, shared: input.shared ?? false }, clock.now().toISOString());
  });
}
