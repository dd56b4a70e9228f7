/**
 * Validation of selections from the outside world (request bodies, saved JSON, CLI). Refuses
 * unknown fields, conditions that do not fit the field's kind, malformed values and absurd sizes,
 * naming the item by its path (`selection.match[1].group[0].field`). Returns a clean copy.
 */
import { validation } from '../errors.js';
import { isInt32 } from '../input-limits.js';
import { CONDITIONS, CONTACT_TYPES, VALUELESS, fieldsAt, isIntegerField, isRelation, type FieldKind, type RelationName, type SelectionRoot } from './fields.js';
import type { Selection, SelectionItem } from './types.js';
import { dayEnd, dayStart } from './dates.js';

/** Limits that refuse absurd input before it reaches the database. */
export const SELECTION_LIMITS = { maxDepth: 6, maxItems: 500, maxListValues: 1000, maxTotalValues: 10_000, maxTextLength: 500 };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

type Budget = { items: number; values: number; root: SelectionRoot };

/** `root`: what the selection picks; activity selections take the activity fields (issue 13). */
export function validateSelection(input: unknown, path = 'selection', root: SelectionRoot = 'contacts'): Selection {
  return validateMatch(input, path, null, 0, { items: 0, values: 0, root });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validateMatch(input: unknown, path: string, relation: RelationName | null, depth: number, budget: Budget): Selection {
  if (!isPlainObject(input)) throw validation(path, 'a selection is an object { "match": [ … ] }');
  for (const key of Object.keys(input)) if (key !== 'match') throw validation(`${path}.${key}`, `unknown property "${key}"`);
  if (!Array.isArray(input.match)) throw validation(`${path}.match`, 'match must be a list of rows and groups');
  return { match: validateItems(input.match, `${path}.match`, relation, depth, budget) };
}

function validateItems(items: unknown[], path: string, relation: RelationName | null, depth: number, budget: Budget): SelectionItem[] {
  if (depth >= SELECTION_LIMITS.maxDepth) throw validation(path, `selection nested deeper than ${SELECTION_LIMITS.maxDepth} levels`);
  budget.items += items.length;
  if (budget.items > SELECTION_LIMITS.maxItems) throw validation(path, `selection has more than ${SELECTION_LIMITS.maxItems} rows and groups`);
  return items.map((item, i) => validateItem(item, `${path}[${i}]`, relation, depth, budget));
}

function validateConnector(item: Record<string, unknown>, path: string): 'and' | 'or' | undefined {
  const c = item.connector;
  if (c === undefined || c === null) return undefined;
  if (c !== 'and' && c !== 'or') throw validation(`${path}.connector`, 'connector must be "and" or "or"');
  return c;
}

function validateItem(item: unknown, path: string, relation: RelationName | null, depth: number, budget: Budget): SelectionItem {
  if (!isPlainObject(item)) throw validation(path, 'an item is a row { connector, field, condition, value } or a group { connector, group }');
  const connector = validateConnector(item, path);
  const withConnector = <T extends object>(x: T) => (connector ? { connector, ...x } : x);

  if ('group' in item) {
    for (const key of Object.keys(item)) {
      if (key !== 'group' && key !== 'connector') throw validation(`${path}.${key}`, `unknown property "${key}" in a group`);
    }
    if (!Array.isArray(item.group)) throw validation(`${path}.group`, 'group must be a list of rows and groups');
    if (item.group.length === 0) throw validation(`${path}.group`, 'a group needs at least one item');
    return withConnector({ group: validateItems(item.group, `${path}.group`, relation, depth + 1, budget) });
  }

  for (const key of Object.keys(item)) {
    if (!['connector', 'field', 'condition', 'value'].includes(key)) throw validation(`${path}.${key}`, `unknown property "${key}"`);
  }
  const fields = fieldsAt(relation, budget.root);
  if (typeof item.field !== 'string') throw validation(`${path}.field`, 'field is required');
  const kind = fields.get(item.field);
  if (!kind) {
    throw validation(`${path}.field`, relation ? `unknown field "${item.field}" of ${relation}` : `unknown field "${item.field}"`);
  }
  if (typeof item.condition !== 'string') throw validation(`${path}.condition`, 'condition is required');
  const condition = item.condition;
  if (!CONDITIONS[kind].includes(condition)) {
    throw validation(`${path}.condition`, `condition "${condition}" does not fit ${kind} field "${item.field}" (use ${CONDITIONS[kind].join(', ')})`);
  }
  const integer = isIntegerField(relation, item.field, budget.root);
  const value = validateValue(kind, item.field, condition, item.value, `${path}.value`, depth, budget, integer);
  return withConnector({ field: item.field, condition, ...(value === undefined ? {} : { value }) });
}

function validateValue(
  kind: FieldKind, field: string, condition: string, value: unknown, path: string, depth: number, budget: Budget, integer: boolean,
): unknown {
  if (VALUELESS.has(condition) || (kind === 'relation' && (condition === 'isEmpty' || condition === 'isNotEmpty'))) {
    if (value !== undefined && value !== null && value !== '') throw validation(path, `${condition} takes no value`);
    return undefined;
  }
  if (kind === 'relation') {
    if (!isRelation(field)) throw validation(path, `unknown relation "${field}"`);
    return validateMatch(value, path, field, depth + 1, budget);
  }
  const what = `"${condition}" on ${kind} field "${field}"`;
  const count = (n: number) => {
    budget.values += n;
    if (budget.values > SELECTION_LIMITS.maxTotalValues) throw validation(path, `selection has more than ${SELECTION_LIMITS.maxTotalValues} values`);
  };
  const one = (v: unknown, p: string): unknown => {
    switch (kind) {
      case 'text':
      case 'code': return textValue(v, p, what, condition);
      case 'number': {
        if (typeof v !== 'number' || !Number.isFinite(v)) throw validation(p, `${what} needs a number`);
        if (integer && !isInt32(v)) throw validation(p, `${what} needs a whole number`);
        return v;
      }
      case 'date': return dateValue(v, p, what);
      case 'reference': {
        if (!isInt32(v)) throw validation(p, `${what} needs an id (integer)`);
        return v;
      }
      case 'types': {
        if (typeof v !== 'string' || !(CONTACT_TYPES as readonly string[]).includes(v)) {
          throw validation(p, `${what} needs one of ${CONTACT_TYPES.join(', ')}`);
        }
        return v;
      }
      default: throw validation(p, `${what} takes no value`);
    }
  };
  if (condition === 'in') {
    if (!Array.isArray(value) || value.length === 0) throw validation(path, `in needs a non-empty list of values`);
    if (value.length > SELECTION_LIMITS.maxListValues) throw validation(path, `in takes at most ${SELECTION_LIMITS.maxListValues} values`);
    count(value.length);
    return value.map((v, i) => one(v, `${path}[${i}]`));
  }
  if (condition === 'between') {
    if (!Array.isArray(value) || value.length !== 2) throw validation(path, 'between needs [from, to]');
    count(2);
    const from = one(value[0], `${path}[0]`) as number | string;
    const to = one(value[1], `${path}[1]`) as number | string;
    const reversed = kind === 'date' ? dayStart(from as string) > dayEnd(to as string) : from > to;
    if (reversed) throw validation(path, 'between needs [from, to] with from not after to');
    return [from, to];
  }
  count(1);
  return one(value, path);
}

function textValue(v: unknown, path: string, what: string, condition: string): string {
  if (typeof v !== 'string') throw validation(path, `${what} needs a text value`);
  // Stored text is trimmed, so exact comparisons trim too; contains/startsWith keep inner spaces.
  const s = condition === 'eq' || condition === 'ne' || condition === 'in' ? v.trim() : v;
  if (s === '') throw validation(path, `${what} needs a non-empty text (use isEmpty for empty)`);
  if (s.length > SELECTION_LIMITS.maxTextLength) throw validation(path, `text longer than ${SELECTION_LIMITS.maxTextLength} characters`);
  return s;
}

/** Dates are `YYYY-MM-DD` (a whole day) or an ISO date-time, normalised to UTC `…T…:….000Z`. */
function dateValue(v: unknown, path: string, what: string): string {
  if (typeof v === 'string') {
    if (DATE_ONLY.test(v)) {
      const d = new Date(`${v}T00:00:00.000Z`);
      if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
    } else if (DATE_TIME.test(v)) {
      const d = new Date(v);
      if (!Number.isNaN(d.getTime())) return d.toISOString();
    }
  }
  throw validation(path, `${what} needs a date (YYYY-MM-DD) or an ISO date-time`);
}
