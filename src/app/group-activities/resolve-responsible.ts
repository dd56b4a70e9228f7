/**
 * Step 4 made concrete for a number of included contacts: either one responsible for everything,
 * or a distribution checked (active account managers, counts adding up) and turned into the
 * per-employee shares and the contiguous runs the storage applies.
 */
import type { GroupActivitiesRepository, ResponsibleRule, DraftScope } from '../ports/group-activities.js';
import type { GroupDraft } from '../../domain/group-activity/types.js';
import type { EmployeeShare } from '../../domain/distribution/types.js';
import { distributionEmployeeIds } from '../../domain/distribution/types.js';
import { checkAccountManagers, checkDistributionShape, planDistribution, runBounds } from '../../domain/distribution/plan-distribution.js';

export type Responsibility = { rule: ResponsibleRule; perEmployee: EmployeeShare[] };

export const ownManagerIdsOf = (d: GroupDraft): number[] | null =>
  d.mode === 'perContact' && d.distribution?.method === 'ownManager' ? d.distribution.employeeIds : null;

/** `total`/`ownCounts` describe the included contacts; read them with the same scope. */
export async function resolveResponsible(
  repo: GroupActivitiesRepository, d: GroupDraft, actorId: number, total: number, ownCounts: Map<number, number>,
): Promise<Responsibility> {
  const dist = d.mode === 'perContact' ? d.distribution : null;
  if (!dist) {
    const employeeId = d.responsibleId ?? actorId;
    return { rule: { kind: 'one', employeeId }, perEmployee: [{ employeeId, count: total }] };
  }
  checkDistributionShape(dist);
  checkAccountManagers(dist, await repo.managerFacts(distributionEmployeeIds(dist)));
  const plan = planDistribution(dist, total, ownCounts);
  return { rule: { kind: 'runs', ownManagerIds: ownManagerIdsOf(d), bounds: runBounds(plan.pool) }, perEmployee: plan.perEmployee };
}

/** The included total and own-manager counts a draft's distribution needs, outside a finish. */
export async function includedFacts(repo: GroupActivitiesRepository, d: GroupDraft, scope: DraftScope) {
  const total = (await repo.counts(scope)).included;
  const own = ownManagerIdsOf(d);
  const ownCounts = own ? await repo.ownManagerCounts(scope, own) : new Map<number, number>();
  return { total, ownCounts };
}
