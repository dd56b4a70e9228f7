/**
 * "Start again from its selection": a new draft with the same mode, selection and explicit moves
 * as an earlier group activity (typically one that was undone), in one transaction.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { loadDraft, toView, type GroupActivityView } from './load-draft.js';

export async function restartGroupActivity(store: Store, clock: Clock, actor: Actor, id: number): Promise<GroupActivityView> {
  const from = await loadDraft(store, id, actor);
  const draft = await store.transaction(async (tx) => {
    const now = clock.now().toISOString();
    const d = await tx.groupActivities.create({ mode: from.mode, createdBy: actor.employeeId, now });
    await tx.groupActivities.update(d.id, { selection: from.selection }, now);
    await tx.groupActivities.copyMoves(from.id, d.id);
    await tx.audit.record({ at: now, employeeId: actor.employeeId, action: 'group.restart', entity: 'group_activity', entityId: String(d.id), details: { from: from.id } });
    return (await tx.groupActivities.get(d.id))!;
  });
  return toView(store, draft);
}
