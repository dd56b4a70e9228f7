/**
 * What a calendar block says and the accessible name it is read by:
 * "Besök, Andersson & Hansson AB, 09:00–10:00" (type or subject, contacts, times; "Upptagen" when
 * the responsible hides the details).
 */
import type { CalendarItemDto } from '../../contract/calendar';
import type { Locale } from '../../i18n/index';
import { fmtTime } from './dates';

type T = (key: 'cal.busy' | 'cal.untitled' | 'cal.allDay' | 'cal.done' | 'cal.group', p?: Record<string, string | number>) => string;

export function titleOf(i: CalendarItemDto, t: T): string {
  if (i.hidden) return t('cal.busy');
  return i.subject ?? i.typeName ?? t('cal.untitled', { number: i.number });
}

export function timesOf(i: CalendarItemDto, locale: Locale, t: T): string {
  if (i.allDay) return t('cal.allDay');
  return i.endAt && i.endAt !== i.startAt ? `${fmtTime(locale, i.startAt)}–${fmtTime(locale, i.endAt)}` : fmtTime(locale, i.startAt);
}

export function accessibleName(i: CalendarItemDto, locale: Locale, t: T): string {
  const parts: string[] = [];
  if (i.hidden) parts.push(t('cal.busy'));
  else {
    parts.push(i.typeName && i.subject && i.subject !== i.typeName ? `${i.typeName}: ${i.subject}` : titleOf(i, t));
    if (i.contacts.length) parts.push(i.contacts.map((c) => c.name).join(', '));
  }
  parts.push(timesOf(i, locale, t));
  if (i.done) parts.push(t('cal.done'));
  if (i.batchId !== null && !i.hidden) parts.push(t('cal.group'));
  return parts.join(', ');
}

/** The CSS custom property that colours a block (its own colour, else its type's). */
export function colorStyle(i: CalendarItemDto): Record<string, string> {
  return i.color && /^#[0-9a-fA-F]{3,8}$|^[a-z]+$/.test(i.color) ? { '--ev': i.color } : {};
}
