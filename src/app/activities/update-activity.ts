/**
 * Changes an activity (every field optional; a given link list replaces the stored one).
 * The card's defaults apply (`domain/activity-defaults.ts`: a moved start moves the end, a new
 * type brings its task-list flag, alarm and colour); marking done stamps doneAt, sets the company's done status and
 * updates the end per the company setting; un-marking clears doneAt.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Activity, ActivityFields, ActivityLinks } from '../../domain/model/activity.js';
import { LINK_KEYS } from '../../domain/model/activity.js';
import { notFound } from '../../domain/errors.js';
import { endWhenDone } from '../../domain/activity-times.js';
import { withActivityDefaults } from '../../domain/activity-defaults.js';
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
    // The card's defaults: a moved start moves the end, a newly chosen type brings its defaults.
    const typeId = fields.typeId !== undefined ? fields.typeId : old.typeId;
    const type = typeId ? await tx.activities.typeDefaults(typeId) : undefined;
    Object.assign(fields, withActivityDefaults(old, fields, type, settings.standardDurationMinutes));
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
