/** Employees are never deleted (activities refer to them): DELETE makes the employee inactive. */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Employee } from '../../domain/model/employee.js';
import { updateEmployee } from './update-employee.js';

export async function deactivateEmployee(store: Store, clock: Clock, id: number): Promise<Employee> {
  return updateEmployee(store, clock, id, { active: false });
}
