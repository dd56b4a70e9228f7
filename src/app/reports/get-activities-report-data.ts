/**
 * Data of the activity report: a finished group's batch (wizard step 7 and afterwards), or the
 * activity list with its filters. Activities stream by number with their linked contacts and
 * persons; totals per responsible come from one aggregate query.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ActivityFilter } from '../ports/activities.js';
import { toActivityFilter, type ActivityFilterParams } from '../activities/activity-filter.js';
import type { ReportActivityRow } from '../ports/report-data.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Selection } from '../../domain/selection/types.js';
import { conflict } from '../../domain/errors.js';
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
  /** null when asked for the rows alone: a CSV shows neither the facts nor page numbers, so it skips the counting */
  counts: { activities: number; details: number; perResponsible: { name: string | null; count: number }[] } | null;
  rows: AsyncIterable<ReportActivityRow>;
};

/** `counts: false`: the rows alone, started without counting them first (a CSV). */
export type ReportDataOptions = { counts?: boolean };

export async function getGroupActivitiesReportData(store: Store, clock: Clock, actor: Actor, id: number, opts: ReportDataOptions = {}): Promise<ActivitiesReportData> {
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
    counts: opts.counts === false ? null : await store.reportData.activityCounts(filter),
    rows: store.reportData.streamActivities(filter),
  };
}

export type ActivityListReportParams = ActivityFilterParams;

export async function getActivityListReportData(store: Store, clock: Clock, actor: Actor, p: ActivityListReportParams, opts: ReportDataOptions = {}): Promise<ActivitiesReportData> {
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
    counts: opts.counts === false ? null : await store.reportData.activityCounts(filter),
    rows: store.reportData.streamActivities(filter),
  };
}
