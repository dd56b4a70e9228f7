/**
 * Inside a transaction: ranks the draft's included activities into the plan with their new times,
 * and turns a distributed responsible into the contiguous runs the storage applies (the group
 * wizard's distribution over activities: ordered by start, then number).
 */
import type { Store } from '../ports/store.js';
import type { ResponsibleRule } from '../ports/group-activities.js';
import type { ChangeDraft } from '../../domain/activity-change/types.js';
import type { EmployeeShare } from '../../domain/distribution/types.js';
import { distributionEmployeeIds } from '../../domain/distribution/types.js';
import { checkAccountManagers, planDistribution, runBounds } from '../../domain/distribution/plan-distribution.js';
import { distributionOf } from '../../domain/activity-change/changes.js';
import { AppError } from '../../domain/errors.js';
import { changeScopeOf } from './load-change.js';

export type PreparedPlan = { planned: number; rule: ResponsibleRule | null; perEmployee: EmployeeShare[] };

/** Errors of the distribution name the field inside `changes[i]`. */
function underChange(d: ChangeDraft, e: unknown): unknown {
  if (!(e instanceof AppError) || !e.field?.startsWith('distribution')) return e;
  const i = d.changes.findIndex((c) => c.field === 'responsibleId');
  return new AppError(e.code, e.message, `changes[${i}].${e.field}`, e.details);
}

export async function prepareChangePlan(tx: Store, d: ChangeDraft): Promise<PreparedPlan> {
  const dist = distributionOf(d.changes);
  const ownIds = dist?.method === 'ownManager' ? dist.employeeIds : null;
  const { planned, ownCounts } = await tx.activityChanges.preparePlan({ scope: changeScopeOf(d), changes: d.changes, timeZone: d.timeZone, ownManagerIds: ownIds });
  if (!dist) return { planned, rule: null, perEmployee: [] };
  try {
    checkAccountManagers(dist, await tx.groupActivities.managerFacts(distributionEmployeeIds(dist)));
    const plan = planDistribution(dist, planned, ownCounts);
    return { planned, rule: { kind: 'runs', ownManagerIds: ownIds, bounds: runBounds(plan.pool) }, perEmployee: plan.perEmployee };
  } catch (e) {
    throw underChange(d, e);
  }
}
