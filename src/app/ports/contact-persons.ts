/** Port of the contact persons under a contact. */
import type { ContactPerson, ContactPersonValues } from '../../domain/model/contact.js';

export interface ContactPersonRepository {
  listByContact(contactId: number, opts: { includeInactive: boolean }): Promise<ContactPerson[]>;
  get(id: number): Promise<ContactPerson | undefined>;
  create(contactId: number, values: ContactPersonValues, now: string): Promise<ContactPerson>;
  update(id: number, values: Partial<ContactPersonValues>, now: string): Promise<ContactPerson | undefined>;
  /** Clears the primary flag of the contact's other persons (one statement). */
  clearPrimary(contactId: number, exceptId: number, now: string): Promise<void>;
  delete(id: number): Promise<void>;
  hasActivities(id: number): Promise<boolean>;
}
