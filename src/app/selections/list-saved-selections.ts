/**
 * Saved selections in creation order, paged with `?limit=&cursor=`: the shared ones and the
 * actor's own; an administrator sees all (to tidy up after people who left).
 */
import type { Store } from '../ports/store.js';
import type { SavedSelection } from '../ports/selections.js';
import type { Actor } from '../../domain/model/employee.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';

export async function listSavedSelections(store: Store, actor: Actor, query: { limit?: string; cursor?: string }): Promise<Page<SavedSelection>> {
  const limit = clampLimit(query.limit);
  const after = decodeCursor(query.cursor, ['int'])?.[0];
  const rows = await store.selections.list({
    limit: limit + 1, afterId: typeof after === 'number' ? after : undefined,
    visibleTo: actor.role === 'admin' ? undefined : actor.employeeId,
  });
  return toPage(rows, limit, (r) => r, (r) => [r.id]);
}
