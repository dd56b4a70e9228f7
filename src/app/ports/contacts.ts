/**
 * Port of the contact register. Lists page by keyset over indexed sort keys, so a page costs the
 * same at 100,000 contacts as at 100; the cursor carries the sort it was made for.
 */
import type { Contact, ContactType, ContactValues } from '../../domain/model/contact.js';
import type { Page } from '../paging.js';

export type ContactSort = 'name' | 'number' | 'city' | 'postalCode';
export type SortDir = 'asc' | 'desc';

export type ContactListQuery = {
  q?: string;
  city?: string;
  category?: string;
  accountManagerId?: number;
  type?: ContactType;
  includeInactive: boolean;
  sort: ContactSort;
  dir: SortDir;
  limit: number;
  /** Decoded cursor; the repository checks it belongs to this sort. */
  cursor?: unknown[];
};

export interface ContactRepository {
  list(query: ContactListQuery): Promise<Page<Contact>>;
  get(id: number): Promise<Contact | undefined>;
  /** Allocates the next contact number from the `contact` counter; call inside a transaction. */
  create(values: ContactValues, now: string): Promise<Contact>;
  update(id: number, values: Partial<ContactValues>, now: string): Promise<Contact | undefined>;
  delete(id: number): Promise<void>;
  /** true when any activity links the contact (then it may only be made inactive). */
  hasActivities(id: number): Promise<boolean>;
}
