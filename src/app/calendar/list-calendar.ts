/**
 * The calendar of an interval: activities of the asked employees and resources (the caller's own
 * calendar when neither is given), with the privacy rule applied for the viewer.
 */
import type { Store } from '../ports/store.js';
import type { CalendarItem, Viewer } from '../../domain/calendar/calendar-item.js';
import { hideDetails, mustHide } from '../../domain/calendar/calendar-item.js';
import { validation } from '../../domain/errors.js';

/** The longest interval one request may ask (a month view with its leading and trailing weeks fits). */
export const MAX_CALENDAR_DAYS = 62;

export type ListCalendarInput = { from: string; to: string; employeeIds?: number[]; resourceIds?: number[] };

export async function listCalendar(store: Store, viewer: Viewer, input: ListCalendarInput): Promise<CalendarItem[]> {
  const from = Date.parse(input.from);
  const to = Date.parse(input.to);
  if (Number.isNaN(from)) throw validation('from', 'expected an ISO-8601 timestamp');
  if (Number.isNaN(to)) throw validation('to', 'expected an ISO-8601 timestamp');
  if (to <= from) throw validation('to', 'the end of the interval must be after its start');
  if (to - from > MAX_CALENDAR_DAYS * 86_400_000) throw validation('to', `the interval may span at most ${MAX_CALENDAR_DAYS} days`);
  const own = !input.employeeIds?.length && !input.resourceIds?.length;
  const items = await store.calendar.items({
    from: new Date(from).toISOString(), to: new Date(to).toISOString(),
    employeeIds: own ? [viewer.employeeId] : input.employeeIds ?? [],
    resourceIds: own ? [] : input.resourceIds ?? [],
  });
  return applyPrivacy(viewer, items);
}

export function applyPrivacy(viewer: Viewer, items: CalendarItem[]): CalendarItem[] {
  return items.map((i) => (mustHide(i, viewer) ? hideDetails(i) : i));
}
