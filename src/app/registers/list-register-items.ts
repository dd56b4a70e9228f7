/** Lists a small register in Swedish name order (or a given key), inactive items only on request. */
import type { Store } from '../ports/store.js';
import type { LookupItem } from '../ports/lookups.js';
import type { CursorPart, Page } from '../paging.js';

/** A list order: the sort key of an item and the type of each of its parts. */
export type RegisterOrder<T> = { key: (item: T) => (string | number)[]; shape: readonly CursorPart[] };
import { sortKey } from '../../domain/text.js';
import { pageInMemory } from './page-in-memory.js';
import type { PickRegister } from './register-item-input.js';

export async function listRegisterItems<T extends LookupItem, V>(
  store: Store, pick: PickRegister<T, V>,
  input: { includeInactive?: boolean; limit?: unknown; cursor?: string },
  order: RegisterOrder<T> = { key: (i) => [sortKey(i.name), i.id], shape: ['string', 'int'] },
): Promise<Page<T>> {
  const items = await pick(store).all({ includeInactive: input.includeInactive ?? false });
  return pageInMemory(items, order.key, order.shape, input);
}
