/**
 * Shapes both wizards read from the API: selections and their field catalogue, employees and
 * other named lookups, distributions and list pages (mirroring src/contract loosely, so the UI
 * depends only on the fields it shows).
 */
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

export type Employee = { id: number; name: string; isAccountManager: boolean; active: boolean };
export type Named = { id: number; name: string };

export type CodeOption = { value: string; label: string; inactive: boolean };
export type CatalogueField = { field: string; kind: string; conditions: string[]; values?: string[]; options?: CodeOption[]; fields?: CatalogueField[] };

export type Page<T> = { items: T[]; nextCursor?: string | null };
