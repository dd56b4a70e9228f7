/**
 * The logged-in user changes their own password, proving the current one first. Every other
 * session and token of theirs ends; the one making the change (`keepTokenHash`) stays.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { notFound, validation } from '../../domain/errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { checkPassword } from './employee-input.js';
import { endOtherSessions } from '../auth/end-sessions.js';

export async function changePassword(
  store: Store, clock: Clock, employeeId: number, input: { currentPassword: string; newPassword: string },
  keepTokenHash?: string,
): Promise<void> {
  const stored = await store.employees.passwordHash(employeeId);
  if (stored === undefined) throw notFound('employee', employeeId);
  if (!stored || !(await verifyPassword(input.currentPassword, stored))) throw validation('currentPassword', 'the current password is wrong');
  checkPassword(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await store.transaction(async (tx) => {
    await tx.employees.update(employeeId, { passwordHash }, clock.now().toISOString());
    await endOtherSessions(tx, employeeId, keepTokenHash);
  });
}
