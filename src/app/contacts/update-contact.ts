/** Partial update of a contact: only the fields sent change. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Contact } from '../../domain/model/contact.js';
import { notFound } from '../../domain/errors.js';
import { contactValues, type ContactInput } from './contact-input.js';

export async function updateContact(store: Store, clock: Clock, id: number, input: ContactInput): Promise<Contact> {
  return store.transaction(async (tx) => {
    const v = await contactValues(tx, input);
    const c = await tx.contacts.update(id, v, clock.now().toISOString());
    if (!c) throw notFound('contact', id);
    return c;
  });
}
