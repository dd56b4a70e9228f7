/** Partial update of an item of a small register. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { LookupItem } from '../ports/lookups.js';
import { notFound } from '../../domain/errors.js';
import { registerItemValues, type PickRegister } from './register-item-input.js';

export async function updateRegisterItem<T extends LookupItem, V extends object>(
  store: Store, clock: Clock, pick: PickRegister<T, V>, what: string, id: number, input: Partial<V>,
): Promise<T> {
  const item = await pick(store).update(id, registerItemValues<V>(input), clock.now().toISOString());
  if (!item) throw notFound(what, id);
  return item;
}
