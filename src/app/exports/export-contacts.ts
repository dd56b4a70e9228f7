/**
 * Contacts as the list shows them (its filters and sort), each with its contact persons (primary
 * first) and its account manager's name, read in keyset pages of 1,000 so an export of 100,000
 * contacts holds one page in memory. The first page is read before this answers, so a bad filter
 * is an error before anything is sent.
 */
import type { Store } from '../ports/store.js';
import type { Contact, ContactPerson } from '../../domain/model/contact.js';
import { listContacts, type ListContactsInput } from '../contacts/list-contacts.js';

export type ContactExportRow = { contact: Contact; persons: ContactPerson[]; accountManager: string | null };
export type ContactExportFilters = Omit<ListContactsInput, 'limit' | 'cursor'>;

const PAGE = 1000;

export async function exportContacts(store: Store, filters: ContactExportFilters): Promise<AsyncIterable<ContactExportRow>> {
  let page = await listContacts(store, { ...filters, limit: PAGE });
  async function* rows(): AsyncGenerator<ContactExportRow> {
    for (;;) {
      const ids = page.items.map((c) => c.id);
      const persons = await store.imports.listPersons(ids);
      const byContact = new Map<number, ContactPerson[]>();
      for (const p of persons) byContact.set(p.contactId, [...(byContact.get(p.contactId) ?? []), p]);
      const managerIds = [...new Set(page.items.map((c) => c.accountManagerId).filter((x): x is number => x !== null))];
      const names = await store.reportData.employeeNames(managerIds);
      for (const contact of page.items) {
        yield { contact, persons: byContact.get(contact.id) ?? [], accountManager: contact.accountManagerId === null ? null : names.get(contact.accountManagerId) ?? null };
      }
      if (!page.nextCursor) return;
      page = await listContacts(store, { ...filters, limit: PAGE, cursor: page.nextCursor });
    }
  }
  return rows();
}
