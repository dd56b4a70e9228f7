/**
 * The shape shared by the small registers (resources, activity types, statuses, priorities):
 * a few dozen rows each, so lists read them whole and sort/page in the use case.
 */
export type LookupItem = { id: number; name: string; inactive: boolean };

export interface LookupRepository<T extends LookupItem, V> {
  all(opts: { includeInactive: boolean }): Promise<T[]>;
  get(id: number): Promise<T | undefined>;
  create(values: V, now: string): Promise<T>;
  update(id: number, values: Partial<V>, now: string): Promise<T | undefined>;
  delete(id: number): Promise<void>;
  /** true when an activity (or a setting) refers to the item, so it may only be made inactive. */
  inUse(id: number): Promise<boolean>;
}
