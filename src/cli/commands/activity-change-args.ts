/**
 * The words of `kontakta activities change`: `--where 'responsible = Anna Lindqvist and done = no'`
 * (or a selection JSON), `--set field=value` and `--move-start +7d`. Names of employees, types,
 * statuses, priorities and resources are looked up case-insensitively; ids work too.
 */
import type { Store } from '../../app/ports/store.js';
import type { MoveBy } from '../../domain/activity-change/types.js';
import { validation } from '../../domain/errors.js';
import { fold } from '../../domain/text.js';

/** Words a person types → the API field names; references are looked up by name. */
const ALIASES: Record<string, string> = {
  responsible: 'responsibleId', type: 'typeId', status: 'statusId', priority: 'priority', subject: 'subject', number: 'number',
  start: 'startAt', end: 'endAt', done: 'done', colour: 'color', color: 'color', tasklist: 'showInTaskList', custom1: 'custom1',
  custom2: 'custom2', notes: 'notes', batch: 'batchId', employee: 'employeeIds', resource: 'resourceIds',
};
const REFERENCE: Record<string, 'employees' | 'types' | 'statuses' | 'priorities' | 'resources'> = {
  responsibleId: 'employees', typeId: 'types', statusId: 'statuses', priority: 'priorities', employeeIds: 'employees', resourceIds: 'resources',
};
const OPS: Record<string, string> = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte', '~': 'contains' };

export const fieldOf = (word: string, option: string) => {
  const f = ALIASES[word.trim().toLowerCase()] ?? word.trim();
  if (!f) throw validation(option, 'name a field');
  return f;
};

/** Resolves a name or id of a register to its id (`none` → null where allowed). */
export async function resolveRef(store: Store, field: string, value: string, option: string): Promise<number | null> {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  if (/^(none|ingen)$/i.test(v) && field === 'responsibleId') return null;
  const kind = REFERENCE[field]!;
  const items: { id: number; name: string }[] = kind === 'employees'
    ? await store.employees.list({ limit: 10_000 })
    : await { types: store.activityTypes, statuses: store.statuses, priorities: store.priorities, resources: store.resources }[kind].all({ includeInactive: true });
  const hit = items.filter((i) => fold(i.name) === fold(v));
  if (hit.length !== 1) throw validation(option, hit.length ? `"${v}" names ${hit.length} ${kind}; give the id` : `no ${kind.replace(/s$/, '')} named "${v}"`);
  return hit[0]!.id;
}

const flag = (v: string, option: string) => {
  if (/^(yes|ja|true|1)$/i.test(v)) return true;
  if (/^(no|nej|false|0)$/i.test(v)) return false;
  throw validation(option, `"${v}" is not yes or no`);
};

/** `--where`: a selection JSON, or conditions `field op value` joined by "and". */
export async function parseWhere(store: Store, text: string): Promise<unknown> {
  if (text.trim().startsWith('{')) {
    try { return JSON.parse(text); } catch (e) { throw validation('where', `not valid JSON: ${(e as Error).message}`); }
  }
  const match = [];
  for (const part of text.split(/\s+and\s+/i)) {
    const m = /^\s*([\w.]+)\s*(!=|<=|>=|=|<|>|~)\s*(.*?)\s*$/.exec(part);
    if (!m) throw validation('where', `"${part}" is not "field = value" (operators = != < <= > >= ~)`);
    const field = fieldOf(m[1]!, 'where');
    const op = OPS[m[2]!]!;
    const raw = m[3]!;
    if (field === 'done' || field === 'showInTaskList') {
      match.push({ field, condition: flag(raw, 'where') === (op === 'eq') ? 'isTrue' : 'isFalse' });
    } else if (REFERENCE[field]) {
      const id = await resolveRef(store, field, raw, 'where');
      match.push(id === null ? { field, condition: op === 'eq' ? 'isEmpty' : 'isNotEmpty' } : { field, condition: op, value: id });
    } else if (field === 'number') match.push({ field, condition: op, value: Number(raw) });
    else match.push({ field, condition: op, value: raw });
  }
  return { match };
}

/** `--set field=value` (repeatable). */
export async function parseSet(store: Store, items: string[]): Promise<unknown[]> {
  const out = [];
  for (const item of items) {
    const i = item.indexOf('=');
    if (i < 1) throw validation('set', `"${item}" is not field=value`);
    const field = fieldOf(item.slice(0, i), 'set');
    const raw = item.slice(i + 1).trim();
    if (field === 'employeeIds' || field === 'resourceIds') {
      const id = await resolveRef(store, field, raw.replace(/^[+-]/, ''), 'set');
      out.push({ field, [raw.startsWith('-') ? 'remove' : 'add']: [id] });
    } else if (REFERENCE[field]) out.push({ field, set: await resolveRef(store, field, raw, 'set') });
    else if (field === 'done' || field === 'showInTaskList') out.push({ field, set: flag(raw, 'set') });
    else out.push({ field, set: raw === '' ? null : raw });
  }
  return out;
}

/** `+7d`, `-2h`, `+1d2h30m` → { days, hours, minutes }. */
export function parseMove(text: string, option: string): MoveBy {
  const m = /^([+-])?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text.trim());
  if (!m || (!m[2] && !m[3] && !m[4])) throw validation(option, `"${text}" is not a move like +7d, -2h or +1d2h30m`);
  const sign = m[1] === '-' ? -1 : 1;
  return { days: sign * Number(m[2] ?? 0), hours: sign * Number(m[3] ?? 0), minutes: sign * Number(m[4] ?? 0) };
}
