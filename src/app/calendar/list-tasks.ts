/**
 * The task list of one employee (the caller by default): task-list activities they are
 * responsible for, open / done / all, by date (undated last) then priority; overdue marked.
 */
import type { Store } from '../ports/store.js';
import type { TaskItem } from '../ports/calendar.js';
import type { TaskFilter } from '../../domain/model/user-settings.js';
import { notFound } from '../../domain/errors.js';

export const MAX_TASKS = 2_000;

export type TaskRow = TaskItem & { overdue: boolean };
export type TaskList = { items: TaskRow[]; more: boolean };

/** Open and past its end (or its start, when it has no end). */
export function isOverdue(t: Pick<TaskItem, 'done' | 'startAt' | 'endAt'>, now: string): boolean {
  const due = t.endAt ?? t.startAt;
  return !t.done && !!due && due < now;
}

export async function listTasks(
  store: Store, now: string, input: { employeeId: number; filter: TaskFilter; limit?: number },
): Promise<TaskList> {
  if (!(await store.employees.get(input.employeeId))) throw notFound('employee', input.employeeId);
  const limit = Math.min(input.limit ?? MAX_TASKS, MAX_TASKS);
  const rows = await store.calendar.tasks({ employeeId: input.employeeId, filter: input.filter, limit: limit + 1 });
  return {
    items: rows.slice(0, limit).map((t) => ({ ...t, overdue: isOverdue(t, now) })),
    more: rows.length > limit,
  };
}
