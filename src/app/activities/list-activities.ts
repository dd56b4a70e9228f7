/**
 * The activity list (original LIST): execution-date range on startAt, status, type and
 * responsible (each with "none"), batch, contact, done and subject text; sorted by start or
 * number with keyset paging. A date-only `to` covers that whole day.
 */
import type { Store } from '../ports/store.js';
import type { ActivityListQuery, ActivityNames, ActivitySort } from '../ports/activities.js';
import { toActivityFilter, type ActivityFilterParams } from './activity-filter.js';
import type { Activity } from '../../domain/model/activity.js';
import { validation } from '../../domain/errors.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';

export type ListActivitiesParams = ActivityFilterParams & {
  sort?: ActivitySort; dir?: 'asc' | 'desc'; limit?: string | number; cursor?: string; expandNames?: boolean;
};

export async function listActivities(store: Store, p: ListActivitiesParams): Promise<Page<Activity & Partial<ActivityNames>>> {
  const filter = toActivityFilter(p);
  const sort = p.sort ?? 'startAt';
  const limit = clampLimit(p.limit);
  const after = decodeCursor(p.cursor);
  if (after && !(sort === 'number' ? after.length === 1 && typeof after[0] === 'number'
    : after.length === 2 && typeof after[0] === 'string' && typeof after[1] === 'number')) {
    throw validation('cursor', 'cursor does not match the sort');
  }
  const query: ActivityListQuery = { ...filter, sort, dir: p.dir ?? 'asc', limit: limit + 1, after: after as ActivityListQuery['after'] };
  const rows = await store.activities.list(query);
  const page = toPage(rows, limit, (r) => r as Activity & Partial<ActivityNames>,
    (r) => (sort === 'number' ? [r.number] : [r.startAt ?? '', r.id]));
  if (p.expandNames && page.items.length) {
    const names = await store.activities.names(page.items);
    page.items = page.items.map((a) => ({ ...a, ...names.get(a.id) }));
  }
  return page;
}
