/**
 * Port of the change-values wizard's storage: drafts and their unticked activities, the plan of a
 * finish (a temporary table of the included activities with their new start and end, built once
 * inside the transaction), the set-based apply that records every old and new value, and undo.
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

export type ChangeDraftPatch = Partial<{ selection: Selection | null; changes: ActivityChange[]; conflicts: ConflictChoice | null; timeZone: string; status: ChangeStatus }>;

export interface ActivityChangesRepository extends ActivityChangeReports {
  create(input: { selection: Selection | null; changes: ActivityChange[]; conflicts: ConflictChoice | null; timeZone: string; createdBy: number; now: string }): Promise<ChangeDraft>;
  get(id: number): Promise<ChangeDraft | undefined>;
  /** The open drafts one employee started, the last touched first ("continue where you left off"). */
  listOpen(createdBy: number, limit: number): Promise<ChangeDraft[]>;
  update(id: number, patch: ChangeDraftPatch, now: string): Promise<void>;
  /** Marks a draft finished unless another request did first (the race guard of finish). */
  claim(id: number, now: string): Promise<boolean>;
  saveResult(id: number, result: FinishChangeResult, now: string): Promise<void>;

  counts(scope: ChangeScope): Promise<{ included: number; excluded: number }>;
  /** Selection-matched activities by number, each with its tick; `q` searches subject or number. */
  listActivities(input: { scope: ChangeScope; q?: string; limit: number; afterNumber?: number; offset?: number }): Promise<{ rows: ChangeActivityRow[]; total: number }>;
  /** Unticks (to 'excluded') or ticks again the given activities, or every matching one. */
  move(input: { scope: ChangeScope; to: 'included' | 'excluded'; activityIds?: number[]; all?: boolean; q?: string }): Promise<void>;

  /** In a transaction: the included activities ranked (start, number) with their new times. */
  preparePlan(input: { scope: ChangeScope; changes: ActivityChange[]; timeZone: string; ownManagerIds: number[] | null }): Promise<{ planned: number; ownCounts: Map<number, number> }>;
  /** Planned activities whose new end would come before their new start. */
  planConflicts(limit: number): Promise<{ rows: ConflictRow[]; total: number }>;
  /** shift: the other time follows the leading one (duration kept); skip: they leave the plan. */
  resolveConflicts(choice: ConflictChoice, leading: 'startAt' | 'endAt'): Promise<number>;
  /** Records old/new values and applies every change to the planned activities; answers how many. */
  applyPlan(input: { changeId: number; changes: ActivityChange[]; responsible: ResponsibleRule | null; now: string }): Promise<number>;
  dropPlan(): Promise<void>;
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
