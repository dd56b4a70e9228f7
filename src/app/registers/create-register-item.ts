/** Creates an item of a small register; `defaults` fills the fields the request left out. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { LookupItem } from '../ports/lookups.js';
import { registerItemValues, type PickRegister } from './register-item-input.js';

export async function createRegisterItem<T extends LookupItem, V extends { name: string }>(
  store: Store, clock: Clock, pick: PickRegister<T, V>, defaults: Omit<V, 'name'>, input: Partial<V> & { name: string },
): Promise<T> {
  const values = { ...defaults, ...registerItemValues<V>(input) } as V;
  return pick(store).create(values, clock.now().toISOString());
}
