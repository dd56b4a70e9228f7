/**
 * Creates one activity with its links in one transaction: the card's defaults
 * (`domain/activity-defaults.ts`: end, task list, alarm, colour) fill what the input leaves out, the
 * number comes from the `activity` counter last, so the counter row is locked only briefly.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Activity, ActivityFields } from '../../domain/model/activity.js';
import { endWhenDone } from '../../domain/activity-times.js';
import { EMPTY_CARD, withActivityDefaults } from '../../domain/activity-defaults.js';
import { checkReferences, checkRules, normalizeInput, type ActivityInput } from './activity-input.js';

export async function createActivity(
  store: Store, clock: Clock, actorId: number | null, raw: ActivityInput,
): Promise<Activity> {
  const input = normalizeInput(raw);
  const now = clock.now().toISOString();
  return store.transaction(async (tx) => {
    await checkReferences(tx, input);
    const settings = await tx.activities.settings();
    const type = input.typeId ? await tx.activities.typeDefaults(input.typeId) : undefined;
    // An empty end is "not given" here: a new activity's end follows its start.
    const d = withActivityDefaults(EMPTY_CARD, {
      typeId: input.typeId, startAt: input.startAt, endAt: input.endAt ?? undefined, allDay: input.allDay,
      alarmMinutes: input.alarmMinutes, color: input.color, showInTaskList: input.showInTaskList,
    }, type, settings.standardDurationMinutes);
    const fields: ActivityFields = {
      subject: input.subject ?? null,
      startAt: d.startAt ?? null,
      endAt: d.endAt ?? null,
      allDay: d.allDay ?? false,
      alarmMinutes: d.alarmMinutes ?? null,
      typeId: input.typeId ?? null,
      statusId: input.statusId ?? null,
      priority: input.priority ?? null,
      done: input.done ?? false,
      doneAt: null,
      responsibleId: input.responsibleId ?? null,
      notes: input.notes ?? null,
      color: d.color ?? null,
      showInTaskList: d.showInTaskList ?? false,
      custom1: input.custom1 ?? null,
      custom2: input.custom2 ?? null,
      batchId: input.batchId ?? null,
    };
    await checkRules(tx, fields);
    if (fields.done) {
      fields.doneAt = now;
      if (input.statusId === undefined && settings.doneStatusId !== null) fields.statusId = settings.doneStatusId;
      fields.endAt = endWhenDone(settings.endTimeOnDone, fields.showInTaskList, fields.startAt, fields.endAt, now);
    }
    const { first: id } = await tx.counters.allocate('activity', 1);
    await tx.activities.insert({
      id, ...fields,
      contactIds: input.contactIds ?? [], contactPersonIds: input.contactPersonIds ?? [],
      employeeIds: input.employeeIds ?? [], resourceIds: input.resourceIds ?? [],
      createdBy: actorId, createdAt: now, updatedAt: now,
    });
    return (await tx.activities.get(id))!;
  });
}
