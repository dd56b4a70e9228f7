/**
 * The shapes the change-values wizard reads from /api/activity-changes (mirroring
 * src/contract/activity-change.ts loosely, so the UI depends only on the fields it shows).
 */
import type { Distribution, Selection } from '../shared/types';

export type MoveBy = { days: number; hours: number; minutes: number };
export type SetField = 'subject' | 'typeId' | 'statusId' | 'priority' | 'responsibleId' | 'done' | 'color' | 'showInTaskList'
  | 'custom1' | 'custom2' | 'notes' | 'startAt' | 'endAt';
export type ChangeField = SetField | 'employeeIds' | 'resourceIds';

export type Change =
  | { field: SetField; set: string | number | boolean | null }
  | { field: 'startAt' | 'endAt'; moveBy: MoveBy }
  | { field: 'notes'; append: string }
  | { field: 'responsibleId'; distribution: Distribution }
  | { field: 'employeeIds' | 'resourceIds'; add?: number[]; remove?: number[] };

export type ConflictChoice = 'shift' | 'skip';
export type FinishResult = { changeId: number; changed: number; skipped: number };
export type UndoResult = { restored: number; kept: number };

export type ChangeDraft = {
  id: number;
  status: 'draft' | 'finished' | 'undone' | 'cancelled';
  selection: Selection | null;
  changes: Change[];
  conflicts: ConflictChoice | null;
  timeZone: string;
  result: FinishResult | null;
  counts: { included: number; excluded: number };
  createdAt: string;
  updatedAt: string;
};

export type ChangePatch = Partial<Pick<ChangeDraft, 'selection' | 'changes' | 'conflicts'>>;

export type ChangeActivityRow = {
  id: number; number: number; subject: string | null; startAt: string | null; endAt: string | null;
  responsibleId: number | null; responsibleName: string | null; contactName: string | null; excluded: boolean;
};
export type ChangeActivityPage = { items: ChangeActivityRow[]; nextCursor: string | null; total: number };

export type ConflictRow = {
  id: number; number: number; subject: string | null; startAt: string | null; endAt: string | null; newStartAt: string | null; newEndAt: string | null;
};
export type Conflicts = { items: ConflictRow[]; total: number; choice: ConflictChoice | null };

export type DistributionPreview = { total: number; perEmployee: { employeeId: number; name: string | null; count: number }[] };
