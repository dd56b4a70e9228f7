/**
 * Step 4's editing model: one row per field being changed, kept on screen as typed (an incomplete
 * row is never lost), and its conversion to and from the API's `changes` list. A row that is not
 * complete yet is left out of what is sent and named as the reason Next waits.
 */
import type { Distribution } from '../shared/types';
import type { Change, ChangeField, MoveBy } from './types';

/** The fields in the order the drop-down offers them. */
export const CHANGE_FIELDS: ChangeField[] = ['responsibleId', 'startAt', 'endAt', 'subject', 'typeId', 'statusId', 'priority', 'done',
  'color', 'showInTaskList', 'custom1', 'custom2', 'notes', 'employeeIds', 'resourceIds'];

export type TimeWay = 'set' | 'moveBy';
export type EditChange = {
  uid: number;
  field: ChangeField | '';
  /** subject, custom fields, notes (replace/append), a colour, a datetime-local value. */
  text: string;
  /** An id as text ('' = none) or 'true'/'false' for the flags. */
  choice: string;
  way: 'set' | 'moveBy' | 'append' | 'distribution';
  move: { days: string; hours: string; minutes: string };
  distribution: Distribution | null;
  add: number[];
  remove: number[];
};

let next = 1;
export const newEdit = (field: ChangeField | '' = ''): EditChange => ({
  uid: next++, field, text: '', choice: '', way: 'set', move: { days: '', hours: '', minutes: '' }, distribution: null, add: [], remove: [],
});

const ID_FIELDS = new Set<ChangeField>(['typeId', 'statusId', 'priority', 'responsibleId']);
const FLAG_FIELDS = new Set<ChangeField>(['done', 'showInTaskList']);

/** `2026-12-07T09:00` (the browser's local time, as datetime-local gives it) ↔ ISO UTC. */
export const localToIso = (v: string) => (v && !Number.isNaN(new Date(v).getTime()) ? new Date(v).toISOString() : null);
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

const whole = (s: string): number | null => {
  const t = s.replace(/[\s\u00a0\u2212]/g, (c) => (c === '\u2212' ? '-' : '')).replace(/^\+/, '');
  if (t === '') return 0;
  return /^-?\d+$/.test(t) ? Number(t) : null;
};

/** The API change of a row, or a reason key when it is not complete. */
export function toChange(e: EditChange): { change: Change } | { missing: 'field' | 'value' | 'move' | 'distribution' | 'links' } {
  const f = e.field;
  if (!f) return { missing: 'field' };
  if (f === 'employeeIds' || f === 'resourceIds') {
    if (!e.add.length && !e.remove.length) return { missing: 'links' };
    return { change: { field: f, ...(e.add.length ? { add: e.add } : {}), ...(e.remove.length ? { remove: e.remove } : {}) } };
  }
  if ((f === 'startAt' || f === 'endAt') && e.way === 'moveBy') {
    const m = { days: whole(e.move.days), hours: whole(e.move.hours), minutes: whole(e.move.minutes) };
    if (m.days == null || m.hours == null || m.minutes == null || (!m.days && !m.hours && !m.minutes)) return { missing: 'move' };
    return { change: { field: f, moveBy: m as MoveBy } };
  }
  if (f === 'startAt' || f === 'endAt') {
    const iso = localToIso(e.text);
    return iso ? { change: { field: f, set: iso } } : { missing: 'value' };
  }
  if (f === 'notes' && e.way === 'append') return e.text.trim() ? { change: { field: 'notes', append: e.text.trim() } } : { missing: 'value' };
  if (f === 'responsibleId' && e.way === 'distribution') return e.distribution ? { change: { field: f, distribution: e.distribution } } : { missing: 'distribution' };
  if (ID_FIELDS.has(f)) {
    if (e.choice === '') return { missing: 'value' };
    return { change: { field: f, set: e.choice === 'none' ? null : Number(e.choice) } as Change };
  }
  if (FLAG_FIELDS.has(f)) return e.choice === '' ? { missing: 'value' } : { change: { field: f, set: e.choice === 'true' } as Change };
  if (f === 'color') return { change: { field: f, set: e.choice === 'none' ? null : e.text || null } };
  // Text fields: an empty text empties the field (subject too, which the card allows).
  return { change: { field: f, set: e.text } as Change };
}

export function fromChange(c: Change): EditChange {
  const e = newEdit(c.field);
  if (c.field === 'employeeIds' || c.field === 'resourceIds') return { ...e, add: c.add ?? [], remove: c.remove ?? [] };
  if ('moveBy' in c) {
    const s = (x: number) => (x ? String(x) : '');
    return { ...e, way: 'moveBy', move: { days: s(c.moveBy.days), hours: s(c.moveBy.hours), minutes: s(c.moveBy.minutes) } };
  }
  if ('append' in c) return { ...e, way: 'append', text: c.append };
  if ('distribution' in c) return { ...e, way: 'distribution', distribution: c.distribution };
  // What is left is a plain `{ field, set }` (TypeScript cannot narrow the optional add/remove away).
  const v = (c as { set: string | number | boolean | null }).set;
  if (c.field === 'startAt' || c.field === 'endAt') return { ...e, text: typeof v === 'string' ? isoToLocal(v) : '' };
  if (ID_FIELDS.has(c.field)) return { ...e, choice: v == null ? 'none' : String(v) };
  if (FLAG_FIELDS.has(c.field)) return { ...e, choice: String(v) };
  if (c.field === 'color') return { ...e, choice: v == null ? 'none' : '', text: typeof v === 'string' ? v : '' };
  return { ...e, text: typeof v === 'string' ? v : '' };
}

/** The complete rows as the API's list, each row's index in it (for errors `changes[1].set`), and the first gap. */
export function exportChanges(rows: EditChange[]) {
  const changes: Change[] = [];
  const index = new Map<number, number>();
  let missing: { uid: number; what: string } | null = null;
  for (const r of rows) {
    const out = toChange(r);
    if ('change' in out) { index.set(r.uid, changes.length); changes.push(out.change); } else if (!missing) missing = { uid: r.uid, what: out.missing };
  }
  return { changes, index, missing };
}

/**
 * Step 4's rows as last typed, kept in this tab (sessionStorage) so that a reload brings back a row
 * still incomplete too; used only while the draft still holds what those rows send.
 */
const rowsKey = (id: number) => `kontakta.changeValues.${id}.rows`;
export function keepRows(id: number, rows: EditChange[]): void {
  try { sessionStorage.setItem(rowsKey(id), JSON.stringify(rows)); } catch { /* storage full or off */ }
}
export function keptRows(id: number, saved: Change[]): EditChange[] | null {
  try {
    const rows = JSON.parse(sessionStorage.getItem(rowsKey(id)) ?? 'null') as EditChange[] | null;
    if (!Array.isArray(rows) || JSON.stringify(exportChanges(rows).changes) !== JSON.stringify(saved)) return null;
    return rows.map((r) => ({ ...newEdit(), ...r, uid: next++ }));
  } catch { return null; }
}
