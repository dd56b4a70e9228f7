/**
 * Changes an activity (every field optional; a given link list replaces the stored one).
 * Moving the start moves the end; marking done stamps doneAt, sets the company's done status and
 * updates the end per the company setting; un-marking clears doneAt.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Activity, ActivityFields, ActivityLinks } from '../../domain/model/activity.js';
import { LINK_KEYS } from '../../domain/model/activity.js';
import { notFound } from '../../domain/errors.js';
import { endWhenDone, followStart } from '../../domain/activity-times.js';
import { checkReferences, checkRules, normalizeInput, type ActivityInput } from './activity-input.js';

export async function updateActivity(store: Store, clock: Clock, id: number, raw: ActivityInput): Promise<Activity> {
  const input = normalizeInput(raw);
  const now = clock.now().toISOString();
  return store.transaction(async (tx) => {
    const old = await tx.activities.get(id);
    if (!old) throw notFound('activity', id);
    await checkReferences(tx, input);
    const settings = await tx.activities.settings();
    const fields: Partial<ActivityFields> = {};
    const links: Partial<ActivityLinks> = {};
    for (const [k, v] of Object.entries(input)) {
      if (v === undefined) continue;
      if ((LINK_KEYS as readonly string[]).includes(k)) (links as Record<string, unknown>)[k] = v;
      else (fields as Record<string, unknown>)[k] = v;
    }
    if (fields.startAt !== undefined && fields.endAt === undefined && fields.startAt !== old.startAt) {
      fields.endAt = followStart(old.startAt, old.endAt, fields.startAt, settings.standardDurationMinutes);
    }
    // A new type decides calendar or task list again, unless the request says which.
    if (fields.typeId != null && fields.typeId !== old.typeId && fields.showInTaskList === undefined) {
      const type = await tx.activities.typeDefaults(fields.typeId);
      if (type) fields.showInTaskList = type.list === 'taskList';
    }
    const merged = { ...old, ...fields };
    if (fields.done === true && !old.done) {
      fields.doneAt = now;
      if (input.statusId === undefined && settings.doneStatusId !== null) fields.statusId = settings.doneStatusId;
      fields.endAt = endWhenDone(settings.endTimeOnDone, merged.showInTaskList, merged.startAt, merged.endAt, now);
    } else if (fields.done === false && old.done) {
      fields.doneAt = null;
    }
    await checkRules(tx, { ...old, ...fields });
    await tx.activities.update(id, fields, links, now);
    return (await tx.activities.get(id))!;
  });
}
