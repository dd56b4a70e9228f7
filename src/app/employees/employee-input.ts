/**
 * Normalises and checks employee input shared by create and update: trimmed name, empty text as
 * null, a case-insensitively unique e-mail, and a password only together with an e-mail (login
 * is by e-mail).
 */
import type { Store } from '../ports/store.js';
import type { EmployeeValues } from '../ports/employees.js';
import type { Role } from '../../domain/model/employee.js';
import { conflict, validation } from '../../domain/errors.js';
import { emptyToNull } from '../../domain/text.js';
import { hashPassword } from '../auth/passwords.js';

export type EmployeeInput = {
  name?: string;
  initials?: string | null;
  email?: string | null;
  phone?: string | null;
  isAccountManager?: boolean;
  active?: boolean;
  role?: Role;
  password?: string;
};

export const MIN_PASSWORD_LENGTH = 8;

export function checkPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw validation(field, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
}

/** The columns to write for `input`; only fields present in the input appear in the answer. */
export async function employeeValues(
  store: Store, input: EmployeeInput, existingId?: number,
): Promise<Partial<EmployeeValues & { passwordHash: string }>> {
  const out: Partial<EmployeeValues & { passwordHash: string }> = {};
  if (input.name !== undefined) {
    const name = emptyToNull(input.name);
    if (!name) throw validation('name', 'name is required');
    out.name = name;
  }
  if (input.initials !== undefined) out.initials = emptyToNull(input.initials);
  if (input.phone !== undefined) out.phone = emptyToNull(input.phone);
  if (input.email !== undefined) {
    out.email = emptyToNull(input.email);
    if (out.email) {
      const owner = await store.employees.findIdByEmail(out.email);
      if (owner !== undefined && owner !== existingId) throw conflict(`the e-mail ${out.email} belongs to another employee`, 'email');
    }
  }
  if (input.isAccountManager !== undefined) out.isAccountManager = input.isAccountManager;
  if (input.active !== undefined) out.active = input.active;
  if (input.role !== undefined) out.role = input.role;
  if (input.password !== undefined) {
    checkPassword(input.password, 'password');
    out.passwordHash = await hashPassword(input.password);
  }
  return out;
}
