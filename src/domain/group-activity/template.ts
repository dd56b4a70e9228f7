/**
 * Rules for the activity values of a group (the template of step 6 and the card of step 7):
 * timestamps normalised to ISO UTC, the end defaulting to start + the company's standard duration,
 * and an end before the start refused naming the field.
 */
import { validation } from '../errors.js';
import type { ActivityTemplate } from './types.js';

export function normaliseInstant(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  const t = Date.parse(value);
  if (!Number.isFinite(t)) throw validation(field, `"${value}" is not an ISO 8601 date-time`);
  return new Date(t).toISOString();
}

/** Normalises the template's instants and checks their order. */
export function normaliseTemplate(t: ActivityTemplate, fieldPrefix = 'template.'): ActivityTemplate {
  const out: ActivityTemplate = { ...t };
  if ('startAt' in t) out.startAt = normaliseInstant(t.startAt, `${fieldPrefix}startAt`);
  if ('endAt' in t) out.endAt = normaliseInstant(t.endAt, `${fieldPrefix}endAt`);
  if (out.startAt && out.endAt && out.endAt < out.startAt) throw validation(`${fieldPrefix}endAt`, 'the end is before the start');
  if (out.endAt && !out.startAt) throw validation(`${fieldPrefix}startAt`, 'an end needs a start');
  return out;
}

/** The values the activities get at finish: the end defaults to start + standard duration. */
export function resolveTemplate(t: ActivityTemplate, standardMinutes: number): Required<Pick<ActivityTemplate, 'startAt' | 'endAt'>> & ActivityTemplate {
  const n = normaliseTemplate(t);
  const startAt = n.startAt ?? null;
  let endAt = n.endAt ?? null;
  if (startAt && !endAt) endAt = n.allDay ? startAt : new Date(Date.parse(startAt) + standardMinutes * 60_000).toISOString();
  return { ...n, startAt, endAt };
}
