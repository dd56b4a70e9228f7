/**
 * Port of the change-values wizard's storage: drafts and their unticked activities, the plan of a
 * finish (the included activities with their new values, counted, listed or recorded), the
 * set-based apply of the recorded values, and undo.
 */
import type { Selection } from '../../domain/selection/types.js';
import type { ActivityChange, ChangeDraft, ChangeStatus, ConflictChoice, FinishChangeResult } from '../../domain/activity-change/types.js';
import type { ResponsibleRule } from './group-activities.js';

/** Which activities a draft is about: its selection minus the unticked ones. */
export type ChangeScope = { changeId: number; selection: Selection | null };

export type ChangeActivityRow = {
  id: number; number: number; subject: string | null; startAt: string | null; endAt: string | null;
  responsibleId: number | null; responsibleName: string | null; contactName: string | null; excluded: boolean;
};

export type ConflictRow = { id: number; number: number; subject: string | null; startAt: string | null; endAt: string | null; newStartAt: string | null; newEndAt: string | null };

/** What a plan is computed from: the draft's scope, changes, conflict choice and time zone. */
export type ChangePlanInput = {
  scope: ChangeScope; changes: ActivityChange[]; conflicts: ConflictChoice | null; timeZone: string;
  /** ownManager distribution: the listed employees whose own activities go to them. */
  ownManagerIds: number[] | null;
};

export type ChangeDraftPatch = Partial<{ selection: Selection | null; changes: ActivityChange[]; conflicts: ConflictChoice | null; timeZone: string; status: ChangeStatus }>;

export interface ActivityChangesRepository extends ActivityChangeReports {
  create(input: { selection: Selection | null; changes: ActivityChange[]; conflicts: ConflictChoice | null; timeZone: string; createdBy: number; now: string }): Promise<ChangeDraft>;
  get(id: number): Promise<ChangeDraft | undefined>;
  /** The open drafts one employee started, the last touched first ("continue where you left off"). */
  listOpen(createdBy: number, limit: number): Promise<ChangeDraft[]>;
  update(id: number, patch: ChangeDraftPatch, now: string): Promise<void>;
  /**
   * Moves a change from one status to the next unless another request did first (the race guard
   * of finish: draft → finished, and of undo: finished → undone).
   */
  claim(id: number, now: string, transition?: { from: ChangeStatus; to: ChangeStatus }): Promise<boolean>;
  saveResult(id: number, result: FinishChangeResult, now: string): Promise<void>;

  counts(scope: ChangeScope): Promise<{ included: number; excluded: number }>;
  /** Selection-matched activities by number, each with its tick; `q` searches subject or number. */
  listActivities(input: { scope: ChangeScope; q?: string; limit: number; afterNumber?: number; offset?: number }): Promise<{ rows: ChangeActivityRow[]; total: number }>;
  /** Unticks (to 'excluded') or ticks again the given activities, or every matching one. */
  move(input: { scope: ChangeScope; to: 'included' | 'excluded'; activityIds?: number[]; all?: boolean; q?: string }): Promise<void>;

  /**
   * How many included activities a change would write (skipped conflicts left out), per own
   * manager (when listed), and how many have a start/end conflict. Nothing is written.
   */
  planCounts(input: ChangePlanInput): Promise<{ planned: number; ownCounts: Map<number, number>; conflicts: number }>;
  /** Included activities whose new end would come before their new start, as asked (nothing written). */
  planConflicts(input: ChangePlanInput, limit: number): Promise<{ rows: ConflictRow[]; total: number }>;
  /**
   * In the finishing transaction: records ONE row per planned activity with the old and new value
   * of every recorded column (the conflict choice applied); answers how many.
   */
  recordChange(input: { input: ChangePlanInput; changeId: number; responsible: ResponsibleRule | null; now: string }): Promise<number>;
  /** Recorded rows whose new end comes before their new start (no conflict choice was made). */
  recordedConflicts(changeId: number, limit: number): Promise<{ rows: ConflictRow[]; total: number }>;
  /** Writes the recorded new values to the activities, and adds/removes links (recorded for undo). */
  applyRecorded(input: { changeId: number; changes: ActivityChange[]; now: string }): Promise<void>;
  /** Restores old values where the new value is still there; answers activities restored and kept. */
  undo(changeId: number, now: string): Promise<{ restored: number; kept: number }>;
  /** The recorded values of a finished change (report after / before), by activity number. */
  recordedActivityIds(changeId: number): Promise<number[]>;
}

/** A report line: the activity and, per chosen field, its value as stored text (ids, 0/1, ISO). */
export type ChangeReportRow = { id: number; number: number; subject: string | null; startAt: string | null; responsibleName: string | null; values: Record<string, string | null> };

export interface ActivityChangeReports {
  /**
   * A page of report rows by number. `current`: the included activities as they are now (before a
   * finish); `old`/`new`: the values a finished change recorded.
   */
  reportRows(input: { scope: ChangeScope; fields: string[]; source: 'current' | 'old' | 'new'; afterNumber: number; limit: number }): Promise<ChangeReportRow[]>;
}
