/** Step 3: one page of the included or excluded list, Swedish name order, with search and total. */
import type { Store } from '../ports/store.js';
import type { GroupContact } from '../ports/group-activities.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Side } from '../../domain/group-activity/types.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';
import { loadDraft, scopeOf } from './load-draft.js';

export async function listGroupContacts(
  store: Store, actor: Actor, id: number, q: { side: Side; q?: string; limit?: unknown; cursor?: string },
): Promise<Page<GroupContact> & { total: number }> {
  const draft = await loadDraft(store, id, actor);
  const limit = clampLimit(q.limit);
  const after = decodeCursor(q.cursor) as [string, number] | undefined;
  const { rows, total } = await store.groupActivities.listContacts({ scope: scopeOf(draft), side: q.side, q: q.q, limit: limit + 1, after });
  const page = toPage(rows, limit, ({ nameKey: _k, ...c }) => c, (r) => [r.nameKey, r.id]);
  return { ...page, total };
}
