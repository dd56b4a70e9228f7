/**
 * Creates a contact. The contact number comes from the `contact` counter inside the same
 * transaction, so numbers stay unique under concurrent creates on both databases.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Contact } from '../../domain/model/contact.js';
import { contactValues, type ContactInput } from './contact-input.js';

export async function createContact(store: Store, clock: Clock, input: ContactInput & { name: string }): Promise<Contact> {
  return store.transaction(async (tx) => {
    const v = await contactValues(tx, input);
    return tx.contacts.create({
      name: v.name!, orgNumber: v.orgNumber ?? null, types: v.types ?? [], category: v.category ?? null, lineOfBusiness: v.lineOfBusiness ?? null,
      status: v.status ?? null, district: v.district ?? null, postalAddress: v.postalAddress ?? null,
      postalCode: v.postalCode ?? null, city: v.city ?? null, country: v.country ?? null, phone: v.phone ?? null,
      email: v.email ?? null, web: v.web ?? null, accountManagerId: v.accountManagerId ?? null,
      turnover: v.turnover ?? null, employeeCount: v.employeeCount ?? null, custom1: v.custom1 ?? null,
      custom2: v.custom2 ?? null, notes: v.notes ?? null, inactive: v.inactive ?? false,
    }, clock.now().toISOString());
  });
}
