/** Reads one item of a small register or fails with 404. */
import type { Store } from '../ports/store.js';
import type { LookupItem } from '../ports/lookups.js';
import { notFound } from '../../domain/errors.js';
import type { PickRegister } from './register-item-input.js';

export async function getRegisterItem<T extends LookupItem, V>(store: Store, pick: PickRegister<T, V>, what: string, id: number): Promise<T> {
  const item = await pick(store).get(id);
  if (!item) throw notFound(what, id);
  return item;
}
