/**
 * Property test for activity selections (change values): for random small sets of activities with
 * linked contacts, employees and resources, and random selections over the activity fields and
 * those relations, the activities the compiled SQL finds are exactly those the in-memory evaluator
 * accepts — on SQLite and PostgreSQL. Both read the one plan (domain/selection/plan.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachDatabase } from '../support/databases.js';
import { activitySelectionFilter } from '../../src/storage/selection/compile.js';
import { evaluateSelection, type Rec, type Related } from '../../src/domain/selection/evaluate.js';
import { validateSelection } from '../../src/domain/selection/validate.js';
import { ACTIVITY_FIELDS, type FieldDef } from '../../src/domain/selection/fields.js';
import { sortKey } from '../../src/domain/text.js';
import type { Selection, SelectionItem } from '../../src/domain/selection/types.js';
import { NOW, activityType, blankActivity, priority, status } from './selection-rows.js';

const TEXTS = ['Göteborg', 'GÖTEBORG', 'Malmö', 'åre', '50%_x', 'A B', 'b', ''];
const PIECES = ['g', 'Ö', 'ö', 'å', '%', '_', 'a', 'AB', 'göteborg'];
const STAMPS = ['2026-05-31T12:00:00.000Z', '2026-06-01T00:00:00.000Z', '2026-06-01T23:59:59.999Z', '2026-06-02T00:00:00.000Z'];
const DATES = ['2026-05-31', '2026-06-01', '2026-06-02', ...STAMPS];
const CONTACTS = [{ id: 1, name: 'Göteborg AB', city: 'Göteborg' }, { id: 2, name: 'Malmö', city: null }, { id: 3, name: 'åre', city: 'Åre' }];

const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });
const text = nullable(fc.constantFrom(...TEXTS));
const ref3 = nullable(fc.integer({ min: 1, max: 3 }));

const activityArb = fc.record({
  subject: text, startAt: nullable(fc.constantFrom(...STAMPS)), endAt: nullable(fc.constantFrom(...STAMPS)), typeId: ref3,
  statusId: nullable(fc.integer({ min: 1, max: 2 })), priority: nullable(fc.integer({ min: 1, max: 2 })), responsibleId: ref3,
  done: fc.boolean(), color: text, showInTaskList: fc.boolean(), custom1: text, custom2: text, notes: text,
  createdAt: fc.constantFrom(...STAMPS),
  contactIds: fc.subarray([1, 2, 3]), employeeIds: fc.subarray([1, 2, 3]), resourceIds: fc.subarray([1, 2]),
});

const CONDS: Record<string, string[]> = {
  text: ['eq', 'ne', 'startsWith', 'notStartsWith', 'contains', 'notContains', 'isEmpty', 'isNotEmpty', 'in'],
  number: ['eq', 'ne', 'gt', 'lt', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'isEmpty', 'isNotEmpty'],
  flag: ['isTrue', 'isFalse'],
  reference: ['eq', 'ne', 'in', 'isEmpty', 'isNotEmpty'],
};
const connector = fc.constantFrom<'and' | 'or' | undefined>('and', 'or', undefined);

function rowArb(fields: readonly FieldDef[]): fc.Arbitrary<SelectionItem> {
  return fc.constantFrom(...fields.filter((f) => CONDS[f.kind])).chain((def) => fc.constantFrom(...CONDS[def.kind]!).chain((condition) => {
    const one: fc.Arbitrary<unknown> = def.kind === 'text' ? fc.constantFrom(...PIECES) : def.kind === 'date' ? fc.constantFrom(...DATES)
      : def.kind === 'number' ? fc.integer({ min: 0, max: 12 }) : fc.integer({ min: 1, max: 3 });
    const value = ['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse'].includes(condition) ? fc.constant(undefined)
      : condition === 'in' ? fc.array(one, { minLength: 1, maxLength: 3 }) : one;
    return fc.tuple(connector, value).map(([conn, v]) => ({ ...(conn ? { connector: conn } : {}), field: def.field, condition, ...(v === undefined ? {} : { value: v }) }));
  }));
}

const SUB: Record<string, readonly FieldDef[]> = {
  contacts: [{ field: 'name', kind: 'text' }, { field: 'city', kind: 'text' }, { field: 'number', kind: 'number', integer: true }],
  employees: [{ field: 'employeeId', kind: 'reference' }, { field: 'name', kind: 'text' }],
  resources: [{ field: 'resourceId', kind: 'reference' }],
};
const relationArb: fc.Arbitrary<SelectionItem> = fc.constantFrom('contacts', 'employees', 'resources').chain((rel) => fc.tuple(
  connector, fc.constantFrom('some', 'none', 'isEmpty', 'isNotEmpty'), fc.array(rowArb(SUB[rel]!), { minLength: 1, maxLength: 2 }),
).map(([conn, condition, match]) => ({ ...(conn ? { connector: conn } : {}), field: rel, condition, ...(condition === 'some' || condition === 'none' ? { value: { match } } : {}) })));

const selectionArb: fc.Arbitrary<Selection> = fc.array(fc.oneof(rowArb(ACTIVITY_FIELDS), rowArb(ACTIVITY_FIELDS), relationArb), { minLength: 1, maxLength: 4 })
  .map((match) => ({ match }));

describeEachDatabase('activity selection SQL = evaluateSelection', (ctx) => {
  beforeAll(async () => {
    const { db } = ctx.database;
    await db.insertInto('employees').values([1, 2, 3].map((id) => ({
      id, name: `E${id}`, name_key: `e${id}`, is_account_manager: 1, active: 1, role: 'user' as const, created_at: NOW, updated_at: NOW,
    }))).execute();
    await db.insertInto('activity_types').values([1, 2, 3].map(activityType)).execute();
    await db.insertInto('statuses').values([1, 2].map(status)).execute();
    await db.insertInto('priorities').values([1, 2].map(priority)).execute();
    await db.insertInto('resources').values([1, 2].map((id) => ({ id, name: `R${id}`, description: null, inactive: 0, created_at: NOW, updated_at: NOW }))).execute();
    await db.insertInto('contacts').values(CONTACTS.map((c) => ({
      id: c.id, number: c.id, name: c.name, name_key: sortKey(c.name), is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0,
      city: c.city, inactive: 0, created_at: NOW, updated_at: NOW,
    }))).execute();
  });

  it('finds the same activities as the in-memory evaluator', { timeout: 120_000 }, async () => {
    const { db } = ctx.database;
    await fc.assert(fc.asyncProperty(fc.array(activityArb, { minLength: 1, maxLength: 8 }), fc.array(selectionArb, { minLength: 3, maxLength: 3 }), async (data, selections) => {
      await db.deleteFrom('activities').execute();
      const acts: Rec[] = data.map((a, i) => ({ ...a, id: i + 1, number: i + 1, batchId: null }));
      await db.insertInto('activities').values(acts.map((a) => ({
        ...blankActivity(a.id as number), subject: a.subject as string | null, start_at: a.startAt as string | null, end_at: a.endAt as string | null,
        type_id: a.typeId as number | null, status_id: a.statusId as number | null, priority_id: a.priority as number | null,
        responsible_id: a.responsibleId as number | null, done: a.done ? 1 : 0, color: a.color as string | null, show_in_task_list: a.showInTaskList ? 1 : 0,
        custom1: a.custom1 as string | null, custom2: a.custom2 as string | null, notes: a.notes as string | null, created_at: a.createdAt as string,
      }))).execute();
      const links = <T>(key: string, make: (id: number, ref: number) => T) => acts.flatMap((a) => (a[key] as number[]).map((ref) => make(a.id as number, ref)));
      const ac = links('contactIds', (activity_id, contact_id) => ({ activity_id, contact_id }));
      const ae = links('employeeIds', (activity_id, employee_id) => ({ activity_id, employee_id }));
      const ar = links('resourceIds', (activity_id, resource_id) => ({ activity_id, resource_id }));
      if (ac.length) await db.insertInto('activity_contacts').values(ac).execute();
      if (ae.length) await db.insertInto('activity_employees').values(ae).execute();
      if (ar.length) await db.insertInto('activity_resources').values(ar).execute();
      const related = (a: Rec): Related => ({
        contacts: (a.contactIds as number[]).map((id) => ({ ...CONTACTS.find((c) => c.id === id)!, number: id })),
        employees: (a.employeeIds as number[]).map((id) => ({ employeeId: id, name: `E${id}` })),
        resources: (a.resourceIds as number[]).map((id) => ({ resourceId: id, name: `R${id}` })),
      });
      for (const raw of selections) {
        const selection = validateSelection(raw, 'selection', 'activities');
        const rows = await db.selectFrom('activities').where(activitySelectionFilter(selection)).select('id').orderBy('id').execute();
        const expected = acts.filter((a) => evaluateSelection(selection, a, related(a), 'activities')).map((a) => a.id);
        expect(rows.map((r) => r.id), JSON.stringify(selection)).toEqual(expected);
      }
    }), { numRuns: 60 });
  });
});
