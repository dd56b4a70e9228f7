/**
 * The activity list (original LIST): execution-date range on startAt, status, type and
 * responsible (each with "none"), batch, contact, done and subject text; sorted by start or
 * number with keyset paging. A date-only `to` covers that whole day.
 */
import type { Store } from '../ports/store.js';
import type { ActivityFilter, ActivityListQuery, ActivityNames, ActivitySort } from '../ports/activities.js';
import type { Activity } from '../../domain/model/activity.js';
import { validation } from '../../domain/errors.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';

export type ListActivitiesParams = {
  from?: string; to?: string; statusId?: number; typeId?: number | 'none'; responsibleId?: number | 'none';
  batchId?: number; contactId?: number; done?: boolean; q?: string;
  sort?: ActivitySort; dir?: 'asc' | 'desc'; limit?: string | number; cursor?: string; expandNames?: boolean;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function bound(field: string, v: string): string {
  const t = Date.parse(DATE_ONLY.test(v) ? `${v}T00:00:00.000Z` : v);
  if (Number.isNaN(t)) throw validation(field, 'expected a date (YYYY-MM-DD) or an ISO timestamp');
  return new Date(t).toISOString();
}

export async function listActivities(store: Store, p: ListActivitiesParams): Promise<Page<Activity & Partial<ActivityNames>>> {
  const filter: ActivityFilter = {
    statusId: p.statusId, typeId: p.typeId, responsibleId: p.responsibleId, batchId: p.batchId,
    contactId: p.contactId, done: p.done, q: p.q?.trim() || undefined,
  };
  if (p.from) filter.startFrom = bound('from', p.from);
  if (p.to) {
    if (DATE_ONLY.test(p.to)) {
      filter.startTo = new Date(Date.parse(bound('to', p.to)) + 86_400_000).toISOString();
      filter.startToExclusive = true;
    } else filter.startTo = bound('to', p.to);
  }
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
