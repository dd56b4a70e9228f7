/** Shared checks of a saved selection's name and body (create, replace, patch). */
import type { Store } from '../ports/store.js';
import type { Selection } from '../../domain/selection/types.js';
import { validateSelection } from '../../domain/selection/validate.js';
import { conflict, validation } from '../../domain/errors.js';

export const MAX_NAME_LENGTH = 200;

export function cleanName(name: unknown): string {
  const n = typeof name === 'string' ? name.trim() : '';
  if (!n) throw validation('name', 'name is required');
  if (n.length > MAX_NAME_LENGTH) throw validation('name', `name longer than ${MAX_NAME_LENGTH} characters`);
  return n;
}

/** Names are unique regardless of case; `exceptId` is the selection being renamed. */
export async function assertNameFree(store: Store, name: string, exceptId?: number): Promise<void> {
  const other = await store.selections.findByName(name);
  if (other && other.id !== exceptId) throw conflict(`a selection named "${other.name}" already exists`, 'name');
}

export function cleanSelection(selection: unknown): Selection {
  return validateSelection(selection, 'selection');
}
