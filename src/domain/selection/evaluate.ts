/**
 * The in-memory evaluator: decides whether one contact (API field names, `types` as a list of
 * type names) with its related rows matches a selection, with exactly the meaning the SQL
 * compiler gives (both read the plan from plan.ts). Used by the property test and as the
 * executable documentation of selection semantics.
 */
import { fold } from '../text.js';
import type { RelationName, SelectionRoot } from './fields.js';
import { planSelection, type Plan } from './plan.js';
import type { Selection } from './types.js';

export type Rec = Record<string, unknown>;
export type Related = Partial<Record<RelationName, Rec[]>>;

/** `root`: 'activities' evaluates an activity (with its contacts, employees, resources as related rows). */
export function evaluateSelection(selection: Selection | null | undefined, contact: Rec, related: Related = {}, root: SelectionRoot = 'contacts'): boolean {
  return evaluatePlan(planSelection(selection, root), contact, related);
}

const isEmptyText = (v: unknown) => v === undefined || v === null || v === '';

function read(rec: Rec, field: string): unknown {
  if (field.startsWith('types.')) {
    const types = rec.types;
    return Array.isArray(types) && types.includes(field.slice('types.'.length));
  }
  return rec[field];
}

export function evaluatePlan(plan: Plan, rec: Rec, related: Related): boolean {
  switch (plan.t) {
    case 'true': return true;
    case 'and': return plan.of.every((p) => evaluatePlan(p, rec, related));
    case 'or': return plan.of.some((p) => evaluatePlan(p, rec, related));
    case 'flag': {
      const v = read(rec, plan.field);
      return (v === true || v === 1) === plan.value;
    }
    case 'textEmpty': return isEmptyText(read(rec, plan.field)) === plan.empty;
    case 'null': {
      const v = read(rec, plan.field);
      return (v === undefined || v === null) === plan.isNull;
    }
    case 'text': {
      const raw = read(rec, plan.field);
      if (isEmptyText(raw)) return false;
      const s = fold(String(raw));
      const [v] = plan.values as [string];
      switch (plan.op) {
        case 'eq': return s === v;
        case 'ne': return s !== v;
        case 'in': return plan.values.includes(s);
        case 'startsWith': return s.startsWith(v);
        case 'notStartsWith': return !s.startsWith(v);
        case 'contains': return s.includes(v);
        case 'notContains': return !s.includes(v);
      }
      return false;
    }
    case 'in': {
      const v = read(rec, plan.field);
      return v !== undefined && v !== null && plan.values.includes(Number(v));
    }
    case 'cmp': {
      const v = read(rec, plan.field) as number | string | null | undefined;
      if (v === undefined || v === null) return false;
      const w = plan.value;
      switch (plan.op) {
        case '=': return v === w;
        case '<>': return v !== w;
        case '<': return v < w;
        case '<=': return v <= w;
        case '>': return v > w;
        case '>=': return v >= w;
      }
      return false;
    }
    case 'rel': {
      const rows = related[plan.rel] ?? [];
      const matches = () => rows.some((r) => evaluatePlan(plan.where, r, {}));
      switch (plan.op) {
        case 'some': return matches();
        case 'none': return rows.length > 0 && !matches();
        case 'isEmpty': return rows.length === 0;
        case 'isNotEmpty': return rows.length > 0;
      }
    }
  }
}
