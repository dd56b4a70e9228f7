/**
 * Changes a code's label, code or inactive flag. A changed code is renamed on every contact that
 * carries it in the same transaction (one UPDATE), so no contact is left with a code the register
 * no longer has.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { CodeField, ContactCode } from '../../domain/model/contact-codes.js';
import { conflict, notFound } from '../../domain/errors.js';
import { fold } from '../../domain/text.js';
import { contactCodeValues, type ContactCodeInput } from './contact-code-input.js';
import { CODE_REGISTER_NAMES } from './code-register-names.js';

export async function updateContactCode(
  store: Store, clock: Clock, field: CodeField, id: number, input: ContactCodeInput,
): Promise<ContactCode> {
  const v = contactCodeValues(input);
  return store.transaction(async (tx) => {
    const item = await tx.contactCodes.get(id);
    if (!item || item.field !== field) throw notFound(CODE_REGISTER_NAMES[field], id);
    if (v.code !== undefined && v.code !== item.code) {
      if (fold(v.code) !== fold(item.code)) {
        const other = await tx.contactCodes.findByCode(field, v.code);
        if (other) throw conflict(`the code "${other.code}" is already in the register`, 'code');
      }
      await tx.contactCodes.renameOnContacts(field, item.code, v.code);
    }
    const saved = await tx.contactCodes.update(id, v, clock.now().toISOString());
    return saved!;
  });
}
