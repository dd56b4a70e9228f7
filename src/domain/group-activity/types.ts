/**
 * A group activity: a server-side draft of the seven-step wizard (mode, selection, explicit moves,
 * responsible or distribution, template, options) that becomes a batch of activities on finish.
 */
import type { Selection } from '../selection/types.js';
import type { Distribution } from '../distribution/types.js';

export type GroupMode = 'shared' | 'perContact';
/** `undone`: finished, then its activities were deleted ("Ångra hela gruppen"). */
export type GroupStatus = 'draft' | 'finished' | 'undone' | 'cancelled';
export type Side = 'included' | 'excluded';
/**
 * The most contacts one move names by id (SQLite binds at most 32,766 parameters per statement);
 * more go as `all`, with the list's search.
 */
export const MAX_MOVE_IDS = 10_000;

/** The activity fields a group's activities get (the step-7 card uses the same names). */
export type ActivityTemplate = {
  subject?: string | null;
  startAt?: string | null;
  endAt?: string | null;
  allDay?: boolean;
  alarmMinutes?: number | null;
  typeId?: number | null;
  statusId?: number | null;
  priority?: number | null;
  notes?: string | null;
  color?: string | null;
  showInTaskList?: boolean;
  custom1?: string | null;
  custom2?: string | null;
  employeeIds?: number[];
  resourceIds?: number[];
  /** shared mode only: contact persons linked to the one activity */
  contactPersonIds?: number[];
};

export type GroupOptions = {
  /** leave out contacts that already have an open (not done) activity of this type */
  skipIfOpenActivityOfType?: number | null;
  /** link each contact's primary active contact person to its activity */
  linkPrimaryPerson?: boolean;
};

export type FinishResult = {
  batchId: number;
  activityCount: number;
  firstNumber: number | null;
  lastNumber: number | null;
  skipped: number;
};

export type GroupDraft = {
  id: number;
  mode: GroupMode;
  status: GroupStatus;
  selection: Selection | null;
  responsibleId: number | null;
  distribution: Distribution | null;
  template: ActivityTemplate;
  options: GroupOptions;
  batchId: number | null;
  result: FinishResult | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
};

/** A selection with no criteria selects nothing: finishing it is refused. */
export function isEmptySelection(selection: Selection | null | undefined): boolean {
  return !selection || !Array.isArray(selection.match) || selection.match.length === 0;
}
