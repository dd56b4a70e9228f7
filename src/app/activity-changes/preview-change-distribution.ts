/** Step 4: how many activities each account manager gets when the responsible is distributed. */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { validation } from '../../domain/errors.js';
import { distributionOf } from '../../domain/activity-change/changes.js';
import { loadChange } from './load-change.js';
import { prepareChangePlan } from './change-plan.js';

export async function previewChangeDistribution(store: Store, actor: Actor, id: number) {
  const d = await loadChange(store, id, actor);
  if (!distributionOf(d.changes)) throw validation('changes', 'no change distributes responsibleId');
  const { planned, perEmployee } = await prepareChangePlan(store, d);
  const names = await store.groupActivities.employeeNames(perEmployee.map((p) => p.employeeId));
  return { total: planned, perEmployee: perEmployee.map((p) => ({ ...p, name: names.get(p.employeeId) ?? null })) };
}
