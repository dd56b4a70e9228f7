/** Reads one contact or fails with 404. */
import type { Store } from '../ports/store.js';
import type { Contact } from '../../domain/model/contact.js';
import { notFound } from '../../domain/errors.js';

export async function getContact(store: Store, id: number): Promise<Contact> {
  const c = await store.contacts.get(id);
  if (!c) throw notFound('contact', id);
  return c;
}
