/**
 * Port of the group-activity engine's storage: drafts and their explicit moves, the included set
 * (selection AND NOT excluded, OR explicitly included), the plan of a finish (built once inside the
 * finishing transaction, then turned into activities and links with a few INSERT … SELECT), the
 * batch card and undo. Every method that touches many rows is one set-based statement.
 */
import type { Selection } from '../../domain/selection/types.js';
import type { SelectionSampleRow } from './selections.js';
import type { Distribution, ManagerFacts } from '../../domain/distribution/types.js';
import type { ActivityTemplate, FinishResult, GroupDraft, GroupMode, GroupOptions, GroupStatus, Side } from '../../domain/group-activity/types.js';
import type { Card, CardLinkField, FieldChange } from '../../domain/group-activity/card.js';

/** A column sort of the step-3 lists; ties are broken by contact id in the same direction. */
export type GroupContactSort = { key: 'name' | 'number' | 'city' | 'accountManager'; dir: 'asc' | 'desc' };

/** Which contacts a draft is about: its selection plus its explicit moves. */
export type DraftScope = { draftId: number; selection: Selection | null; skipOpenOfType?: number | null };

/** A row of the step-3 lists: the selection preview's row plus the account manager's name. */
export type GroupContact = SelectionSampleRow & { accountManagerName: string | null };

export type GroupContactPerson = {
  id: number; firstName: string | null; lastName: string | null; title: string | null;
  phone: string | null; mobile: string | null; email: string | null; isPrimary: boolean;
};

/** How the responsible of each planned activity is chosen, in SQL terms. */
export type ResponsibleRule =
  | { kind: 'one'; employeeId: number | null }
  /** own manager first (when listed), then pool rank ≤ upTo → employee, runs in list order */
  | { kind: 'runs'; ownManagerIds: number[] | null; bounds: { employeeId: number; upTo: number }[] };

export type Assignment = { rank: number; contactId: number; number: number; name: string; postalCode: string | null; employeeId: number | null };

/** The column values every activity of a batch gets. */
export type ActivityValues = Omit<ActivityTemplate, 'employeeIds' | 'resourceIds' | 'contactPersonIds'>;

export type DraftPatch = Partial<{
  selection: Selection | null;
  responsibleId: number | null;
  distribution: Distribution | null;
  template: ActivityTemplate;
  options: GroupOptions;
  status: GroupStatus;
}>;

export type BatchRow = { id: number; groupActivityId: number | null; mode: GroupMode; card: Card; activityCount: number };

export type IdempotentAnswer = { route: string; statusCode: number; response: unknown };

export interface GroupActivitiesRepository {
  create(input: { mode: GroupMode; createdBy: number; now: string }): Promise<GroupDraft>;
  get(id: number): Promise<GroupDraft | undefined>;
  /** Newest first; `afterId` is the last id of the previous page. */
  list(input: { createdBy: number; status?: GroupStatus; limit: number; afterId?: number }): Promise<GroupDraft[]>;
  update(id: number, patch: DraftPatch, now: string): Promise<void>;
  /** Marks a draft finished unless another request did first: the race guard of finish. */
  claim(id: number, now: string): Promise<boolean>;
  saveResult(id: number, batchId: number, result: FinishResult, now: string): Promise<void>;

  counts(scope: DraftScope): Promise<{ included: number; excluded: number }>;
  /**
   * One page of either list, in Swedish name order (name_key, id) unless `sort` names a column
   * (then that column's key, then id, both in `dir`). `after` is [sortValue, id] of the last row
   * (keyset); `offset` skips that many rows instead (random access for the virtualised lists).
   */
  listContacts(input: {
    scope: DraftScope; side: Side; q?: string; limit: number; after?: [string | number, number];
    sort?: GroupContactSort; offset?: number;
  }): Promise<{ rows: (GroupContact & { nameKey: string; sortValue: string | number })[]; total: number }>;
  /** Set-based move of the given contacts, or of every contact of the other list matching q. */
  move(input: { scope: DraftScope; to: Side; contactIds?: number[]; all?: boolean; q?: string }): Promise<void>;
  /** Copies one draft's explicit moves to another (one INSERT … SELECT). */
  copyMoves(fromId: number, toId: number): Promise<void>;
  personsOf(contactIds: number[]): Promise<Map<number, GroupContactPerson[]>>;

  managerFacts(ids: number[]): Promise<Map<number, ManagerFacts>>;
  employeeNames(ids: number[]): Promise<Map<number, string>>;
  /** How many included contacts have each of `employeeIds` as own account manager. */
  ownManagerCounts(scope: DraftScope, employeeIds: number[]): Promise<Map<number, number>>;
  /** A page of the assignment preview, in the documented order (rank). */
  assignments(scope: DraftScope, rule: ResponsibleRule, page: { limit: number; afterRank: number }): Promise<Assignment[]>;

  /** Inside the finishing transaction: ranks the included contacts once (a temporary plan). */
  preparePlan(scope: DraftScope, ownManagerIds: number[] | null): Promise<{ planned: number; ownCounts: Map<number, number> }>;
  insertBatch(input: { groupActivityId: number; mode: GroupMode; selection: Selection | null; card: Card; includedCount: number; excludedCount: number; skippedCount: number; activityCount: number; firstNumber: number | null; lastNumber: number | null; idempotencyKey: string | null; createdBy: number; now: string }): Promise<number>;
  /** Writes the activities and their links from the plan, and drops the plan. */
  createFromPlan(input: {
    batchId: number; mode: GroupMode; firstNumber: number; values: ActivityValues; responsible: ResponsibleRule;
    employeeIds: number[]; resourceIds: number[]; contactPersonIds: number[]; linkPrimaryPerson: boolean;
    createdBy: number; now: string;
  }): Promise<void>;
  dropPlan(): Promise<void>;

  getBatch(batchId: number): Promise<BatchRow | undefined>;
  /** Copy-to-all: applies the changed fields where they still hold the card's old value. */
  applyCard(input: { batchId: number; changes: FieldChange[]; overwriteEdited: boolean; links: { field: CardLinkField; ids: number[] }[]; card: Card; now: string }): Promise<{ updated: number; kept: number }>;
  doneCount(batchId: number): Promise<number>;
  deleteActivities(batchId: number): Promise<number>;

  findIdempotent(employeeId: number, key: string): Promise<IdempotentAnswer | undefined>;
  saveIdempotent(input: { employeeId: number; key: string; route: string; statusCode: number; response: unknown; now: string }): Promise<void>;
}
