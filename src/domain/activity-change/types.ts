/**
 * The change-values wizard (issue 13, original CV): a draft over a selection of activities, the
 * fields to change and their new values, and how start/end conflicts are resolved.
 */
import type { Distribution } from '../distribution/types.js';
import type { Selection } from '../selection/types.js';

/** Fields that take a plain new value (`{ field, set }`); `responsibleId: null` means "none". */
export const SET_FIELDS = [
  'subject', 'typeId', 'statusId', 'priority', 'responsibleId', 'done', 'color', 'showInTaskList',
  'custom1', 'custom2', 'notes', 'startAt', 'endAt',
] as const;
export type SetField = (typeof SET_FIELDS)[number];

export type MoveBy = { days: number; hours: number; minutes: number };

export type ActivityChange =
  | { field: SetField; set: string | number | boolean | null }
  | { field: 'startAt' | 'endAt'; moveBy: MoveBy }
  | { field: 'notes'; append: string }
  | { field: 'responsibleId'; distribution: Distribution }
  | { field: 'employeeIds' | 'resourceIds'; add?: number[]; remove?: number[] };

export type ChangeField = ActivityChange['field'];

/** What to do with activities whose end would come before their start (step 7). */
export type ConflictChoice = 'shift' | 'skip';

export type ChangeStatus = 'draft' | 'finished' | 'undone' | 'cancelled';

export type FinishChangeResult = { changeId: number; changed: number; skipped: number };
export type UndoChangeResult = { restored: number; kept: number };

export type ChangeDraft = {
  id: number;
  status: ChangeStatus;
  selection: Selection | null;
  changes: ActivityChange[];
  conflicts: ConflictChoice | null;
  /** The office's time zone: moving by days keeps the local time of day across daylight saving. */
  timeZone: string;
  result: FinishChangeResult | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
};

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';
