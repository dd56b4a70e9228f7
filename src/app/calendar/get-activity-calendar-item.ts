/**
 * One activity as a calendar item (for its .ics download), with the privacy rule applied for the
 * viewer like every calendar view.
 */
import type { Store } from '../ports/store.js';
import type { CalendarItem, Viewer } from '../../domain/calendar/calendar-item.js';
import { getActivity } from '../activities/get-activity.js';
import { applyPrivacy } from './list-calendar.js';

export async function getActivityCalendarItem(store: Store, viewer: Viewer, id: number): Promise<CalendarItem> {
  const a = await getActivity(store, id, true);
  const type = a.typeId ? await store.activityTypes.get(a.typeId) : undefined;
  const hides = a.responsibleId !== null && (await store.calendar.hidingEmployees([a.responsibleId])).size > 0;
  const item: CalendarItem = {
    id: a.id, number: a.number, subject: a.subject, startAt: a.startAt ?? a.createdAt, endAt: a.endAt, allDay: a.allDay, done: a.done,
    color: a.color, typeId: a.typeId, typeName: type?.name ?? null, showTimeAs: type?.showTimeAs ?? 'busy',
    responsibleId: a.responsibleId, employeeIds: a.employeeIds, resourceIds: a.resourceIds,
    contacts: (a.contacts ?? []).map((c) => ({ id: c.id, name: c.name })), notes: a.notes, batchId: a.batchId, hidden: false,
    responsibleHidesDetails: hides, updatedAt: a.updatedAt,
  };
  return applyPrivacy(viewer, [item])[0]!;
}
