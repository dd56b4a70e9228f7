/** Lists a small register in Swedish name order (or a given key), inactive items only on request. */
import type { Store } from '../ports/store.js';
import type { LookupItem } from '../ports/lookups.js';
import type { Page } from '../paging.js';
import { sortKey } from '../../domain/text.js';
import { pageInMemory } from './page-in-memory.js';
import type { PickRegister } from './register-item-input.js';

export async function listRegisterItems<T extends LookupItem, V>(
  store: Store, pick: PickRegister<T, V>,
  input: { includeInactive?: boolean; limit?: unknown; cursor?: string },
  key: (item: T) => (string | number)[] = (i) => [sortKey(i.name), i.id],
): Promise<Page<T>> {
  const items = await pick(store).all({ includeInactive: input.includeInactive ?? false });
  return pageInMemory(items, key, input);
}
