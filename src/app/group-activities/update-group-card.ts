/**
 * Step 7: copies the changed card fields to every activity of the batch in one transaction, with
 * the card's defaults (`domain/activity-defaults.ts`) the single activity card applies too.
 * Fields edited by hand on one activity since are kept unless `overwriteEdited`; answers
 * { updated, kept } as api-conventions "Copy-to-all counts" defines them.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { conflict } from '../../domain/errors.js';
import { planCardChange, type CardPatch } from '../../domain/group-activity/card.js';
import { withActivityDefaults, type DefaultedFields } from '../../domain/activity-defaults.js';
import { loadDraft } from './load-draft.js';
import { checkTemplateRefs } from './check-template.js';

export async function updateGroupCard(
  store: Store, clock: Clock, actor: Actor, id: number, input: CardPatch & { overwriteEdited?: boolean },
): Promise<{ updated: number; kept: number }> {
  const { overwriteEdited = false, ...patch } = input;
  const draft = await loadDraft(store, id, actor);
  if (draft.status !== 'finished' || !draft.batchId) throw conflict(`group activity ${id} has no activities yet; finish it first`);
  const batch = await store.groupActivities.getBatch(draft.batchId);
  if (!batch) throw conflict(`the batch of group activity ${id} is gone`);
  // The same defaults as a single activity's card: a start brings an end, a type its flags.
  const settings = await store.activities.settings();
  const typeId = patch.typeId !== undefined ? patch.typeId : batch.card.typeId;
  const type = typeof typeId === 'number' ? await store.activities.typeDefaults(typeId) : undefined;
  const c = batch.card;
  const current = {
    typeId: c.typeId ?? null, startAt: c.startAt ?? null, endAt: c.endAt ?? null, allDay: !!c.allDay,
    alarmMinutes: c.alarmMinutes ?? null, color: c.color ?? null, showInTaskList: !!c.showInTaskList,
  };
  const plan = planCardChange(batch.mode, batch.card, withActivityDefaults(current, patch as Partial<DefaultedFields>, type, settings.standardDurationMinutes) as CardPatch);
  await checkTemplateRefs(store, {
    typeId: patch.typeId as number | undefined, statusId: patch.statusId as number | undefined, priority: patch.priority as number | undefined,
    employeeIds: patch.employeeIds, resourceIds: patch.resourceIds, contactPersonIds: patch.contactPersonIds,
  }, '');
  if (patch.contactIds?.length) {
    const missing = await store.activities.missingIds('contacts', patch.contactIds);
    if (missing.size) throw conflict(`contact ${[...missing][0]} does not exist`, 'contactIds');
  }
  if (!plan.changes.length && !plan.links.length) return { updated: 0, kept: 0 };
  return store.transaction(async (tx) => {
    const now = clock.now().toISOString();
    const counts = await tx.groupActivities.applyCard({ batchId: batch.id, changes: plan.changes, overwriteEdited, links: plan.links, card: plan.card, now });
    await tx.audit.record({
      at: now, employeeId: actor.employeeId, action: 'group.card', entity: 'group_activity', entityId: String(id),
      details: { batchId: batch.id, fields: [...plan.changes.map((c) => c.field), ...plan.links.map((l) => l.field)], overwriteEdited, ...counts },
    });
    return counts;
  });
}
