/**
 * What a draft's plan is computed from, and the distributed responsible turned into the
 * contiguous runs the storage applies: the group wizard's distribution over activities, handed out
 * in the activities' own order (start, empty last, then number: `domain/activity-change/
 * distribution-order.ts`), never their contacts' postal code.
 */
import type { Store } from '../ports/store.js';
import type { ChangePlanInput } from '../ports/activity-changes.js';
import type { ResponsibleRule } from '../ports/group-activities.js';
import type { ChangeDraft } from '../../domain/activity-change/types.js';
import type { EmployeeShare } from '../../domain/distribution/types.js';
import { distributionEmployeeIds } from '../../domain/distribution/types.js';
import { checkAccountManagers, planDistribution, runBounds } from '../../domain/distribution/plan-distribution.js';
import { distributionOf } from '../../domain/activity-change/changes.js';
import { AppError } from '../../domain/errors.js';
import { changeScopeOf } from './load-change.js';

export type PreparedPlan = { planned: number; conflicts: number; rule: ResponsibleRule | null; perEmployee: EmployeeShare[] };

export function planInputOf(d: ChangeDraft): ChangePlanInput {
  const dist = distributionOf(d.changes);
  return {
    scope: changeScopeOf(d), changes: d.changes, conflicts: d.conflicts, timeZone: d.timeZone,
    ownManagerIds: dist?.method === 'ownManager' ? dist.employeeIds : null,
  };
}

/** Errors of the distribution name the field inside `changes[i]`. */
function underChange(d: ChangeDraft, e: unknown): unknown {
  if (!(e instanceof AppError) || !e.field?.startsWith('distribution')) return e;
  const i = d.changes.findIndex((c) => c.field === 'responsibleId');
  return new AppError(e.code, e.message, `changes[${i}].${e.field}`, e.details);
}

/** Counts the plan (one read) and, with a distribution, checks it and plans the runs. */
export async function prepareChangePlan(store: Store, d: ChangeDraft): Promise<PreparedPlan> {
  const dist = distributionOf(d.changes);
  const input = planInputOf(d);
  const { planned, ownCounts, conflicts } = await store.activityChanges.planCounts(input);
  if (!dist) return { planned, conflicts, rule: null, perEmployee: [] };
  try {
    checkAccountManagers(dist, await store.groupActivities.managerFacts(distributionEmployeeIds(dist)));
    const plan = planDistribution(dist, planned, ownCounts, 'activities');
    return { planned, conflicts, rule: { kind: 'runs', ownManagerIds: input.ownManagerIds, bounds: runBounds(plan.pool) }, perEmployee: plan.perEmployee };
  } catch (e) {
    throw underChange(d, e);
  }
}
