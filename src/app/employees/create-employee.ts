/** Creates an employee (administrators only; the route checks the role). */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Employee } from '../../domain/model/employee.js';
import { validation } from '../../domain/errors.js';
import { employeeValues, type EmployeeInput } from './employee-input.js';

export async function createEmployee(store: Store, clock: Clock, input: EmployeeInput & { name: string }): Promise<Employee> {
  return store.transaction(async (tx) => {
    const v = await employeeValues(tx, input);
    if (v.passwordHash && !v.email) throw validation('email', 'an employee who can log in needs an e-mail');
    return tx.employees.create({
      name: v.name!, initials: v.initials ?? null, email: v.email ?? null, phone: v.phone ?? null,
      isAccountManager: v.isAccountManager ?? false, active: v.active ?? true, role: v.role ?? 'user',
      passwordHash: v.passwordHash ?? null,
    }, clock.now().toISOString());
  });
}
