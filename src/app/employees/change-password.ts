/** The logged-in user changes their own password, proving the current one first. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { notFound, validation } from '../../domain/errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { checkPassword } from './employee-input.js';

export async function changePassword(
  store: Store, clock: Clock, employeeId: number, input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const stored = await store.employees.passwordHash(employeeId);
  if (stored === undefined) throw notFound('employee', employeeId);
  if (!stored || !(await verifyPassword(input.currentPassword, stored))) throw validation('currentPassword', 'the current password is wrong');
  checkPassword(input.newPassword, 'newPassword');
  await store.employees.update(employeeId, { passwordHash: await hashPassword(input.newPassword) }, clock.now().toISOString());
}
