/**
 * The small registers activities refer to (resources, activity types, statuses, priorities) and
 * the company settings for activities (original system: TYPE and CSET).
 */
export type Resource = {
  id: number; name: string; description: string | null; inactive: boolean; createdAt: string; updatedAt: string;
};

export type ActivityList = 'calendar' | 'taskList';
export type ShowTimeAs = 'free' | 'busy' | 'out';

export type ActivityType = {
  id: number;
  name: string;
  list: ActivityList;
  color: string | null;
  defaultAlarmMinutes: number | null;
  /** how long an activity of the type lasts by default; null: the company's standard duration */
  defaultDurationMinutes: number | null;
  showTimeAs: ShowTimeAs;
  requiresResponsible: boolean;
  inactive: boolean;
  createdAt: string;
  updatedAt: string;
};

export type Status = { id: number; name: string; isDone: boolean; inactive: boolean; createdAt: string; updatedAt: string };

export type Priority = { id: number; name: string; rank: number; inactive: boolean; createdAt: string; updatedAt: string };

export type EndTimeOnDone = 'taskListOnly' | 'always' | 'never';

export type CompanySettings = {
  companyName: string;
  standardDurationMinutes: number;
  /** Status set on an activity marked done; must be a status flagged isDone. */
  doneStatusId: number | null;
  endTimeOnDone: EndTimeOnDone;
  /** IANA time zone of calendar feeds and .ics files, default Europe/Stockholm */
  timeZone: string;
  /** Absolute base URL of the server as users reach it (feed links); null: the request's host */
  publicUrl: string | null;
  updatedAt: string;
};

/** Writable fields of a register item (everything but id and timestamps). */
export type ValuesOf<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>;
