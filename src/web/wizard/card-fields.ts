/**
 * The step-7 card's form values and their conversion: ISO timestamps ↔ the browser's local
 * `datetime-local` text, numbers and empty text ↔ null. Only changed fields are sent.
 */
export type CardValues = {
  subject: string; startAt: string; endAt: string; allDay: boolean; alarmMinutes: string;
  typeId: string; statusId: string; priority: string; notes: string; color: string;
  showInTaskList: boolean; custom1: string; custom2: string; employeeIds: number[]; resourceIds: number[];
};

export type ActivityLike = {
  subject: string | null; startAt: string | null; endAt: string | null; allDay: boolean; alarmMinutes: number | null;
  typeId: number | null; statusId: number | null; priority: number | null; notes: string | null; color: string | null;
  showInTaskList: boolean; custom1: string | null; custom2: string | null; employeeIds: number[]; resourceIds: number[];
  contactIds: number[]; contactPersonIds: number[]; responsibleId: number | null;
};

const pad = (v: number) => String(v).padStart(2, '0');
export function isoToLocal(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function localToIso(s: string): string | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}

export function valuesOf(a: ActivityLike | null): CardValues {
  const s = (v: string | null | undefined) => v ?? '';
  const num = (v: number | null | undefined) => (v == null ? '' : String(v));
  return {
    subject: s(a?.subject), startAt: isoToLocal(a?.startAt ?? null), endAt: isoToLocal(a?.endAt ?? null), allDay: !!a?.allDay,
    alarmMinutes: num(a?.alarmMinutes), typeId: num(a?.typeId), statusId: num(a?.statusId), priority: num(a?.priority),
    notes: s(a?.notes), color: s(a?.color), showInTaskList: a ? a.showInTaskList : true, custom1: s(a?.custom1), custom2: s(a?.custom2),
    employeeIds: [...(a?.employeeIds ?? [])].sort((x, y) => x - y), resourceIds: [...(a?.resourceIds ?? [])].sort((x, y) => x - y),
  };
}

/** The request body for the fields that differ from `before`. */
export function changedFields(before: CardValues, now: CardValues, linksEditable: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const text = (k: 'subject' | 'notes' | 'color' | 'custom1' | 'custom2') => { if (before[k] !== now[k]) out[k] = now[k].trim() === '' ? null : now[k]; };
  (['subject', 'notes', 'color', 'custom1', 'custom2'] as const).forEach(text);
  for (const k of ['startAt', 'endAt'] as const) if (before[k] !== now[k]) out[k] = localToIso(now[k]);
  for (const k of ['alarmMinutes', 'typeId', 'statusId', 'priority'] as const) {
    if (before[k] === now[k]) continue;
    const v = Number(now[k].replace(',', '.'));
    // A value that is not a number goes as typed, so the server names the field in its error.
    out[k] = now[k].trim() === '' ? null : Number.isFinite(v) ? v : now[k];
  }
  for (const k of ['allDay', 'showInTaskList'] as const) if (before[k] !== now[k]) out[k] = now[k];
  if (linksEditable) {
    for (const k of ['employeeIds', 'resourceIds'] as const) if (before[k].join() !== now[k].join()) out[k] = now[k];
  }
  return out;
}
