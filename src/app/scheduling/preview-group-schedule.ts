/**
 * GET /api/group-activities/:id/schedule: where the draft's schedule would place its activities,
 * before anything is created — per responsible how many land on each day, and which contacts do
 * not fit (and why). Finish places the same way, inside its transaction.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { validation } from '../../domain/errors.js';
import type { UnplacedReason } from '../../domain/scheduling/plan-batch.js';
import { loadDraft, scopeOf } from '../group-activities/load-draft.js';
import { includedFacts, resolveResponsible } from '../group-activities/resolve-responsible.js';
import { placeGroupSchedule } from './place-group-schedule.js';

export type SchedulePreview = {
  placed: number;
  unplacedCount: number;
  perResponsible: { employeeId: number; days: { date: string; count: number }[] }[];
  unplaced: { contactId: number; number: number | null; name: string | null; reason: UnplacedReason }[];
  /** shared mode: the one activity's proposed time */
  startAt?: string | null;
  endAt?: string | null;
};

/** The unplaced list is capped (the count is exact). */
export const UNPLACED_LIST_CAP = 500;

/** The draft's placement as the finish would make it now (keys: contact ids; shared mode: key 0). */
export async function planDraftSchedule(store: Store, clock: Clock, actor: Actor, id: number) {
  const draft = await loadDraft(store, id, actor);
  const schedule = await store.scheduling.draftSchedule(id);
  if (!schedule) throw validation('schedule', 'this group activity has no schedule: set schedule.from and schedule.to first');
  const scope = scopeOf(draft, true);
  const { total, ownCounts } = await includedFacts(store.groupActivities, draft, scope);
  const { rule } = await resolveResponsible(store.groupActivities, draft, actor.employeeId, total, ownCounts);
  const template = draft.template;
  const items = draft.mode === 'shared'
    ? [{ key: 0, responsibleId: rule.kind === 'one' ? rule.employeeId : null }]
    : (await store.groupActivities.assignments(scope, rule, { limit: 1_000_000_000, afterRank: 0 }))
      .map((a) => ({ key: a.contactId, responsibleId: a.employeeId }));
  const result = await placeGroupSchedule(store, {
    schedule, mode: draft.mode, items, resourceIds: template.resourceIds ?? [], now: clock.now().getTime(),
    sharedEmployeeIds: [...(rule.kind === 'one' && rule.employeeId !== null ? [rule.employeeId] : []), ...(template.employeeIds ?? [])],
    linkedEmployeeIds: template.employeeIds ?? [],
  });
  return { ...result, mode: draft.mode };
}

export async function previewGroupSchedule(store: Store, clock: Clock, actor: Actor, id: number): Promise<SchedulePreview> {
  const result = await planDraftSchedule(store, clock, actor, id);
  const draft = { mode: result.mode };
  const shared = draft.mode === 'shared' ? result.placed[0] : undefined;
  const listed = draft.mode === 'shared' ? [] : result.unplaced.slice(0, UNPLACED_LIST_CAP);
  const names = await store.scheduling.contactNames(listed.map((u) => u.key));
  return {
    placed: result.placed.length,
    unplacedCount: result.unplaced.length,
    perResponsible: result.perResponsible,
    unplaced: listed.map((u) => ({ contactId: u.key, number: names.get(u.key)?.number ?? null, name: names.get(u.key)?.name ?? null, reason: u.reason })),
    ...(draft.mode === 'shared' ? { startAt: shared ? new Date(shared.start).toISOString() : null, endAt: shared ? new Date(shared.end).toISOString() : null } : {}),
  };
}
