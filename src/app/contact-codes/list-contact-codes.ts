/** Lists one contact code register in code order (Swedish order), inactive items only on request. */
import type { Store } from '../ports/store.js';
import type { Page } from '../paging.js';
import type { CodeField, ContactCode } from '../../domain/model/contact-codes.js';
import { sortKey } from '../../domain/text.js';
import { pageInMemory } from '../registers/page-in-memory.js';

export async function listContactCodes(
  store: Store, field: CodeField, input: { includeInactive?: boolean; limit?: unknown; cursor?: string },
): Promise<Page<ContactCode>> {
  const items = await store.contactCodes.all(field, { includeInactive: input.includeInactive ?? false });
  return pageInMemory(items, (i) => [sortKey(i.code), i.id], ['string', 'int'], input);
}
