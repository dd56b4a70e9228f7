/**
 * The company's working time and the employees' own hours: read by everyone (the planner and the
 * card need them), changed by an administrator. The closed days of a year are computed, so every
 * year has its Easter and Midsummer without anyone typing them in.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { forbidden, notFound, validation } from '../../domain/errors.js';
import {
  checkHours, checkWorkingTime, DEFAULT_WORKING_TIME, nonWorkingDays, type NonWorkingDay, type WorkingHours, type WorkingTime,
} from '../../domain/scheduling/working-time.js';

export async function getWorkingTime(store: Store): Promise<WorkingTime> {
  return (await store.scheduling.workingTime()) ?? DEFAULT_WORKING_TIME;
}

export async function updateWorkingTime(store: Store, clock: Clock, actor: Actor, input: Partial<WorkingTime>): Promise<WorkingTime> {
  if (actor.role !== 'admin') throw forbidden('only an administrator changes the working time');
  const current = await getWorkingTime(store);
  const next = checkWorkingTime({ ...current, ...input });
  await store.scheduling.saveWorkingTime(next, clock.now().toISOString());
  return next;
}

export async function listNonWorkingDays(store: Store, year: number): Promise<NonWorkingDay[]> {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw validation('year', 'expected a year between 1900 and 2200');
  return nonWorkingDays(await getWorkingTime(store), year);
}

/** An employee's hours: `own` is null when the company's apply. */
export async function getEmployeeHours(store: Store, employeeId: number): Promise<{ employeeId: number; own: WorkingHours | null; effective: WorkingHours }> {
  if (!(await store.employees.get(employeeId))) throw notFound('employee', employeeId);
  const own = (await store.scheduling.employeeHours([employeeId])).get(employeeId) ?? null;
  return { employeeId, own, effective: own ?? (await getWorkingTime(store)).hours };
}

export async function setEmployeeHours(store: Store, clock: Clock, actor: Actor, employeeId: number, hours: WorkingHours | null) {
  if (actor.role !== 'admin') throw forbidden('only an administrator changes working hours');
  if (!(await store.employees.get(employeeId))) throw notFound('employee', employeeId);
  await store.scheduling.setEmployeeHours(employeeId, hours ? checkHours(hours, 'hours') : null, clock.now().toISOString());
  return getEmployeeHours(store, employeeId);
}
