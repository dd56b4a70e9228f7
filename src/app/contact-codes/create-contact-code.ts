/** Adds a code to a contact code register; a code already there (in any case) is a 409 on `code`. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { CodeField, ContactCode } from '../../domain/model/contact-codes.js';
import { conflict } from '../../domain/errors.js';
import { contactCodeValues, type ContactCodeInput } from './contact-code-input.js';

export async function createContactCode(
  store: Store, clock: Clock, field: CodeField, input: ContactCodeInput & { code: string },
): Promise<ContactCode> {
  const v = contactCodeValues(input);
  return store.transaction(async (tx) => {
    const existing = await tx.contactCodes.findByCode(field, v.code!);
    if (existing) throw conflict(`the code "${existing.code}" is already in the register`, 'code');
    return tx.contactCodes.create(field, { code: v.code!, label: v.label ?? v.code!, inactive: v.inactive ?? false }, clock.now().toISOString());
  });
}
