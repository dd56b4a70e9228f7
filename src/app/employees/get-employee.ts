/** Reads one employee or fails with 404. */
import type { Store } from '../ports/store.js';
import type { Employee } from '../../domain/model/employee.js';
import { notFound } from '../../domain/errors.js';

export async function getEmployee(store: Store, id: number): Promise<Employee> {
  const e = await store.employees.get(id);
  if (!e) throw notFound('employee', id);
  return e;
}
