/**
 * Step 7, copy-to-all: which fields of the batch's card a request changes, and the rules around
 * them. Only changed fields are copied; a field edited by hand on one activity since is kept
 * (unless overwritten); moving the start moves an unedited end by the same delta; in per-contact
 * mode the linked contacts, persons, employees and resources are edited on each activity instead.
 */
import { conflict, validation } from '../errors.js';
import { normaliseInstant } from './template.js';
import type { ActivityTemplate, GroupMode } from './types.js';

export type CardScalarField =
  | 'subject' | 'startAt' | 'endAt' | 'allDay' | 'alarmMinutes' | 'typeId' | 'statusId' | 'priority'
  | 'notes' | 'color' | 'showInTaskList' | 'custom1' | 'custom2';

export const CARD_SCALAR_FIELDS: CardScalarField[] = [
  'subject', 'startAt', 'endAt', 'allDay', 'alarmMinutes', 'typeId', 'statusId', 'priority',
  'notes', 'color', 'showInTaskList', 'custom1', 'custom2',
];
export type CardLinkField = 'contactIds' | 'contactPersonIds' | 'employeeIds' | 'resourceIds';
export const CARD_LINK_FIELDS: CardLinkField[] = ['contactIds', 'contactPersonIds', 'employeeIds', 'resourceIds'];

/** The card as stored on the batch: the values last copied to every activity. */
export type Card = Omit<ActivityTemplate, 'contactPersonIds'> & { contactPersonIds?: number[] };
export type CardPatch = Partial<Record<CardScalarField, unknown>> & Partial<Record<CardLinkField, number[]>>;

/** A scalar value as the database holds it: booleans as 0/1, empty text as null. */
export type DbValue = string | number | null;
export type FieldChange = { field: CardScalarField; old: DbValue; next: DbValue };
export type LinkChange = { field: CardLinkField; ids: number[] };

export type CardChangePlan = { changes: FieldChange[]; links: LinkChange[]; card: Card };

const BOOLEAN_FIELDS = new Set<CardScalarField>(['allDay', 'showInTaskList']);

export function toDbValue(field: CardScalarField, v: unknown): DbValue {
  if (BOOLEAN_FIELDS.has(field)) return v ? 1 : 0;
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  return v as number;
}

const sameIds = (a: number[] | undefined, b: number[]) => {
  const x = [...(a ?? [])].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** Which fields change, validated; throws 409 for link changes in per-contact mode. */
export function planCardChange(mode: GroupMode, card: Card, patch: CardPatch): CardChangePlan {
  const next: Card = { ...card };
  const changes: FieldChange[] = [];
  const links: LinkChange[] = [];

  const incoming: Partial<Record<CardScalarField, unknown>> = {};
  for (const f of CARD_SCALAR_FIELDS) {
    if (!(f in patch)) continue;
    incoming[f] = f === 'startAt' || f === 'endAt' ? normaliseInstant(patch[f] as string | null, f) : patch[f];
  }
  // Moving the start moves an end that was not sent by the same delta.
  const oldStart = card.startAt ?? null;
  const newStart = 'startAt' in incoming ? (incoming.startAt as string | null) : oldStart;
  if ('startAt' in incoming && !('endAt' in incoming) && oldStart && newStart && card.endAt) {
    incoming.endAt = new Date(Date.parse(card.endAt) + (Date.parse(newStart) - Date.parse(oldStart))).toISOString();
  }
  const newEnd = 'endAt' in incoming ? (incoming.endAt as string | null) : card.endAt ?? null;
  if (newStart && newEnd && newEnd < newStart) throw validation('endAt', 'the end is before the start');
  if (newEnd && !newStart) throw validation('startAt', 'an end needs a start');

  for (const f of CARD_SCALAR_FIELDS) {
    if (!(f in incoming)) continue;
    const old = toDbValue(f, card[f]);
    const nv = toDbValue(f, incoming[f]);
    if (old === nv) continue;
    changes.push({ field: f, old, next: nv });
    (next as Record<string, unknown>)[f] = BOOLEAN_FIELDS.has(f) ? nv === 1 : nv;
  }

  for (const f of CARD_LINK_FIELDS) {
    const ids = patch[f];
    if (ids === undefined) continue;
    const stored = f === 'contactIds' ? undefined : (card[f] as number[] | undefined);
    if (f !== 'contactIds' && sameIds(stored, ids)) continue;
    if (mode === 'perContact') {
      throw conflict(`${f} cannot be changed for all activities of a per-contact group; edit each activity instead`, f);
    }
    if (f === 'contactIds' && ids.length === 0) throw validation(f, 'a shared activity keeps at least one contact');
    links.push({ field: f, ids: [...new Set(ids)] });
    if (f !== 'contactIds') (next as Record<string, unknown>)[f] = [...new Set(ids)];
  }
  return { changes, links, card: next };
}
