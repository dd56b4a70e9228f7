/**
 * The activity card's defaults in a form (the single activity card and the wizard's step-7 card):
 * the form's text values around the one domain rule (`domain/activity-defaults.ts`), so the user
 * sees the end, the task-list flag, the alarm and the colour the server would give.
 */
import { withActivityDefaults, type DefaultedFields, type TypeDefaults } from '../../domain/activity-defaults';

/** The card fields the rule reads and writes, as a form holds them (local date-time text, numbers as text). */
export type CardDefaultFields = { typeId: string; startAt: string; endAt: string; allDay: boolean; alarmMinutes: string; color: string; showInTaskList: boolean };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (local: string) => { if (!local) return null; const d = new Date(local); return Number.isNaN(d.getTime()) ? null : d.toISOString(); };
const local = (v: string) => { const d = new Date(v); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`; };
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/**
 * The form values after the user changed the type or the start (`change`), with the defaults the
 * change brings. `typeOf` gives a type's defaults by its id.
 */
export function applyCardDefaults<V extends CardDefaultFields>(
  values: V, change: Partial<Pick<CardDefaultFields, 'typeId' | 'startAt'>>, typeOf: (id: number) => TypeDefaults | undefined, standardMinutes: number,
): V {
  const current: DefaultedFields = {
    typeId: num(values.typeId), startAt: iso(values.startAt), endAt: iso(values.endAt), allDay: values.allDay,
    alarmMinutes: num(values.alarmMinutes), color: values.color.trim() || null, showInTaskList: values.showInTaskList,
  };
  const given: Partial<DefaultedFields> = {};
  if (change.typeId !== undefined) given.typeId = num(change.typeId);
  if (change.startAt !== undefined) given.startAt = iso(change.startAt);
  // The type the card has after the change: a chosen one brings its defaults, and the current
  // one still gives a moved start its default duration.
  const typeId = given.typeId !== undefined ? given.typeId : current.typeId;
  const type = typeId != null ? typeOf(typeId) : undefined;
  const d = withActivityDefaults(current, given, type, standardMinutes);
  const out: V = { ...values, ...change };
  if (d.endAt !== undefined) out.endAt = d.endAt ? local(d.endAt) : '';
  if (d.showInTaskList !== undefined) out.showInTaskList = d.showInTaskList;
  if (d.alarmMinutes !== undefined) out.alarmMinutes = d.alarmMinutes == null ? '' : String(d.alarmMinutes);
  if (d.color !== undefined) out.color = d.color ?? '';
  return out;
}
