/**
 * Lists contacts: filters, a sort (name, number, city, postal code; either direction) and keyset
 * paging. Inactive contacts are left out unless asked for.
 */
import type { Store } from '../ports/store.js';
import type { ContactListQuery, ContactSort, SortDir } from '../ports/contacts.js';
import type { Contact, ContactType } from '../../domain/model/contact.js';
import { clampLimit, decodeCursor, type Page } from '../paging.js';

export type ListContactsInput = {
  q?: string; city?: string; category?: string; accountManagerId?: number; type?: ContactType;
  includeInactive?: boolean; sort?: ContactSort; dir?: SortDir; limit?: unknown; cursor?: string;
};

export async function listContacts(store: Store, input: ListContactsInput): Promise<Page<Contact>> {
  const query: ContactListQuery = {
    q: input.q?.trim() || undefined,
    city: input.city?.trim() || undefined,
    category: input.category?.trim() || undefined,
    accountManagerId: input.accountManagerId,
    type: input.type,
    includeInactive: input.includeInactive ?? false,
    sort: input.sort ?? 'name',
    dir: input.dir ?? 'asc',
    limit: clampLimit(input.limit),
    cursor: decodeCursor(input.cursor),
  };
  return store.contacts.list(query);
}
