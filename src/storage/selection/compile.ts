/**
 * Compiles a selection to one parameterised WHERE over the `contacts` table, or an activity
 * selection over `activities` (values always bound,
 * LIKE patterns escaped), identical on SQLite and PostgreSQL. The meaning of each condition comes
 * from the domain plan (domain/selection/plan.ts), which the in-memory evaluator shares. Text
 * compares through `kfold(col)`, so `kfold(city) = ?` / `IN (…)` use the kfold(city) index;
 * numbers and ids compare plainly; relations become EXISTS subqueries.
 *
 * Usage: db.selectFrom('contacts').where(selectionFilter(selection))
 */
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../schema.js';
import type { Selection } from '../../domain/selection/types.js';
import type { RelationName } from '../../domain/selection/fields.js';
import { planSelection, type Plan } from '../../domain/selection/plan.js';
import { validateSelection } from '../../domain/selection/validate.js';
import { startCompare } from '../start-key.js';

export type ContactsFilter = (eb: ExpressionBuilder<DB, 'contacts'>) => Expression<SqlBool>;

type Level = { alias: string; columns: Record<string, string> };

const CONTACT_COLUMNS: Record<string, string> = {
  name: 'name', number: 'number', category: 'category', lineOfBusiness: 'line_of_business', status: 'status',
  district: 'district', postalAddress: 'postal_address', postalCode: 'postal_code', city: 'city', country: 'country',
  phone: 'phone', email: 'email', web: 'web', accountManagerId: 'account_manager_id', turnover: 'turnover',
  employeeCount: 'employee_count', custom1: 'custom1', custom2: 'custom2', notes: 'notes', inactive: 'inactive',
  createdAt: 'created_at',
  'types.customer': 'is_customer', 'types.supplier': 'is_supplier', 'types.partner': 'is_partner', 'types.private': 'is_private',
};

const ACTIVITY_COLUMNS: Record<string, string> = {
  number: 'number', subject: 'subject', startAt: 'start_at', endAt: 'end_at', typeId: 'type_id', statusId: 'status_id',
  priority: 'priority_id', responsibleId: 'responsible_id', done: 'done', color: 'color', showInTaskList: 'show_in_task_list',
  custom1: 'custom1', custom2: 'custom2', notes: 'notes', batchId: 'batch_id', createdAt: 'created_at',
};

const RELATION_LEVELS: Record<RelationName, Level> = {
  contactPersons: {
    alias: 'sel_cp',
    columns: {
      firstName: 'first_name', lastName: 'last_name', title: 'title', phone: 'phone', mobile: 'mobile', email: 'email',
      isPrimary: 'is_primary', inactive: 'inactive',
    },
  },
  activities: {
    alias: 'sel_a',
    columns: {
      typeId: 'type_id', statusId: 'status_id', done: 'done', responsibleId: 'responsible_id', startAt: 'start_at',
      subject: 'subject', priority: 'priority_id', batchId: 'batch_id',
    },
  },
  contacts: { alias: 'sel_c', columns: CONTACT_COLUMNS },
  employees: { alias: 'sel_e', columns: { employeeId: 'id', name: 'name' } },
  resources: { alias: 'sel_r', columns: { resourceId: 'id', name: 'name' } },
};

/** How a relation's rows are reached from the row of the level above (its id). */
function relationFrom(rel: RelationName, sub: Level, parentId: RawBuilder<unknown>) {
  const a = sql.raw(sub.alias);
  const id = sql.ref(`${sub.alias}.id`);
  switch (rel) {
    case 'contactPersons': return sql`contact_persons ${a} where ${sql.ref(`${sub.alias}.contact_id`)} = ${parentId}`;
    case 'activities': return sql`activity_contacts sel_ac join activities ${a} on ${id} = ${sql.ref('sel_ac.activity_id')} where ${sql.ref('sel_ac.contact_id')} = ${parentId}`;
    case 'contacts': return sql`activity_contacts sel_lc join contacts ${a} on ${id} = ${sql.ref('sel_lc.contact_id')} where ${sql.ref('sel_lc.activity_id')} = ${parentId}`;
    case 'employees': return sql`activity_employees sel_le join employees ${a} on ${id} = ${sql.ref('sel_le.employee_id')} where ${sql.ref('sel_le.activity_id')} = ${parentId}`;
    case 'resources': return sql`activity_resources sel_lr join resources ${a} on ${id} = ${sql.ref('sel_lr.resource_id')} where ${sql.ref('sel_lr.activity_id')} = ${parentId}`;
  }
}

const CONTACTS: Level = { alias: 'contacts', columns: CONTACT_COLUMNS };
const ACTIVITIES: Level = { alias: 'activities', columns: ACTIVITY_COLUMNS };

export type ActivitiesFilter = (eb: ExpressionBuilder<DB, 'activities'>) => Expression<SqlBool>;

/** The WHERE of an activity selection over the `activities` table (the change-values wizard). */
export function activitySelectionFilter(selection: Selection | null | undefined): ActivitiesFilter {
  const plan = planSelection(selection ? validateSelection(selection, 'selection', 'activities') : null, 'activities');
  const where = compilePlan(plan, ACTIVITIES);
  return () => where;
}

/** The WHERE for a selection; a selection that does not validate throws AppError VALIDATION. */
export function selectionFilter(selection: Selection | null | undefined): ContactsFilter {
  const plan = planSelection(selection ? validateSelection(selection) : null);
  const where = compilePlan(plan, CONTACTS);
  return () => where;
}

/** LIKE pattern with %, _ and \ escaped (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function like(col: RawBuilder<unknown>, pattern: string, negate: boolean): RawBuilder<SqlBool> {
  return negate
    ? sql<SqlBool>`(${col} <> '' and kfold(${col}) not like ${pattern} escape '\\')`
    : sql<SqlBool>`kfold(${col}) like ${pattern} escape '\\'`;
}

function join(parts: RawBuilder<SqlBool>[], op: 'and' | 'or'): RawBuilder<SqlBool> {
  if (parts.length === 1) return parts[0]!;
  return sql<SqlBool>`(${sql.join(parts, op === 'and' ? sql` and ` : sql` or `)})`;
}

export function compilePlan(plan: Plan, level: Level): RawBuilder<SqlBool> {
  const col = (field: string) => {
    const name = level.columns[field];
    if (!name) throw new Error(`selection field "${field}" has no column`);
    return sql.ref(`${level.alias}.${name}`);
  };
  switch (plan.t) {
    case 'true': return sql<SqlBool>`1 = 1`;
    case 'and': return join(plan.of.map((p) => compilePlan(p, level)), 'and');
    case 'or': return join(plan.of.map((p) => compilePlan(p, level)), 'or');
    case 'flag': return sql<SqlBool>`${col(plan.field)} = ${sql.lit(plan.value ? 1 : 0)}`;
    case 'textEmpty': {
      const c = col(plan.field);
      return plan.empty ? sql<SqlBool>`(${c} is null or ${c} = '')` : sql<SqlBool>`${c} <> ''`;
    }
    case 'null': return plan.isNull ? sql<SqlBool>`${col(plan.field)} is null` : sql<SqlBool>`${col(plan.field)} is not null`;
    case 'text': {
      const c = col(plan.field);
      const v = plan.values[0]!;
      switch (plan.op) {
        case 'eq': return sql<SqlBool>`kfold(${c}) = ${v}`;
        case 'ne': return sql<SqlBool>`(${c} <> '' and kfold(${c}) <> ${v})`;
        case 'in': return sql<SqlBool>`kfold(${c}) in (${sql.join(plan.values)})`;
        case 'startsWith': return like(c, `${escapeLike(v)}%`, false);
        case 'notStartsWith': return like(c, `${escapeLike(v)}%`, true);
        case 'contains': return like(c, `%${escapeLike(v)}%`, false);
        case 'notContains': return like(c, `%${escapeLike(v)}%`, true);
      }
      throw new Error('unreachable');
    }
    case 'in': return sql<SqlBool>`${col(plan.field)} in (${sql.join(plan.values)})`;
    case 'cmp':
      // An activity's start: on the indexed sort key (start-key.ts), the same rows.
      if (level.columns[plan.field] === 'start_at' && typeof plan.value === 'string') return startCompare(col(plan.field), plan.op, plan.value);
      return sql<SqlBool>`${col(plan.field)} ${sql.raw(plan.op)} ${plan.value}`;
    case 'rel': return compileRelation(plan, level);
  }
}

function compileRelation(plan: Extract<Plan, { t: 'rel' }>, level: Level): RawBuilder<SqlBool> {
  const sub = RELATION_LEVELS[plan.rel];
  const from = relationFrom(plan.rel, sub, sql.ref(`${level.alias}.id`));
  const any = sql<SqlBool>`exists (select 1 from ${from})`;
  const matching = () => sql<SqlBool>`exists (select 1 from ${from} and ${compilePlan(plan.where, sub)})`;
  switch (plan.op) {
    case 'isEmpty': return sql<SqlBool>`not ${any}`;
    case 'isNotEmpty': return any;
    case 'some': return matching();
    case 'none': return sql<SqlBool>`(${any} and not ${matching()})`;
  }
}
