/**
 * Data of the check report (wizard step 6): the draft the actor may see, the included contacts
 * with their active persons (streamed), counts, and — per-contact with a distribution — the rule
 * that says who each contact's activity will go to (the engine's own rule, so the report matches
 * what finish creates).
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ReportContact } from '../ports/report-data.js';
import type { ResponsibleRule } from '../ports/group-activities.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Selection } from '../../domain/selection/types.js';
import { AppError } from '../../domain/errors.js';
import { distributionEmployeeIds } from '../../domain/distribution/types.js';
import { loadDraft, scopeOf } from '../group-activities/load-draft.js';
import { ownManagerIdsOf, resolveResponsible } from '../group-activities/resolve-responsible.js';
import { lookUpNames, selectionIds, type NameMaps } from './report-names.js';
import { planDraftSchedule } from '../scheduling/preview-group-schedule.js';
import type { ReportDataOptions } from './get-activities-report-data.js';

/** The schedule's planned start per contact, or null without a schedule (or one that cannot be planned). */
async function plannedStartsOf(store: Store, clock: Clock, actor: Actor, id: number, mode: 'shared' | 'perContact'): Promise<Map<number, string> | null> {
  if (mode !== 'perContact' || !(await store.scheduling.draftSchedule(id))) return null;
  try {
    const plan = await planDraftSchedule(store, clock, actor, id);
    return new Map(plan.placed.map((p) => [p.key, new Date(p.start).toISOString()]));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return null;
  }
}

export type ContactsReportData = {
  groupId: number;
  companyName: string;
  printedBy: string;
  printedAt: string;
  mode: 'shared' | 'perContact';
  selection: Selection | null;
  names: NameMaps;
  responsibleName: string | null;
  /** employees in the distribution, or null when one responsible takes all */
  distributedOver: number | null;
  /** null when asked for the rows alone: a CSV shows neither the facts nor page numbers, so it skips the counting */
  counts: { included: number; excluded: number; persons: number } | null;
  rows: AsyncIterable<ReportContact>;
  /** with a schedule (per-contact): each placed contact's planned start, in UTC */
  plannedStarts: Map<number, string> | null;
};

export async function getContactsReportData(store: Store, clock: Clock, actor: Actor, id: number, opts: ReportDataOptions = {}): Promise<ContactsReportData> {
  const draft = await loadDraft(store, id, actor);
  const scope = scopeOf(draft, true);
  const distributed = draft.mode === 'perContact' && draft.distribution !== null;
  // The engine's counts of the sets (as the wizard shows them) and the persons, side by side;
  // the rows alone still need the included count when a distribution splits it.
  const [sets, persons] = await Promise.all([
    opts.counts === false && !distributed ? null : store.groupActivities.counts(scope),
    opts.counts === false ? null : store.reportData.personCount(scope),
  ]);
  const counts = sets && persons !== null ? { included: sets.included, excluded: sets.excluded, persons } : null;
  let rule: ResponsibleRule | null = null;
  let distributedOver: number | null = null;
  if (sets && draft.mode === 'perContact' && draft.distribution) {
    try {
      const own = ownManagerIdsOf(draft);
      const ownCounts = own ? await store.groupActivities.ownManagerCounts(scope, own) : new Map<number, number>();
      const resolved = await resolveResponsible(store.groupActivities, draft, actor.employeeId, sets.included, ownCounts);
      rule = resolved.rule;
      distributedOver = distributionEmployeeIds(draft.distribution).length;
    } catch (err) {
      // A distribution that no longer adds up is refused at finish; the check report still prints.
      if (!(err instanceof AppError)) throw err;
    }
  }
  const ids = selectionIds(draft.selection);
  const responsibleId = draft.responsibleId ?? actor.employeeId;
  ids.employees.push(responsibleId);
  const names = await lookUpNames(store, ids);
  return {
    groupId: draft.id,
    companyName: await store.reportData.companyName(),
    printedBy: actor.name,
    printedAt: clock.now().toISOString(),
    mode: draft.mode,
    selection: draft.selection,
    names,
    responsibleName: names.employees.get(responsibleId) ?? null,
    distributedOver,
    counts,
    rows: store.reportData.streamContacts(scope, rule),
    plannedStarts: await plannedStartsOf(store, clock, actor, draft.id, draft.mode),
  };
}
