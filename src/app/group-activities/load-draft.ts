/**
 * Shared reads of the group-activity use cases: loading a draft the actor may see (its creator or
 * an administrator; others get 404), its scope, and the view the API answers with.
 */
import type { Store } from '../ports/store.js';
import type { DraftScope } from '../ports/group-activities.js';
import type { Actor } from '../../domain/model/employee.js';
import type { GroupDraft } from '../../domain/group-activity/types.js';
import { conflict, notFound } from '../../domain/errors.js';
import type { GroupSchedule } from '../../domain/scheduling/group-schedule.js';

export type GroupActivityView = Omit<GroupDraft, 'createdBy'> & { counts: { included: number; excluded: number }; schedule: GroupSchedule | null };

export async function loadDraft(store: Store, id: number, actor: Actor): Promise<GroupDraft> {
  const draft = await store.groupActivities.get(id);
  if (!draft || (draft.createdBy !== actor.employeeId && actor.role !== 'admin')) throw notFound('group activity', id);
  return draft;
}

export async function loadOpenDraft(store: Store, id: number, actor: Actor): Promise<GroupDraft> {
  const draft = await loadDraft(store, id, actor);
  if (draft.status !== 'draft') throw conflict(`group activity ${id} is ${draft.status}; only a draft can be changed`);
  return draft;
}

export const scopeOf = (d: GroupDraft, withSkip = false): DraftScope => ({
  draftId: d.id, selection: d.selection, skipOpenOfType: withSkip ? d.options.skipIfOpenActivityOfType ?? null : null,
});

export async function toView(store: Store, d: GroupDraft): Promise<GroupActivityView> {
  const { createdBy: _createdBy, ...rest } = d;
  return { ...rest, counts: await store.groupActivities.counts(scopeOf(d)), schedule: await store.scheduling.draftSchedule(d.id) };
}
