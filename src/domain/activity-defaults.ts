/**
 * The defaults of the activity card, one rule for every place an activity's values are set: the
 * single activity card, the wizard's step-7 card and the draft's template at finish. A value the
 * user gave is never replaced; what is left out follows the start and the chosen type:
 * - a start without an end gets one: the old duration kept, else start + the type's default
 *   duration, else + the standard duration (an all-day activity ends on its start);
 * - choosing a type sets "show in task list" from the type's list, and an empty alarm and colour
 *   from the type's defaults.
 */
import { addMinutes } from './activity-times.js';

export type TypeDefaults = { list: 'calendar' | 'taskList'; color: string | null; defaultAlarmMinutes: number | null; defaultDurationMinutes?: number | null };

export type DefaultedFields = {
  typeId: number | null;
  startAt: string | null;
  endAt: string | null;
  allDay: boolean;
  alarmMinutes: number | null;
  color: string | null;
  showInTaskList: boolean;
};

/** A card before any value is given (a new activity). */
export const EMPTY_CARD: DefaultedFields = {
  typeId: null, startAt: null, endAt: null, allDay: false, alarmMinutes: null, color: null, showInTaskList: false,
};

/** How long a new activity of the type lasts: the type's default duration, else the standard one. */
export const durationOf = (type: Pick<TypeDefaults, 'defaultDurationMinutes'> | undefined, standardMinutes: number): number =>
  type?.defaultDurationMinutes ?? standardMinutes;

/**
 * The change with the defaults it implies added: `current` is the card as it is, `change` the
 * values given (a key present = given, even when null), `type` the defaults of the type the card
 * has after the change, when known.
 */
export function withActivityDefaults<C extends Partial<DefaultedFields>>(
  current: DefaultedFields, change: C, type: TypeDefaults | undefined, standardMinutes: number,
): C & Partial<DefaultedFields> {
  const out: C & Partial<DefaultedFields> = { ...change };
  const given = (k: keyof DefaultedFields) => k in change && change[k] !== undefined;

  // A start that is not a date is left to the field's own check, which names it.
  if (given('startAt') && !given('endAt') && change.startAt && Number.isFinite(Date.parse(change.startAt)) && change.startAt !== current.startAt) {
    const allDay = given('allDay') ? !!change.allDay : current.allDay;
    const start = change.startAt;
    const span = current.startAt && current.endAt ? (Date.parse(current.endAt) - Date.parse(current.startAt)) / 60_000 : null;
    out.endAt = span !== null ? addMinutes(start, Math.max(span, 0)) : allDay ? new Date(Date.parse(start)).toISOString() : addMinutes(start, durationOf(type, standardMinutes));
  }

  const typeChosen = given('typeId') && change.typeId != null && change.typeId !== current.typeId;
  if (typeChosen && type) {
    if (!given('showInTaskList')) out.showInTaskList = type.list === 'taskList';
    if (!given('alarmMinutes') && current.alarmMinutes == null && type.defaultAlarmMinutes != null) out.alarmMinutes = type.defaultAlarmMinutes;
    if (!given('color') && !current.color && type.color) out.color = type.color;
  }
  return out;
}
