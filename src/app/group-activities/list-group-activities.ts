/** The actor's group activities, newest first; `status=draft` lists the open drafts to resume. */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import type { GroupStatus } from '../../domain/group-activity/types.js';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../paging.js';
import { toView, type GroupActivityView } from './load-draft.js';

export async function listGroupActivities(store: Store, actor: Actor, q: { status?: GroupStatus; limit?: unknown; cursor?: string }): Promise<Page<GroupActivityView>> {
  const limit = clampLimit(q.limit);
  const afterId = decodeCursor(q.cursor, ['int'])?.[0] as number | undefined;
  const rows = await store.groupActivities.list({ createdBy: actor.employeeId, status: q.status, limit: limit + 1, afterId });
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const items: GroupActivityView[] = [];
  for (const d of kept) items.push(await toView(store, d));
  return { items, nextCursor: more ? encodeCursor([kept[kept.length - 1]!.id]) : null };
}
