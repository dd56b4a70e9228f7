/**
 * Deletes an item of a small register that nothing uses; one in use by activities can only be
 * made inactive, so existing activities keep their type, status, priority or resource.
 */
import type { Store } from '../ports/store.js';
import type { LookupItem } from '../ports/lookups.js';
import { conflict, notFound } from '../../domain/errors.js';
import type { PickRegister } from './register-item-input.js';

export async function deleteRegisterItem<T extends LookupItem, V>(store: Store, pick: PickRegister<T, V>, what: string, id: number): Promise<void> {
  await store.transaction(async (tx) => {
    const repo = pick(tx);
    if (!(await repo.get(id))) throw notFound(what, id);
    if (await repo.inUse(id)) throw conflict(`the ${what} is in use and cannot be deleted; make it inactive instead (inactive: true)`);
    await repo.delete(id);
  });
}
