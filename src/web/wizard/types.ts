/**
 * The shapes the wizard reads from the group-activity API (mirrors src/contract/group-activity.ts
 * loosely, so the UI only depends on the fields it shows).
 */
export type Mode = 'shared' | 'perContact';
export type Connector = 'and' | 'or';
export type SelRow = { connector?: Connector; field: string; condition: string; value?: unknown };
export type SelGroup = { connector?: Connector; group: SelItem[] };
export type SelItem = SelRow | SelGroup;
export type Selection = { match: SelItem[] };
export const isGroup = (i: SelItem): i is SelGroup => 'group' in i;

export type Distribution =
  | { method: 'counts'; counts: { employeeId: number; count: number }[] }
  | { method: 'even'; employeeIds: number[] }
  | { method: 'weighted'; weights: { employeeId: number; weight: number }[] }
  | { method: 'ownManager'; employeeIds: number[] };

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

export type Employee = { id: number; name: string; isAccountManager: boolean; active: boolean };
export type Named = { id: number; name: string };

export type CodeOption = { value: string; label: string; inactive: boolean };
export type CatalogueField = { field: string; kind: string; conditions: string[]; values?: string[]; options?: CodeOption[]; fields?: CatalogueField[] };

export type DistributionPreview = {
  total: number;
  perEmployee: { employeeId: number; name: string; count: number }[];
  assignments: { items: Record<string, unknown>[]; nextCursor: string | null };
};

export type Page<T> = { items: T[]; nextCursor?: string | null };

/**
 * The marked rows of one step-3 list: contact ids, or every row of the list (Ctrl-A), which a
 * move sends as `all` with the list's search, so unloaded rows of a long list are included too.
 */
export type Marks = Set<number> | 'all';
export const markCount = (m: Marks, total: number) => (m === 'all' ? total : m.size);
