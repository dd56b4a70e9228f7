/**
 * iCalendar (RFC 5545) for calendar feeds and single-activity downloads, written with
 * ical-generator: times in the company's time zone with its VTIMEZONE (from
 * @touch4it/ical-timezones), all-day activities as dates, stable UIDs (the activity number and the
 * server's host), SEQUENCE that grows with every change and LAST-MODIFIED so subscribers update.
 */
import ical, { ICalCalendarMethod, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import type { CalendarItem } from '../domain/calendar/calendar-item.js';

export type IcalOptions = {
  /** the calendar's name shown by the subscribing app */
  name: string;
  timeZone: string;
  /** host part of every UID (stable per installation) */
  uidDomain: string;
  /** link back to each activity's card: `${appUrl}/activities/<id>` */
  appUrl: string;
  /** a single download is a PUBLISH of one event; a feed is a calendar */
  method?: 'publish';
};

/** SEQUENCE from the last change: seconds since 2024 only grow as an activity is edited. */
export function sequenceOf(updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - Date.UTC(2024, 0, 1)) / 1000));
}

function summaryOf(i: CalendarItem): string {
  const contacts = i.contacts.map((c) => c.name).join(', ');
  const text = [i.subject ?? i.typeName, contacts].filter(Boolean).join(' – ');
  return text || `#${i.number}`;
}

export function renderIcal(items: CalendarItem[], o: IcalOptions): string {
  const cal = ical({
    name: o.name,
    prodId: { company: 'Kontakta', product: 'Kontakta CRM', language: 'SV' },
    timezone: { name: o.timeZone, generator: getVtimezoneComponent },
    ...(o.method ? { method: ICalCalendarMethod.PUBLISH } : {}),
  });
  for (const i of items) {
    const start = DateTime.fromISO(i.startAt, { zone: o.timeZone });
    const end = i.endAt ? DateTime.fromISO(i.endAt, { zone: o.timeZone }) : start;
    const common = {
      id: `activity-${i.number}@${o.uidDomain}`,
      summary: summaryOf(i),
      description: i.notes ?? undefined,
      url: `${o.appUrl}/activities/${i.id}`,
      sequence: sequenceOf(i.updatedAt),
      lastModified: DateTime.fromISO(i.updatedAt, { zone: 'utc' }),
      stamp: DateTime.fromISO(i.updatedAt, { zone: 'utc' }),
      busystatus: i.showTimeAs === 'free' ? ICalEventBusyStatus.FREE : i.showTimeAs === 'out' ? ICalEventBusyStatus.OOF : ICalEventBusyStatus.BUSY,
      transparency: i.showTimeAs === 'free' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    };
    if (i.allDay) {
      // DTEND of an all-day event is the day after the last day (exclusive).
      const lastDay = end > start ? end.minus({ milliseconds: 1 }).startOf('day') : start.startOf('day');
      cal.createEvent({ ...common, allDay: true, start: start.startOf('day'), end: lastDay.plus({ days: 1 }) });
    } else {
      cal.createEvent({ ...common, start, end, timezone: o.timeZone });
    }
  }
  return cal.toString();
}
