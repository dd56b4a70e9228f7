/** Adds a person to a contact; a new primary person takes the flag from the others. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ContactPerson } from '../../domain/model/contact.js';
import { notFound, validation } from '../../domain/errors.js';
import { contactPersonValues, type ContactPersonInput } from './contact-person-input.js';

export async function createContactPerson(store: Store, clock: Clock, contactId: number, input: ContactPersonInput): Promise<ContactPerson> {
  const v = contactPersonValues(input);
  if (!v.firstName && !v.lastName) throw validation('lastName', 'a contact person needs a first or last name');
  const now = clock.now().toISOString();
  return store.transaction(async (tx) => {
    if (!(await tx.contacts.get(contactId))) throw notFound('contact', contactId);
    const p = await tx.contactPersons.create(contactId, {
      firstName: v.firstName ?? null, lastName: v.lastName ?? null, title: v.title ?? null, phone: v.phone ?? null,
      mobile: v.mobile ?? null, email: v.email ?? null, isPrimary: v.isPrimary ?? false, inactive: v.inactive ?? false,
    }, now);
    if (p.isPrimary) await tx.contactPersons.clearPrimary(contactId, p.id, now);
    return p;
  });
}
