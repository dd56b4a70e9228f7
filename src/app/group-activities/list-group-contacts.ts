/**
 * Step 3: one page of the included or excluded list with search and total, in Swedish name order
 * or by a chosen column (then id). Pages by keyset cursor, or by row offset for random access.
 */
import type { Store } from '../ports/store.js';
import type { GroupContact, GroupContactSort } from '../ports/group-activities.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Side } from '../../domain/group-activity/types.js';
import { validation } from '../../domain/errors.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';
import { loadDraft, scopeOf } from './load-draft.js';

export async function listGroupContacts(
  store: Store, actor: Actor, id: number,
  q: { side: Side; q?: string; limit?: unknown; cursor?: string; offset?: string; sort?: GroupContactSort['key']; dir?: GroupContactSort['dir'] },
): Promise<Page<GroupContact> & { total: number }> {
  const draft = await loadDraft(store, id, actor);
  const limit = clampLimit(q.limit);
  if (q.offset !== undefined && q.cursor) throw validation('offset', 'use either offset or cursor');
  const offset = q.offset === undefined ? undefined : Number(q.offset);
  const sort: GroupContactSort | undefined = q.sort || q.dir ? { key: q.sort ?? 'name', dir: q.dir ?? 'asc' } : undefined;
  const after = decodeCursor(q.cursor);
  // The cursor's key is a number for the number column, text otherwise: anything else is foreign.
  if (after && (after.length !== 2 || typeof after[0] !== ((sort?.key ?? 'name') === 'number' ? 'number' : 'string') || typeof after[1] !== 'number')) {
    throw validation('cursor', 'invalid cursor');
  }
  const { rows, total } = await store.groupActivities.listContacts({
    scope: scopeOf(draft), side: q.side, q: q.q, limit: limit + 1, after: after as [string | number, number] | undefined, sort, offset,
  });
  const page = toPage(rows, limit, ({ nameKey: _k, sortValue: _s, ...c }) => c, (r) => [r.sortValue, r.id]);
  return { ...page, total };
}
