/**
 * Turns a validated selection into a neutral predicate tree (the "plan") that both the SQL
 * compiler (storage/selection/compile.ts) and the in-memory evaluator read, so the two cannot
 * drift apart. The meaning of every condition is decided here, once:
 * - "and" binds tighter than "or" within one list: `a or b and c` = `a or (b and c)`;
 * - text compares folded (fold(): case-insensitive, å ä ö included); patterns are folded too;
 * - an empty value (null, missing, "") is matched only by isEmpty (and isFalse for flags): every
 *   other condition, ne/notContains/notStartsWith included, is false for it, as SQL NULL behaves;
 * - a date-only value stands for the whole UTC day: eq = within the day, lte/between-to = up to
 *   the day's end, gt = after the day;
 * - types (customer, supplier, partner, private) are flags; "no type at all" is the empty value;
 * - relations: some = at least one related row matches; none = the contact HAS related rows and
 *   none of them matches (no related rows is the empty value, found with isEmpty — combine
 *   `none … or isEmpty` for "no visit at all or none since June"); related rows are never filtered
 *   implicitly (an inactive contact person counts unless the sub-selection tests `inactive`);
 * - inactive contacts are left out unless the selection itself (outside relations) tests
 *   `inactive`.
 */
import { fold } from '../text.js';
import { dayEnd, dayStart, isDateOnly } from './dates.js';
import { CONTACT_TYPES, fieldsAt, type FieldKind, type RelationName, type SelectionRoot } from './fields.js';
import { isGroup, type Selection, type SelectionItem, type SelectionRow } from './types.js';

export type CmpOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
export type TextOp = 'eq' | 'ne' | 'in' | 'startsWith' | 'notStartsWith' | 'contains' | 'notContains';

/** `field` is an API field name of the current level; `types.<type>` names one type flag. */
export type Plan =
  | { t: 'true' }
  | { t: 'and'; of: Plan[] }
  | { t: 'or'; of: Plan[] }
  | { t: 'text'; field: string; op: TextOp; values: string[] }
  | { t: 'textEmpty'; field: string; empty: boolean }
  | { t: 'null'; field: string; isNull: boolean }
  | { t: 'cmp'; field: string; op: CmpOp; value: number | string }
  | { t: 'in'; field: string; values: number[] }
  | { t: 'flag'; field: string; value: boolean }
  | { t: 'rel'; rel: RelationName; op: 'some' | 'none' | 'isEmpty' | 'isNotEmpty'; where: Plan };

// Nested and-in-and / or-in-or are flattened so the SQL stays readable and index-friendly.
const and = (of: Plan[]): Plan => {
  const flat = of.flatMap((p) => (p.t === 'and' ? p.of : [p]));
  return flat.length === 1 ? flat[0]! : { t: 'and', of: flat };
};
const or = (of: Plan[]): Plan => {
  const flat = of.flatMap((p) => (p.t === 'or' ? p.of : [p]));
  return flat.length === 1 ? flat[0]! : { t: 'or', of: flat };
};

/**
 * The plan of a whole selection over contacts (with the inactive rule) or over activities (every
 * activity counts: an activity has no inactive flag).
 */
export function planSelection(selection: Selection | null | undefined, root: SelectionRoot = 'contacts'): Plan {
  const items = selection?.match ?? [];
  const body = items.length ? planItems(items, null, root) : ({ t: 'true' } as Plan);
  if (root === 'activities' || testsInactive(items)) return body;
  const active: Plan = { t: 'flag', field: 'inactive', value: false };
  return body.t === 'true' ? active : and([active, body]);
}

/** True when a row at the contact level (groups included, relations not) names `inactive`. */
export function testsInactive(items: SelectionItem[]): boolean {
  return items.some((item) => (isGroup(item) ? testsInactive(item.group) : item.field === 'inactive'));
}

function planItems(items: SelectionItem[], relation: RelationName | null, root: SelectionRoot): Plan {
  // Split at each "or" (the first connector is ignored); runs joined by "and" form the terms.
  const terms: Plan[][] = [];
  items.forEach((item, i) => {
    const p = isGroup(item) ? planItems(item.group, relation, root) : planRow(item, relation, root);
    if (i === 0 || item.connector === 'or') terms.push([p]);
    else terms[terms.length - 1]!.push(p);
  });
  return or(terms.map(and));
}

function planRow(row: SelectionRow, relation: RelationName | null, root: SelectionRoot): Plan {
  const kind = fieldsAt(relation, root).get(row.field) as FieldKind;
  const { field, condition, value } = row;
  switch (kind) {
    case 'text':
    case 'code':
      if (condition === 'isEmpty' || condition === 'isNotEmpty') return { t: 'textEmpty', field, empty: condition === 'isEmpty' };
      return { t: 'text', field, op: condition as TextOp, values: (Array.isArray(value) ? value : [value]).map((v) => fold(String(v))) };
    case 'flag':
      return { t: 'flag', field, value: condition === 'isTrue' };
    case 'reference':
      if (condition === 'isEmpty' || condition === 'isNotEmpty') return { t: 'null', field, isNull: condition === 'isEmpty' };
      if (condition === 'in') return { t: 'in', field, values: value as number[] };
      return { t: 'cmp', field, op: condition === 'eq' ? '=' : '<>', value: value as number };
    case 'number':
    case 'date':
      return planComparable(field, condition, value);
    case 'types': {
      const flag = (type: string, v: boolean): Plan => ({ t: 'flag', field: `types.${type}`, value: v });
      const any = or(CONTACT_TYPES.map((type) => flag(type, true)));
      if (condition === 'isEmpty') return and(CONTACT_TYPES.map((type) => flag(type, false)));
      if (condition === 'isNotEmpty') return any;
      if (condition === 'eq') return flag(value as string, true);
      if (condition === 'ne') return and([flag(value as string, false), any]);
      return or((value as string[]).map((type) => flag(type, true)));
    }
    case 'relation': {
      const rel = field as RelationName;
      const sub = value as Selection | undefined;
      const where = sub && sub.match.length ? planItems(sub.match, rel, root) : ({ t: 'true' } as Plan);
      return { t: 'rel', rel, op: condition as 'some' | 'none' | 'isEmpty' | 'isNotEmpty', where };
    }
  }
}

function planComparable(field: string, condition: string, value: unknown): Plan {
  if (condition === 'isEmpty' || condition === 'isNotEmpty') return { t: 'null', field, isNull: condition === 'isEmpty' };
  const cmp = (op: CmpOp, v: number | string): Plan => ({ t: 'cmp', field, op, value: v });
  if (condition === 'between') {
    const [from, to] = value as [number | string, number | string];
    return and([planComparable(field, 'gte', from), planComparable(field, 'lte', to)]);
  }
  if (isDateOnly(value)) {
    const start = dayStart(value);
    const next = dayEnd(value);
    switch (condition) {
      case 'eq': return and([cmp('>=', start), cmp('<', next)]);
      case 'ne': return or([cmp('<', start), cmp('>=', next)]);
      case 'gt': return cmp('>=', next);
      case 'gte': return cmp('>=', start);
      case 'lt': return cmp('<', start);
      default: return cmp('<', next); // lte
    }
  }
  const ops: Record<string, CmpOp> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };
  return cmp(ops[condition]!, value as number | string);
}
