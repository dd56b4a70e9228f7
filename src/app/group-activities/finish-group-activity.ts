/**
 * Step 6: creates the batch's activities in ONE transaction, set-based. The draft is claimed with
 * UPDATE … WHERE status = 'draft' first, so a second finish (a double click, a retry with the same
 * Idempotency-Key, a race) creates nothing and answers the first result. Numbers come from the
 * activity counter inside the transaction: consecutive, unique under concurrent finishes.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import type { FinishResult } from '../../domain/group-activity/types.js';
import { isEmptySelection } from '../../domain/group-activity/types.js';
import { resolveTemplate } from '../../domain/group-activity/template.js';
import { conflict, validation } from '../../domain/errors.js';
import { loadDraft, scopeOf } from './load-draft.js';
import { checkOptions, checkTemplate } from './check-template.js';
import { ownManagerIdsOf, resolveResponsible } from './resolve-responsible.js';
import { trackFinish, type FinishPhase } from './finish-progress.js';
import { scheduleFinishedBatch } from '../scheduling/schedule-finished-batch.js';

/** From this many activities a finish refreshes the planner's statistics (a few hundred ms at 100,000). */
const BULK_ROWS = 1000;

export async function finishGroupActivity(
  store: Store, clock: Clock, actor: Actor, id: number, opts: { idempotencyKey?: string } = {},
): Promise<FinishResult> {
  const route = `POST /api/group-activities/${id}/finish`;
  const key = opts.idempotencyKey;
  if (key) {
    const prior = await store.groupActivities.findIdempotent(actor.employeeId, key);
    if (prior) {
      if (prior.route !== route) throw conflict('this Idempotency-Key was used for another request', 'Idempotency-Key');
      return prior.response as FinishResult;
    }
  }
  const draft = await loadDraft(store, id, actor);
  if (draft.status === 'finished' && draft.result) return draft.result;
  if (draft.status === 'cancelled') throw conflict(`group activity ${id} was cancelled`);
  if (draft.status === 'undone') throw conflict(`group activity ${id} was undone; start a new one from its selection`);
  if (isEmptySelection(draft.selection)) throw validation('selection', 'the selection is empty: give at least one criterion');
  await checkTemplate(store, draft.mode, draft.template);
  await checkOptions(store, draft.options);
  const settings = await store.activities.settings();
  const type = draft.template.typeId ? await store.activities.typeDefaults(draft.template.typeId) : undefined;
  const { employeeIds = [], resourceIds = [], contactPersonIds = [], ...values } = resolveTemplate(draft.template, settings.standardDurationMinutes, type);

  // GET …/progress reads the phase from memory while this transaction holds the database.
  const schedule = await store.scheduling.draftSchedule(id);
  const progress = trackFinish(clock, id, draft.createdBy);
  const result = await store.transaction(async (tx) => {
    const now = clock.now().toISOString();
    if (!(await tx.groupActivities.claim(id, now))) return undefined;
    const repo = tx.groupActivities;
    // Progress polls are answered during every phase (SQLite writes on its writer's thread).
    const enter = async (phase: FinishPhase, planned?: number) => { progress.phase(phase, planned); await tx.letOthersRun(); };
    const before = await repo.counts(scopeOf(draft));
    await enter('planning');
    const { planned, ownCounts } = await repo.preparePlan(scopeOf(draft, true), ownManagerIdsOf(draft));
    if (planned === 0) {
      throw validation('selection', before.included === 0
        ? 'no contact is included: the selection and the moves leave nothing to create'
        : `every included contact (${before.included}) already has an open activity of that type`);
    }
    const { rule } = await resolveResponsible(repo, draft, actor.employeeId, planned, ownCounts);
    const activityCount = draft.mode === 'perContact' ? planned : 1;
    const { first, last } = await tx.counters.allocate('activity', activityCount);
    const { employeeIds: _e, resourceIds: _r, ...cardValues } = draft.template;
    const batchId = await repo.insertBatch({
      groupActivityId: id, mode: draft.mode, selection: draft.selection,
      card: { ...cardValues, ...values, employeeIds, resourceIds, ...(draft.mode === 'shared' ? { contactPersonIds } : {}) },
      includedCount: before.included, excludedCount: before.excluded, skippedCount: before.included - planned,
      activityCount, firstNumber: first, lastNumber: last, idempotencyKey: key ?? null, createdBy: actor.employeeId, now,
    });
    await enter('creating', activityCount);
    await repo.createFromPlan({
      batchId, mode: draft.mode, firstNumber: first, values, responsible: rule, employeeIds, resourceIds, contactPersonIds,
      linkPrimaryPerson: draft.options.linkPrimaryPerson === true, createdBy: actor.employeeId, now,
    });
    if (schedule) {
      await scheduleFinishedBatch(tx, { batchId, schedule, mode: draft.mode, employeeIds, resourceIds, now: clock.now().getTime() });
    }
    await enter('saving');
    const answer: FinishResult = { batchId, activityCount, firstNumber: first, lastNumber: last, skipped: before.included - planned };
    await repo.saveResult(id, batchId, answer, now);
    if (key) await repo.saveIdempotent({ employeeId: actor.employeeId, key, route, statusCode: 200, response: answer, now });
    await tx.audit.record({
      at: now, employeeId: actor.employeeId, action: 'group.finish', entity: 'group_activity', entityId: String(id),
      details: { ...answer, mode: draft.mode, included: before.included, excluded: before.excluded },
    });
    return answer;
  }).finally(() => progress.end());
  if (result) {
    // The report of step 6 is read next: plan it for the rows just written (PostgreSQL).
    // Best effort: the activities are committed; a refresh that fails must not fail the finish.
    if (result.activityCount >= BULK_ROWS) await store.refreshStatistics(['activities', 'activity_contacts', 'activity_contact_persons']).catch(() => undefined);
    return result;
  }
  // Another request finished this draft first: answer its result.
  const done = await store.groupActivities.get(id);
  if (done?.result) return done.result;
  throw conflict(`group activity ${id} is ${done?.status ?? 'gone'}`);
}
