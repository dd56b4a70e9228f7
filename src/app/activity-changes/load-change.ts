/**
 * Shared reads of the change-values use cases: the draft the actor may see (its creator or an
 * administrator; others get 404), its scope and the view the API answers with.
 */
import type { Store } from '../ports/store.js';
import type { ChangeScope } from '../ports/activity-changes.js';
import type { Actor } from '../../domain/model/employee.js';
import type { ChangeDraft } from '../../domain/activity-change/types.js';
import { conflict, notFound } from '../../domain/errors.js';

export type ActivityChangeView = Omit<ChangeDraft, 'createdBy'> & { counts: { included: number; excluded: number } };

export async function loadChange(store: Store, id: number, actor: Actor): Promise<ChangeDraft> {
  const d = await store.activityChanges.get(id);
  if (!d || (d.createdBy !== actor.employeeId && actor.role !== 'admin')) throw notFound('activity change', id);
  return d;
}

export async function loadOpenChange(store: Store, id: number, actor: Actor): Promise<ChangeDraft> {
  const d = await loadChange(store, id, actor);
  if (d.status !== 'draft') throw conflict(`activity change ${id} is ${d.status}; only a draft can be changed`);
  return d;
}

export const changeScopeOf = (d: ChangeDraft): ChangeScope => ({ changeId: d.id, selection: d.selection });

export async function toChangeView(store: Store, d: ChangeDraft): Promise<ActivityChangeView> {
  const { createdBy: _c, ...rest } = d;
  return { ...rest, counts: await store.activityChanges.counts(changeScopeOf(d)) };
}
