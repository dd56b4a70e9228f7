/**
 * Input rule of a contact code: the code is required, trimmed and at most 50 characters; the
 * label is trimmed, and an empty label given with the code becomes the code.
 */
import { validation } from '../../domain/errors.js';
import { emptyToNull } from '../../domain/text.js';
import { MAX_CODE_LENGTH as MAX_CODE, type ContactCodeValues } from '../../domain/model/contact-codes.js';

export type ContactCodeInput = { code?: string; label?: string | null; inactive?: boolean };

export function contactCodeValues(input: ContactCodeInput): Partial<ContactCodeValues> {
  const out: Partial<ContactCodeValues> = {};
  if (input.code !== undefined) {
    const code = emptyToNull(input.code);
    if (!code) throw validation('code', 'code is required');
    if (code.length > MAX_CODE) throw validation('code', `the code is longer than ${MAX_CODE} characters`);
    out.code = code;
  }
  if (input.label !== undefined) {
    const label = emptyToNull(input.label ?? '');
    if (label) out.label = label;
    else if (out.code !== undefined) out.label = out.code;
    else throw validation('label', 'label is required');
  }
  if (input.inactive !== undefined) out.inactive = input.inactive;
  return out;
}
