/**
 * Rules for the activity values of a group (the template of step 7 and the card of step 8):
 * timestamps normalised to ISO UTC, the card's defaults (end, task list, alarm, colour), and an
 * end before the start refused naming the field.
 */
import { validation } from '../errors.js';
import type { ActivityTemplate } from './types.js';
import { EMPTY_CARD, withActivityDefaults, type TypeDefaults } from '../activity-defaults.js';

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

/**
 * The values the activities get at finish: the card's defaults (`../activity-defaults.ts`, the same
 * rule as a single activity's card) fill what the template leaves out or empty.
 */
export function resolveTemplate(t: ActivityTemplate, standardMinutes: number, type?: TypeDefaults): Required<Pick<ActivityTemplate, 'startAt' | 'endAt'>> & ActivityTemplate {
  const n = normaliseTemplate(t);
  const d = withActivityDefaults(EMPTY_CARD, {
    typeId: n.typeId ?? undefined, startAt: n.startAt ?? undefined, endAt: n.endAt ?? undefined, allDay: n.allDay,
    alarmMinutes: n.alarmMinutes, color: n.color, showInTaskList: n.showInTaskList,
  }, type, standardMinutes);
  const out: ActivityTemplate = { ...n, startAt: n.startAt ?? null, endAt: d.endAt ?? n.endAt ?? null };
  if (d.showInTaskList !== undefined) out.showInTaskList = d.showInTaskList;
  if (d.alarmMinutes !== undefined) out.alarmMinutes = d.alarmMinutes;
  if (d.color !== undefined) out.color = d.color;
  return out as Required<Pick<ActivityTemplate, 'startAt' | 'endAt'>> & ActivityTemplate;
}
