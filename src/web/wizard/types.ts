/**
 * The shapes the wizard reads from the group-activity API (mirrors src/contract/group-activity.ts
 * loosely, so the UI only depends on the fields it shows).
 */
import type { Distribution, Selection } from '../shared/types';
// What both wizards read lives in the shared folder; re-exported for the group wizard's files.
export type { CatalogueField, CodeOption, Connector, Distribution, Employee, Named, Page, SelGroup, SelItem, Selection, SelRow } from '../shared/types';
export { isGroup } from '../shared/types';

export type Mode = 'shared' | 'perContact';

export type FinishResult = { batchId: number; activityCount: number; firstNumber: number | null; lastNumber: number | null; skipped: number };

export type Draft = {
  id: number;
  mode: Mode;
  status: 'draft' | 'finished' | 'undone' | 'cancelled';
  selection: Selection | null;
  responsibleId: number | null;
  distribution: Distribution | null;
  template: Record<string, unknown> | null;
  options: { skipIfOpenActivityOfType?: number | null; linkPrimaryPerson?: boolean } | null;
  counts: { included: number; excluded: number };
  batchId: number | null;
  result: FinishResult | null;
  schedule?: Schedule | null;
  createdAt?: string;
  updatedAt?: string;
};

/** The schedule part of a draft (step 5); null: the activities are not scheduled. */
export type Schedule = { from: string; to: string; durationMinutes: number | null; maxPerDay: number; bufferMinutes: number; unplaced: 'refuse' | 'withoutTime'; keepOrder: boolean };
export type DraftPatch = Partial<Pick<Draft, 'selection' | 'responsibleId' | 'distribution' | 'template' | 'options' | 'schedule'>>;

export type ContactRow = {
  id: number; number: number; name: string; city: string | null; postalCode: string | null;
  accountManagerId: number | null; accountManagerName: string | null;
};
export type ContactPage = { items: ContactRow[]; nextCursor: string | null; total: number };


export type DistributionPreview = {
  total: number;
  perEmployee: { employeeId: number; name: string; count: number }[];
  assignments: { items: Record<string, unknown>[]; nextCursor: string | null };
};


/**
 * The marked rows of one step-3 list: contact ids, or every row of the list (Ctrl-A), which a
 * move sends as `all` with the list's search, so unloaded rows of a long list are included too.
 */
export type Marks = Set<number> | 'all';
export const markCount = (m: Marks, total: number) => (m === 'all' ? total : m.size);
