/** Step 3: the selection-matched activities by number, each with `excluded` (unticked). */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { clampLimit, decodeCursor, encodeCursor } from '../paging.js';
import { changeScopeOf, loadChange } from './load-change.js';

export async function listChangeActivities(store: Store, actor: Actor, id: number, q: { q?: string; limit?: unknown; cursor?: string; offset?: string }) {
  const d = await loadChange(store, id, actor);
  const limit = clampLimit(q.limit);
  const after = q.cursor ? Number(decodeCursor(q.cursor, ['int'])?.[0]) : undefined;
  const { rows, total } = await store.activityChanges.listActivities({
    scope: changeScopeOf(d), q: q.q, limit: limit + 1, afterNumber: after, offset: q.offset !== undefined ? Number(q.offset) : undefined,
  });
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, nextCursor: more ? encodeCursor([items[items.length - 1]!.number]) : null, total };
}
