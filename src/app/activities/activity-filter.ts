/**
 * The activity-list filters (original LIST) turned into a store filter, shared by the list and
 * its report so both read the same rows: a date-only `to` covers that whole day.
 */
import type { ActivityFilter } from '../ports/activities.js';
import { validation } from '../../domain/errors.js';

export type ActivityFilterParams = {
  from?: string; to?: string; statusId?: number; typeId?: number | 'none'; responsibleId?: number | 'none';
  batchId?: number; contactId?: number; done?: boolean; q?: string;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function bound(field: string, v: string): string {
  const t = Date.parse(DATE_ONLY.test(v) ? `${v}T00:00:00.000Z` : v);
  if (Number.isNaN(t)) throw validation(field, 'expected a date (YYYY-MM-DD) or an ISO timestamp');
  return new Date(t).toISOString();
}

export function toActivityFilter(p: ActivityFilterParams): ActivityFilter {
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
  return filter;
}
