/**
 * Step 2 of the wizard and the selection dialog: how many contacts a selection finds and the
 * first few of them (name order). Validation errors name the item path (`selection.match[1]…`).
 */
import type { Store } from '../ports/store.js';
import type { SelectionPreview } from '../ports/selections.js';
import { validateSelection } from '../../domain/selection/validate.js';
import { validation } from '../../domain/errors.js';

export const DEFAULT_SAMPLE_SIZE = 20;
export const MAX_SAMPLE_SIZE = 200;

export async function previewSelection(store: Store, input: { selection: unknown; sampleSize?: number }): Promise<SelectionPreview> {
  const selection = validateSelection(input.selection);
  const size = input.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_SAMPLE_SIZE) {
    throw validation('sampleSize', `sampleSize must be a whole number from 0 to ${MAX_SAMPLE_SIZE}`);
  }
  return store.selections.preview(selection, size);
}
