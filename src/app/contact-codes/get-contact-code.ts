/** Reads one item of a contact code register or fails with 404. */
import type { Store } from '../ports/store.js';
import type { CodeField, ContactCode } from '../../domain/model/contact-codes.js';
import { notFound } from '../../domain/errors.js';
import { CODE_REGISTER_NAMES } from './code-register-names.js';

export async function getContactCode(store: Store, field: CodeField, id: number): Promise<ContactCode> {
  const item = await store.contactCodes.get(id);
  if (!item || item.field !== field) throw notFound(CODE_REGISTER_NAMES[field], id);
  return item;
}
