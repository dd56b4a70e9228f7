/** Normalises contact person input: trimmed text, empty as null; a person needs a first or last name. */
import type { ContactPersonValues } from '../../domain/model/contact.js';
import { emptyToNull } from '../../domain/text.js';

export type ContactPersonInput = {
  [K in keyof ContactPersonValues]?: ContactPersonValues[K] extends string | null ? string | null : ContactPersonValues[K];
};

const TEXT_FIELDS = ['firstName', 'lastName', 'title', 'phone', 'mobile', 'email'] as const;

export function contactPersonValues(input: ContactPersonInput): Partial<ContactPersonValues> {
  const out: Partial<ContactPersonValues> = {};
  for (const f of TEXT_FIELDS) if (input[f] !== undefined) out[f] = emptyToNull(input[f]);
  if (input.isPrimary !== undefined) out.isPrimary = input.isPrimary;
  if (input.inactive !== undefined) out.inactive = input.inactive;
  return out;
}
