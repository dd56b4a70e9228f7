/** Saved selections in creation order, paged with `?limit=&cursor=`. */
import type { Store } from '../ports/store.js';
import type { SavedSelection } from '../ports/selections.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';

export async function listSavedSelections(store: Store, query: { limit?: string; cursor?: string }): Promise<Page<SavedSelection>> {
  const limit = clampLimit(query.limit);
  const after = decodeCursor(query.cursor, ['int'])?.[0];
  const rows = await store.selections.list({ limit: limit + 1, afterId: typeof after === 'number' ? after : undefined });
  return toPage(rows, limit, (r) => r, (r) => [r.id]);
}
