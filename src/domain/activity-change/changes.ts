/**
 * The change rules of the change-values wizard, one place for the API, the CLI and the web app:
 * validation of `changes` (naming `changes[i].…`), and which field leads a start/end change.
 */
import { validation } from '../errors.js';
import { isInt32 } from '../input-limits.js';
import { checkDistributionShape } from '../distribution/plan-distribution.js';
import type { Distribution } from '../distribution/types.js';
import { SET_FIELDS, type ActivityChange, type MoveBy, type SetField } from './types.js';

const MAX_TEXT: Partial<Record<SetField, number>> = { subject: 500, color: 50, custom1: 4000, custom2: 4000, notes: 4000 };
const ID_FIELDS = new Set<SetField>(['typeId', 'statusId', 'priority', 'responsibleId']);
const FLAG_FIELDS = new Set<SetField>(['done', 'showInTaskList']);
const TIME_FIELDS = new Set<SetField>(['startAt', 'endAt']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** ±10 years in either unit is more than any office moves a plan. */
const MOVE_LIMIT = { days: 3660, hours: 87_840, minutes: 5_270_400 };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function onlyKeys(o: Record<string, unknown>, keys: string[], path: string) {
  for (const k of Object.keys(o)) if (!keys.includes(k)) throw validation(`${path}.${k}`, `unknown property "${k}"`);
}

function idList(v: unknown, path: string): number[] {
  if (!Array.isArray(v) || v.length === 0) throw validation(path, 'a non-empty list of ids');
  if (v.length > 1000) throw validation(path, 'at most 1000 ids');
  v.forEach((id, i) => { if (!isInt32(id) || (id as number) < 1) throw validation(`${path}[${i}]`, 'an id (whole number)'); });
  return [...new Set(v as number[])];
}

function setValue(field: SetField, v: unknown, path: string): string | number | boolean | null {
  if (ID_FIELDS.has(field)) {
    if (v === null) {
      if (field === 'typeId') throw validation(path, 'an activity needs a type; choose one');
      return null;
    }
    if (!isInt32(v) || (v as number) < 1) throw validation(path, 'an id (whole number) or null');
    return v as number;
  }
  if (FLAG_FIELDS.has(field)) {
    if (typeof v !== 'boolean') throw validation(path, 'true or false');
    return v;
  }
  if (TIME_FIELDS.has(field)) {
    if (typeof v !== 'string' || !DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) throw validation(path, 'a date and time (ISO 8601, e.g. 2026-12-07T09:00:00Z)');
    return new Date(v).toISOString();
  }
  if (v === null) return null;
  if (typeof v !== 'string') throw validation(path, 'a text or null');
  const s = v.trim();
  if (s.length > (MAX_TEXT[field] ?? 4000)) throw validation(path, `at most ${MAX_TEXT[field] ?? 4000} characters`);
  if (field === 'color' && s && !/^#[0-9a-fA-F]{6}$/.test(s)) throw validation(path, 'a colour as #rrggbb');
  return s === '' ? null : s;
}

function moveBy(v: unknown, path: string): MoveBy {
  if (!isObject(v)) throw validation(path, 'an object { days, hours, minutes }');
  onlyKeys(v, ['days', 'hours', 'minutes'], path);
  const out = { days: 0, hours: 0, minutes: 0 };
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    const n = v[unit] ?? 0;
    if (!Number.isInteger(n) || Math.abs(n as number) > MOVE_LIMIT[unit]) throw validation(`${path}.${unit}`, `a whole number of ${unit} (± ${MOVE_LIMIT[unit]})`);
    out[unit] = n as number;
  }
  if (!out.days && !out.hours && !out.minutes) throw validation(path, 'move by at least one minute');
  return out;
}

/** Checks and normalises the `changes` list; each field appears once. */
export function validateChanges(input: unknown, path = 'changes'): ActivityChange[] {
  if (!Array.isArray(input)) throw validation(path, 'a list of { field, … } changes');
  if (input.length > 30) throw validation(path, 'at most 30 changes');
  const seen = new Set<string>();
  const out = input.map((raw, i): ActivityChange => {
    const p = `${path}[${i}]`;
    if (!isObject(raw)) throw validation(p, 'a change is { field, set | moveBy | append | distribution | add | remove }');
    const field = raw.field;
    if (typeof field !== 'string') throw validation(`${p}.field`, 'field is required');
    if (seen.has(field)) throw validation(`${p}.field`, `"${field}" is changed twice; give one change per field`);
    seen.add(field);
    if (field === 'employeeIds' || field === 'resourceIds') {
      onlyKeys(raw, ['field', 'add', 'remove'], p);
      if (raw.add === undefined && raw.remove === undefined) throw validation(p, 'send add or remove (a list of ids)');
      const add = raw.add === undefined ? undefined : idList(raw.add, `${p}.add`);
      const remove = raw.remove === undefined ? undefined : idList(raw.remove, `${p}.remove`);
      const both = add?.find((id) => remove?.includes(id));
      if (both !== undefined) throw validation(`${p}.remove`, `${both} is both added and removed`);
      return { field, ...(add ? { add } : {}), ...(remove ? { remove } : {}) };
    }
    if (!(SET_FIELDS as readonly string[]).includes(field)) {
      throw validation(`${p}.field`, `"${field}" cannot be changed here (use ${[...SET_FIELDS, 'employeeIds', 'resourceIds'].join(', ')})`);
    }
    const f = field as SetField;
    const ways = ['set', 'moveBy', 'append', 'distribution'].filter((k) => k in raw);
    if (ways.length !== 1) throw validation(p, 'give exactly one of set, moveBy, append, distribution');
    const way = ways[0]!;
    onlyKeys(raw, ['field', way], p);
    if (way === 'set') return { field: f, set: setValue(f, raw.set, `${p}.set`) };
    if (way === 'moveBy') {
      if (f !== 'startAt' && f !== 'endAt') throw validation(`${p}.moveBy`, 'only startAt and endAt can be moved');
      return { field: f, moveBy: moveBy(raw.moveBy, `${p}.moveBy`) };
    }
    if (way === 'append') {
      if (f !== 'notes') throw validation(`${p}.append`, 'only notes take append');
      if (typeof raw.append !== 'string' || !raw.append.trim()) throw validation(`${p}.append`, 'a line of text to append');
      if (raw.append.length > 4000) throw validation(`${p}.append`, 'at most 4000 characters');
      return { field: 'notes', append: raw.append.trim() };
    }
    if (f !== 'responsibleId') throw validation(`${p}.distribution`, 'only responsibleId takes a distribution');
    const d = raw.distribution as Distribution;
    if (!isObject(d) || !['counts', 'even', 'weighted', 'ownManager'].includes(String(d.method))) {
      throw validation(`${p}.distribution.method`, 'counts, even, weighted or ownManager');
    }
    try {
      checkDistributionShape(d);
    } catch (e) {
      const err = e as { field?: string; message: string };
      throw validation(`${p}.${err.field ?? 'distribution'}`, err.message);
    }
    return { field: 'responsibleId', distribution: d };
  });
  const start = setOf(out, 'startAt');
  const end = setOf(out, 'endAt');
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    throw validation(`${path}[${out.findIndex((c) => c.field === 'endAt')}].set`, 'the new end is before the new start');
  }
  return out;
}

const setOf = (changes: ActivityChange[], field: SetField) => {
  const c = changes.find((x) => x.field === field);
  return c && 'set' in c ? c.set : undefined;
};

export const changeOf = (changes: ActivityChange[], field: ActivityChange['field']): ActivityChange | undefined =>
  changes.find((c) => c.field === field);

/**
 * The time field a conflict is resolved around: "shift" moves the other time along, keeping each
 * activity's duration. The start leads whenever it changes; otherwise the end.
 */
export function leadingTime(changes: ActivityChange[]): 'startAt' | 'endAt' | null {
  if (changeOf(changes, 'startAt')) return 'startAt';
  if (changeOf(changes, 'endAt')) return 'endAt';
  return null;
}

/** The distribution of the responsible, when the responsible is distributed. */
export function distributionOf(changes: ActivityChange[]): Distribution | null {
  const c = changeOf(changes, 'responsibleId');
  return c && 'distribution' in c ? c.distribution : null;
}

/**
 * The activity columns a finish records and writes, by field name: every changed plain field,
 * `doneAt` with `done`, and both times when either time changes (one may move along the other).
 */
export function recordedFields(changes: ActivityChange[]): (SetField | 'doneAt')[] {
  const out: (SetField | 'doneAt')[] = [];
  for (const c of changes) {
    if (c.field === 'employeeIds' || c.field === 'resourceIds') continue;
    out.push(c.field);
    if (c.field === 'done') out.push('doneAt');
  }
  if (out.includes('startAt') || out.includes('endAt')) for (const f of ['startAt', 'endAt'] as const) if (!out.includes(f)) out.push(f);
  return out;
}
