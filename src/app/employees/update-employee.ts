/**
 * Changes an employee (administrators only). The last active administrator cannot lose the role
 * or be made inactive, so the company is never locked out of its own settings.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Employee } from '../../domain/model/employee.js';
import { conflict, notFound, validation } from '../../domain/errors.js';
import { employeeValues, type EmployeeInput } from './employee-input.js';
import { endOtherSessions } from '../auth/end-sessions.js';

/** A new password ends the employee's other sessions and tokens (`keepTokenHash`: the caller's own); deactivation ends all. */
export async function updateEmployee(
  store: Store, clock: Clock, id: number, input: EmployeeInput, opts: { keepTokenHash?: string } = {},
): Promise<Employee> {
  return store.transaction(async (tx) => {
    const before = await tx.employees.get(id);
    if (!before) throw notFound('employee', id);
    const v = await employeeValues(tx, input, id);
    const email = v.email !== undefined ? v.email : before.email;
    if ((v.passwordHash || before.canLogIn) && !email) throw validation('email', 'an employee who can log in needs an e-mail');
    const losesAdmin = before.role === 'admin' && before.active && (v.role === 'user' || v.active === false);
    if (losesAdmin && (await tx.employees.countActiveAdmins()) <= 1) {
      throw conflict('the last active administrator must stay an active administrator', v.active === false ? 'active' : 'role');
    }
    const after = await tx.employees.update(id, v, clock.now().toISOString());
    if (!after) throw notFound('employee', id);
    if (v.active === false) await endOtherSessions(tx, id);
    else if (v.passwordHash) await endOtherSessions(tx, id, opts.keepTokenHash);
    return after;
  });
}
