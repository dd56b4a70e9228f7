/**
 * Step 6: applies every change to the included activities in ONE transaction, set-based: records
 * the old and new values for undo (one INSERT … SELECT), then writes the recorded new values (one
 * UPDATE … FROM). The draft is claimed first (UPDATE … WHERE status = 'draft'), so a second finish
 * changes nothing and answers the first result. Unresolved start/end conflicts refuse the finish
 * with 409 naming them; the transaction rolls back, so nothing is written.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import type { FinishChangeResult } from '../../domain/activity-change/types.js';
import { isEmptySelection } from '../../domain/group-activity/types.js';
import { distributionOf, leadingTime } from '../../domain/activity-change/changes.js';
import { conflict, validation } from '../../domain/errors.js';
import { loadChange } from './load-change.js';
import { planInputOf, prepareChangePlan, type PreparedPlan } from './change-plan.js';

export async function finishActivityChange(store: Store, clock: Clock, actor: Actor, id: number): Promise<FinishChangeResult> {
  const d = await loadChange(store, id, actor);
  if (d.status === 'finished' && d.result) return d.result;
  if (d.status !== 'draft') throw conflict(`activity change ${id} is ${d.status}`);
  if (isEmptySelection(d.selection)) throw validation('selection', 'the selection is empty: give at least one criterion');
  if (!d.changes.length) throw validation('changes', 'choose at least one field to change');
  const result = await store.transaction(async (tx) => {
    const now = clock.now().toISOString();
    if (!(await tx.activityChanges.claim(id, now))) return undefined;
    const leading = leadingTime(d.changes);
    const skipping = leading !== null && d.conflicts === 'skip';
    let rule: PreparedPlan['rule'] = null;
    let skipped = 0;
    // Counting reads the plan once more: only a distribution (its total) and skipping need it.
    if (distributionOf(d.changes) || skipping) {
      const plan = await prepareChangePlan(tx, d);
      rule = plan.rule;
      if (skipping) skipped = plan.conflicts;
    }
    const changed = await tx.activityChanges.recordChange({ input: planInputOf(d), changeId: id, responsible: rule, now });
    if (leading && !d.conflicts) {
      // Found in what was just recorded; the 409 rolls it back with the claim.
      const found = await tx.activityChanges.recordedConflicts(id, 20);
      if (found.total > 0) {
        throw conflict(`${found.total} activities would end before they start; choose conflicts: "shift" or "skip"`, 'conflicts', {
          conflicts: found.total, numbers: found.rows.map((r) => r.number),
        });
      }
    }
    if (changed === 0) {
      throw skipped > 0
        ? validation('conflicts', `every included activity (${skipped}) would end before it starts and is skipped: nothing to change`)
        : validation('selection', 'no activity is included: the selection and the unticked ones leave nothing to change');
    }
    await tx.activityChanges.applyRecorded({ changeId: id, changes: d.changes, now });
    const answer: FinishChangeResult = { changeId: id, changed, skipped };
    await tx.activityChanges.saveResult(id, answer, now);
    await tx.audit.record({
      at: now, employeeId: actor.employeeId, action: 'activities.change', entity: 'activity_change', entityId: String(id),
      details: { ...answer, fields: d.changes.map((c) => c.field) },
    });
    return answer;
  });
  if (result) return result;
  const done = await store.activityChanges.get(id);
  if (done?.result) return done.result;
  throw conflict(`activity change ${id} is ${done?.status ?? 'gone'}`);
}
