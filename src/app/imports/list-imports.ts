/** The latest imports, newest first, with their counts and whether they were undone. */
import type { Store } from '../ports/store.js';
import type { ImportRecord } from '../ports/imports.js';

export async function listImports(store: Store, limit = 50): Promise<ImportRecord[]> {
  return store.imports.list(Math.min(Math.max(1, limit), 500));
}
