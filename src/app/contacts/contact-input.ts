/**
 * Normalises contact input shared by create and update: the name trimmed and required, every
 * other text trimmed with empty text as null, types deduplicated, the codes (category, line of
 * business, status, district) checked against their registers, and the account manager
 * ("our reference") checked to be an existing employee.
 */
import type { Store } from '../ports/store.js';
import type { ContactType, ContactValues } from '../../domain/model/contact.js';
import { CONTACT_TYPES } from '../../domain/model/contact.js';
import { validation } from '../../domain/errors.js';
import { emptyToNull } from '../../domain/text.js';
import { CODE_FIELDS } from '../../domain/model/contact-codes.js';
import { CODE_REGISTER_NAMES } from '../contact-codes/code-register-names.js';

export type ContactInput = Partial<Omit<ContactValues, 'types'>> & { types?: ContactType[] };

const TEXT_FIELDS = [
  'orgNumber', 'category', 'lineOfBusiness', 'status', 'district', 'postalAddress', 'postalCode', 'city', 'country',
  'phone', 'email', 'web', 'custom1', 'custom2', 'notes',
] as const;

export async function contactValues(store: Store, input: ContactInput): Promise<Partial<ContactValues>> {
  const out: Partial<ContactValues> = {};
  if (input.name !== undefined) {
    const name = emptyToNull(input.name);
    if (!name) throw validation('name', 'name is required');
    out.name = name;
  }
  for (const f of TEXT_FIELDS) if (input[f] !== undefined) out[f] = emptyToNull(input[f]);
  // Category, line of business, status and district come from the code registers: a code is
  // stored in the register's spelling, one the register lacks is refused.
  for (const f of CODE_FIELDS) {
    const code = out[f];
    if (code == null) continue;
    const item = await store.contactCodes.findByCode(f, code);
    if (!item) throw validation(f, `no ${CODE_REGISTER_NAMES[f]} has the code "${code}"`);
    out[f] = item.code;
  }
  if (input.types !== undefined) out.types = CONTACT_TYPES.filter((t) => input.types!.includes(t));
  if (input.turnover !== undefined) out.turnover = input.turnover;
  if (input.employeeCount !== undefined) out.employeeCount = input.employeeCount;
  if (input.inactive !== undefined) out.inactive = input.inactive;
  if (input.accountManagerId !== undefined) {
    out.accountManagerId = input.accountManagerId;
    if (input.accountManagerId !== null && !(await store.employees.get(input.accountManagerId))) {
      throw validation('accountManagerId', `no employee has id ${input.accountManagerId}`);
    }
  }
  return out;
}
