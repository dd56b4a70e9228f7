/**
 * Settings that affect only one user (original-system USET): how the calendar and the task list
 * open, the common calendar's rows and zoom, the default type of new activities, and whether
 * others see the details of this user's activities.
 */
export type CalendarView = 'day' | 'workWeek' | 'week' | 'month';
export type TaskFilter = 'open' | 'done' | 'all';
/** 100 % = one day, 50 % = one work week (the original's zoom levels) */
export type CommonZoom = 'day' | 'workWeek';

export type UserSettings = {
  calendarView: CalendarView;
  taskFilter: TaskFilter;
  commonEmployeeIds: number[];
  commonResourceIds: number[];
  commonZoom: CommonZoom;
  defaultTypeId: number | null;
  hideDetailsFromOthers: boolean;
};

export const CALENDAR_VIEWS: readonly CalendarView[] = ['day', 'workWeek', 'week', 'month'];
export const TASK_FILTERS: readonly TaskFilter[] = ['open', 'done', 'all'];
export const COMMON_ZOOMS: readonly CommonZoom[] = ['day', 'workWeek'];

export const DEFAULT_USER_SETTINGS: UserSettings = {
  calendarView: 'workWeek',
  taskFilter: 'open',
  commonEmployeeIds: [],
  commonResourceIds: [],
  commonZoom: 'day',
  defaultTypeId: null,
  hideDetailsFromOthers: false,
};

/** Stored preferences read back leniently: unknown or broken values fall back to the defaults. */
export function readUserSettings(hide: boolean, json: string | null): UserSettings {
  let p: Record<string, unknown> = {};
  try { p = json ? JSON.parse(json) as Record<string, unknown> : {}; } catch { p = {}; }
  const pick = <T,>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? v as T : d);
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x) && x > 0) : []);
  const d = DEFAULT_USER_SETTINGS;
  return {
    calendarView: pick(p.calendarView, CALENDAR_VIEWS, d.calendarView),
    taskFilter: pick(p.taskFilter, TASK_FILTERS, d.taskFilter),
    commonEmployeeIds: ids(p.commonEmployeeIds),
    commonResourceIds: ids(p.commonResourceIds),
    commonZoom: pick(p.commonZoom, COMMON_ZOOMS, d.commonZoom),
    defaultTypeId: Number.isInteger(p.defaultTypeId) ? p.defaultTypeId as number : null,
    hideDetailsFromOthers: hide,
  };
}

/** The JSON stored beside the privacy flag (which has a column of its own for SQL to read). */
export function preferencesJson(s: UserSettings): string {
  const { hideDetailsFromOthers: _hidden, ...rest } = s;
  return JSON.stringify(rest);
}
