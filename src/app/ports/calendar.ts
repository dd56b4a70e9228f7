/**
 * Port of the calendar reads (the interval of chosen employees and resources, the task list),
 * the per-user settings and the calendar feed secrets.
 */
import type { CalendarItem } from '../../domain/calendar/calendar-item.js';
import type { TaskFilter, UserSettings } from '../../domain/model/user-settings.js';

export type CalendarQuery = {
  /** ISO timestamps; `to` exclusive */
  from: string;
  to: string;
  employeeIds: number[];
  resourceIds: number[];
  /** false: the task list's activities are left out (the default); the feed also leaves them out */
  includeTaskList?: boolean;
};

export type TaskItem = {
  id: number;
  number: number;
  subject: string | null;
  startAt: string | null;
  endAt: string | null;
  done: boolean;
  doneAt: string | null;
  priority: number | null;
  priorityName: string | null;
  typeId: number | null;
  typeName: string | null;
  statusName: string | null;
  color: string | null;
  contacts: { id: number; name: string }[];
  batchId: number | null;
  updatedAt: string;
};

export type TaskQuery = { employeeId: number; filter: TaskFilter; limit: number };

export type CalendarFeed = { id: number; employeeId: number; name: string | null; createdAt: string; lastUsedAt: string | null };

export interface CalendarRepository {
  /** Calendar activities overlapping [from, to) that occupy one of the employees or resources. */
  items(q: CalendarQuery): Promise<CalendarItem[]>;
  /** Up to `limit` task-list activities of one responsible: by date (undated last), priority, number. */
  tasks(q: TaskQuery): Promise<TaskItem[]>;
  /** Those of `employeeIds` who hide the details of their activities from others. */
  hidingEmployees(employeeIds: number[]): Promise<Set<number>>;
  userSettings(employeeId: number): Promise<UserSettings>;
  saveUserSettings(employeeId: number, settings: UserSettings, now: string): Promise<void>;
  createFeed(employeeId: number, secretHash: string, name: string | null, now: string): Promise<CalendarFeed>;
  listFeeds(employeeId: number): Promise<CalendarFeed[]>;
  /** False when the feed is not that employee's (or absent). */
  deleteFeed(employeeId: number, id: number): Promise<boolean>;
  /** The feed with that secret hash, stamping its last use. */
  useFeed(secretHash: string, now: string): Promise<CalendarFeed | undefined>;
}
