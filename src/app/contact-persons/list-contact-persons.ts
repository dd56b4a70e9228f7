/** Lists a contact's persons: primary first, then Swedish order of last and first name. */
import type { Store } from '../ports/store.js';
import type { ContactPerson } from '../../domain/model/contact.js';
import type { Page } from '../paging.js';
import { notFound } from '../../domain/errors.js';
import { sortKey } from '../../domain/text.js';
import { pageInMemory } from '../registers/page-in-memory.js';

export async function listContactPersons(
  store: Store, contactId: number, input: { includeInactive?: boolean; limit?: unknown; cursor?: string },
): Promise<Page<ContactPerson>> {
  if (!(await store.contacts.get(contactId))) throw notFound('contact', contactId);
  const persons = await store.contactPersons.listByContact(contactId, { includeInactive: input.includeInactive ?? false });
  return pageInMemory(persons, (p) => [p.isPrimary ? 0 : 1, sortKey(p.lastName ?? ''), sortKey(p.firstName ?? ''), p.id], ['int', 'string', 'string', 'int'], input);
}
