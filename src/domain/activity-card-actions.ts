/**
 * The rules behind the activity card's Duplicate, Delete and New follow-up, shared by the API
 * (duplicate, delete) and the web card (follow-up, the delete confirmation), so both agree.
 */
import type { Activity, ActivityFields, ActivityLinks } from './model/activity.js';

/**
 * A duplicate is the same activity under a new number, still to be done: the done mark and its
 * time are dropped (and the status that came with them), and the copy is on its own, not part of
 * the group activity the original came from.
 */
export function duplicateOf(a: Activity): Omit<ActivityFields, 'doneAt'> & ActivityLinks {
  return {
    subject: a.subject, startAt: a.startAt, endAt: a.endAt, allDay: a.allDay, alarmMinutes: a.alarmMinutes,
    typeId: a.typeId, statusId: a.done ? null : a.statusId, priority: a.priority, done: false,
    responsibleId: a.responsibleId, notes: a.notes, color: a.color, showInTaskList: a.showInTaskList,
    custom1: a.custom1, custom2: a.custom2, batchId: null,
    contactIds: [...a.contactIds], contactPersonIds: [...a.contactPersonIds], employeeIds: [...a.employeeIds], resourceIds: [...a.resourceIds],
  };
}

/**
 * A done activity of a finished group activity is the record of work done in that run (its
 * report counts it): deleting it takes an explicit `force`. Anything else may be deleted.
 */
export function deleteNeedsForce(a: Pick<Activity, 'done' | 'batchId'>): boolean {
  return a.done && a.batchId !== null;
}

/** What a follow-up takes over: the same contacts and persons, type and responsible. */
export function followUpOf(a: Pick<Activity, 'contactIds' | 'contactPersonIds' | 'typeId' | 'responsibleId'>) {
  return { contactIds: [...a.contactIds], contactPersonIds: [...a.contactPersonIds], typeId: a.typeId, responsibleId: a.responsibleId };
}
