/**
 * Deletes a code no contact carries; one in use can only be made inactive (it is then no longer
 * offered for new choices, and the contacts keep it).
 */
import type { Store } from '../ports/store.js';
import type { CodeField } from '../../domain/model/contact-codes.js';
import { conflict, notFound } from '../../domain/errors.js';
import { CODE_REGISTER_NAMES } from './code-register-names.js';

export async function deleteContactCode(store: Store, field: CodeField, id: number): Promise<void> {
  await store.transaction(async (tx) => {
    const item = await tx.contactCodes.get(id);
    if (!item || item.field !== field) throw notFound(CODE_REGISTER_NAMES[field], id);
    const used = await tx.contactCodes.contactsWith(field, item.code);
    if (used > 0) {
      throw conflict(`the ${CODE_REGISTER_NAMES[field]} is in use and cannot be deleted; make it inactive instead (inactive: true)`, undefined, { contacts: used });
    }
    await tx.contactCodes.delete(id);
  });
}
