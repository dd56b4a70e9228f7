/** Reads one contact person or fails with 404. */
import type { Store } from '../ports/store.js';
import type { ContactPerson } from '../../domain/model/contact.js';
import { notFound } from '../../domain/errors.js';

export async function getContactPerson(store: Store, id: number): Promise<ContactPerson> {
  const p = await store.contactPersons.get(id);
  if (!p) throw notFound('contact person', id);
  return p;
}
