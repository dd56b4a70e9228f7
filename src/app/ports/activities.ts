/**
 * Store-level port of the activities register: rows with their four link lists, the list query
 * with its filters and keyset paging, and the few reads of neighbouring registers (types,
 * company settings, existence of referenced ids) the activity rules need.
 */
import type { Activity, ActivityFields, ActivityLinks, EndTimeOnDone } from '../../domain/model/activity.js';

export type ActivitySort = 'startAt' | 'number';

export type ActivityFilter = {
  /** inclusive lower bound on startAt (ISO timestamp) */
  startFrom?: string;
  /** upper bound on startAt (ISO timestamp); exclusive when `startToExclusive` */
  startTo?: string;
  startToExclusive?: boolean;
  statusId?: number;
  typeId?: number | 'none';
  responsibleId?: number | 'none';
  batchId?: number;
  contactId?: number;
  done?: boolean;
  /** subject contains, case-insensitive (kfold) */
  q?: string;
};

export type ActivityListQuery = ActivityFilter & {
  sort: ActivitySort;
  dir: 'asc' | 'desc';
  limit: number;
  /** sort key of the last row of the previous page */
  after?: [string, number] | [number];
};

export type ActivityNames = {
  /** the group activity (draft id) whose batch made the activity, or null */
  groupActivityId: number | null;
  responsibleName: string | null;
  typeName: string | null;
  statusName: string | null;
  contacts: { id: number; number: number; name: string }[];
};

export type ActivityTypeDefaults = {
  list: 'calendar' | 'taskList';
  color: string | null;
  defaultAlarmMinutes: number | null;
  defaultDurationMinutes: number | null;
  requiresResponsible: boolean;
};

export type ActivitySettings = {
  standardDurationMinutes: number;
  doneStatusId: number | null;
  endTimeOnDone: EndTimeOnDone;
};

/** Tables an activity may reference, by the API field that names them. */
export type ReferencedTable = 'contacts' | 'contact_persons' | 'employees' | 'resources' | 'activity_types' | 'statuses' | 'priorities' | 'batches';

export type NewActivityRow = { id: number } & ActivityFields & ActivityLinks & {
  createdBy: number | null; createdAt: string; updatedAt: string;
};

export interface ActivitiesRepository {
  insert(row: NewActivityRow): Promise<void>;
  /** Writes the given fields; a given link list replaces the stored one. False when absent. */
  update(id: number, fields: Partial<ActivityFields>, links: Partial<ActivityLinks>, updatedAt: string): Promise<boolean>;
  delete(id: number): Promise<boolean>;
  get(id: number): Promise<Activity | undefined>;
  /** Up to `limit` rows (the caller asks one more to know whether a next page exists). */
  list(query: ActivityListQuery): Promise<Activity[]>;
  /** Display names for a page of activities, one query per kind. */
  names(activities: Activity[]): Promise<Map<number, ActivityNames>>;
  typeDefaults(typeId: number): Promise<ActivityTypeDefaults | undefined>;
  settings(): Promise<ActivitySettings>;
  /** Those of `ids` with no row in `table`. */
  missingIds(table: ReferencedTable, ids: number[]): Promise<Set<number>>;
}
