/**
 * Data of the activity report: a finished group's batch (wizard step 6 and afterwards), or the
 * activity list with its filters. Activities stream by number with their linked contacts and
 * persons; totals per responsible come from one aggregate query.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ActivityFilter } from '../ports/activities.js';
import type { ReportActivityRow } from '../ports/report-data.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Selection } from '../../domain/selection/types.js';
import { conflict, validation } from '../../domain/errors.js';
import { loadDraft } from '../group-activities/load-draft.js';
import { lookUpNames, selectionIds, type NameMaps } from './report-names.js';

export type ActivitiesReportData = {
  companyName: string;
  printedBy: string;
  printedAt: string;
  group?: {
    id: number; mode: 'shared' | 'perContact'; selection: Selection | null; batchId: number;
    firstNumber: number | null; lastNumber: number | null; counts: { included: number; excluded: number };
  };
  filter: ActivityFilter;
  names: NameMaps;
  counts: { activities: number; details: number; perResponsible: { name: string | null; count: number }[] };
  rows: AsyncIterable<ReportActivityRow>;
};

export async function getGroupActivitiesReportData(store: Store, clock: Clock, actor: Actor, id: number): Promise<ActivitiesReportData> {
  const draft = await loadDraft(store, id, actor);
  const batchId = draft.batchId ?? draft.result?.batchId ?? null;
  if (draft.status !== 'finished' || batchId === null) {
    throw conflict(`group activity ${id} is ${draft.status}; the activity report exists after finish`, 'kind');
  }
  const facts = await store.reportData.batchFacts(batchId);
  const filter: ActivityFilter = { batchId };
  return {
    companyName: await store.reportData.companyName(),
    printedBy: actor.name,
    printedAt: clock.now().toISOString(),
    group: {
      id: draft.id, mode: draft.mode, selection: draft.selection, batchId,
      firstNumber: facts?.firstNumber ?? draft.result?.firstNumber ?? null,
      lastNumber: facts?.lastNumber ?? draft.result?.lastNumber ?? null,
      counts: { included: facts?.includedCount ?? 0, excluded: facts?.excludedCount ?? 0 },
    },
    filter,
    names: await lookUpNames(store, selectionIds(draft.selection)),
    counts: await store.reportData.activityCounts(filter),
    rows: store.reportData.streamActivities(filter),
  };
}

export type ActivityListReportParams = {
  from?: string; to?: string; statusId?: number; typeId?: number | 'none'; responsibleId?: number | 'none';
  batchId?: number; contactId?: number; done?: boolean; q?: string;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function bound(field: string, v: string): string {
  const t = Date.parse(DATE_ONLY.test(v) ? `${v}T00:00:00.000Z` : v);
  if (Number.isNaN(t)) throw validation(field, 'expected a date (YYYY-MM-DD) or an ISO timestamp');
  return new Date(t).toISOString();
}

/** The same filters as GET /api/activities (a date-only `to` covers that whole day). */
export function toActivityFilter(p: ActivityListReportParams): ActivityFilter {
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

export async function getActivityListReportData(store: Store, clock: Clock, actor: Actor, p: ActivityListReportParams): Promise<ActivitiesReportData> {
  const filter = toActivityFilter(p);
  const names = await lookUpNames(store, {
    employees: typeof p.responsibleId === 'number' ? [p.responsibleId] : [],
    activity_types: typeof p.typeId === 'number' ? [p.typeId] : [],
    statuses: p.statusId !== undefined ? [p.statusId] : [],
  });
  return {
    companyName: await store.reportData.companyName(),
    printedBy: actor.name,
    printedAt: clock.now().toISOString(),
    filter,
    names,
    counts: await store.reportData.activityCounts(filter),
    rows: store.reportData.streamActivities(filter),
  };
}
