/**
 * Port of selections: counting/sampling the contacts a selection finds (one SQL query each, run
 * by the storage compiler) and the saved, named selections.
 */
import type { Selection } from '../../domain/selection/types.js';

export type SelectionSampleRow = {
  id: number;
  number: number;
  name: string;
  city: string | null;
  postalCode: string | null;
  accountManagerId: number | null;
};

export type SelectionPreview = { count: number; sample: SelectionSampleRow[] };

export type SavedSelection = {
  id: number;
  name: string;
  selection: Selection;
  /** The owner (who saved it); null when that employee is gone. */
  createdBy: number | null;
  ownerName: string | null;
  /** Shared with everyone; otherwise only the owner and administrators see it. */
  shared: boolean;
  createdAt: string;
  updatedAt: string;
};

export interface SelectionRepository {
  /** The number of contacts found and the first `sampleSize` of them in name order. */
  preview(selection: Selection, sampleSize: number): Promise<SelectionPreview>;
  /** `visibleTo`: only the shared ones and this employee's own; absent: all (administrators). */
  list(opts: { limit: number; afterId?: number; visibleTo?: number }): Promise<SavedSelection[]>;
  get(id: number): Promise<SavedSelection | undefined>;
  /** Case-insensitive lookup, so "Kunder GBG" and "kunder gbg" cannot both exist. */
  findByName(name: string): Promise<SavedSelection | undefined>;
  create(values: { name: string; selection: Selection; createdBy: number | null; shared: boolean }, now: string): Promise<SavedSelection>;
  update(id: number, values: { name?: string; selection?: Selection; shared?: boolean }, now: string): Promise<SavedSelection | undefined>;
  /** false when there was nothing to delete. */
  delete(id: number): Promise<boolean>;
}
