/** Partial update of a contact person; setting isPrimary clears it on the contact's other persons. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ContactPerson } from '../../domain/model/contact.js';
import { notFound, validation } from '../../domain/errors.js';
import { contactPersonValues, type ContactPersonInput } from './contact-person-input.js';

export async function updateContactPerson(store: Store, clock: Clock, id: number, input: ContactPersonInput): Promise<ContactPerson> {
  const v = contactPersonValues(input);
  const now = clock.now().toISOString();
  return store.transaction(async (tx) => {
    const before = await tx.contactPersons.get(id);
    if (!before) throw notFound('contact person', id);
    const first = v.firstName !== undefined ? v.firstName : before.firstName;
    const last = v.lastName !== undefined ? v.lastName : before.lastName;
    if (!first && !last) throw validation('lastName', 'a contact person needs a first or last name');
    const p = (await tx.contactPersons.update(id, v, now))!;
    if (v.isPrimary) await tx.contactPersons.clearPrimary(p.contactId, p.id, now);
    return p;
  });
}
