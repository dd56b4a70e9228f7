/**
 * Property test: for random small data sets (NULLs, "", Swedish letters in mixed case, LIKE
 * metacharacters, contact persons, shared activities) and random selections (rows, groups,
 * relations), the contacts the compiled SQL finds are exactly those evaluateSelection accepts —
 * on SQLite and on PostgreSQL.
 */
import { beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachDatabase } from '../support/databases.js';
import { selectionFilter } from '../../src/storage/selection/compile.js';
import { evaluateSelection, type Rec, type Related } from '../../src/domain/selection/evaluate.js';
import { validateSelection } from '../../src/domain/selection/validate.js';
import { CONTACT_FIELDS, CONTACT_TYPES, RELATION_FIELDS, type FieldDef, type RelationName } from '../../src/domain/selection/fields.js';
import { dayEnd, dayStart } from '../../src/domain/selection/dates.js';
import { sortKey } from '../../src/domain/text.js';
import type { Selection, SelectionItem } from '../../src/domain/selection/types.js';
import { NOW, activityType, blankActivity, priority, status } from './selection-rows.js';

const TEXTS = ['Göteborg', 'GÖTEBORG', 'göteborg', 'Malmö', 'MALMÖ', 'Åre', 'åre', 'ÄLVSBYN', 'älv', 'Öst', 'é', 'É', '50%_x', 'a\\b', 'A B', 'b', 'AB', ''];
const PIECES = ['g', 'Ö', 'ö', 'å', 'Å', 'ä', 'Ä', 'bo', 'BO', '%', '_', '\\', 'a', 'é', 'É', ' b', 'göteborg', 'MALMÖ', 'AB'];
const STAMPS = ['2026-05-31T12:00:00.000Z', '2026-06-01T00:00:00.000Z', '2026-06-01T12:30:00.000Z', '2026-06-01T23:59:59.999Z', '2026-06-02T00:00:00.000Z'];
const DATES = ['2026-05-31', '2026-06-01', '2026-06-02', ...STAMPS];

const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });
const text = nullable(fc.constantFrom(...TEXTS));
const ref3 = nullable(fc.integer({ min: 1, max: 3 }));

const contactArb = fc.record({
  name: fc.constantFrom(...TEXTS),
  types: fc.subarray([...CONTACT_TYPES]),
  category: text, lineOfBusiness: text, status: text, district: text, postalAddress: text, postalCode: text,
  city: text, country: text, phone: text, email: text, web: text, custom1: text, custom2: text, notes: text,
  accountManagerId: ref3,
  turnover: nullable(fc.constantFrom(-2, 0, 1.5, 3, 100)),
  employeeCount: nullable(fc.integer({ min: 0, max: 4 })),
  inactive: fc.boolean(),
  createdAt: fc.constantFrom(...STAMPS),
});
const personArb = fc.record({
  firstName: text, lastName: text, title: text, phone: text, mobile: text, email: text, isPrimary: fc.boolean(), inactive: fc.boolean(),
});
const activityArb = fc.record({
  typeId: ref3, statusId: nullable(fc.integer({ min: 1, max: 2 })), done: fc.boolean(), responsibleId: ref3,
  startAt: nullable(fc.constantFrom(...STAMPS)), subject: text, priority: nullable(fc.integer({ min: 1, max: 2 })),
  contactIdx: fc.uniqueArray(fc.nat(7), { maxLength: 2 }),
});
const dataArb = fc.record({
  contacts: fc.array(fc.record({ c: contactArb, persons: fc.array(personArb, { maxLength: 3 }) }), { minLength: 1, maxLength: 8 }),
  activities: fc.array(activityArb, { maxLength: 8 }),
});

// ---- selections -------------------------------------------------------------------------------
const connector = fc.constantFrom<'and' | 'or' | undefined>('and', 'or', undefined);

function valueArb(def: FieldDef, condition: string): fc.Arbitrary<unknown> {
  const one: fc.Arbitrary<unknown> = (() => {
    switch (def.kind) {
      case 'text': case 'code': return fc.constantFrom(...PIECES).filter((p) => condition !== 'eq' && condition !== 'ne' && condition !== 'in' || p.trim() !== '');
      case 'number': return def.field === 'turnover' ? fc.constantFrom(-2, 0, 1.5, 3, 100, 2.5) : fc.integer({ min: -1, max: 10_010 });
      case 'date': return fc.constantFrom(...DATES);
      case 'reference': return fc.integer({ min: 1, max: 3 });
      case 'types': return fc.constantFrom(...CONTACT_TYPES);
      default: return fc.constant(undefined);
    }
  })();
  if (condition === 'in') return fc.array(one, { minLength: 1, maxLength: 3 });
  if (condition === 'between') {
    return fc.tuple(one, one).map(([a, b]) => {
      if (def.kind === 'date') return dayStart(a as string) > dayEnd(b as string) ? [b, a] : [a, b];
      return (a as number) > (b as number) ? [b, a] : [a, b];
    });
  }
  return one;
}

const CONDS: Record<string, string[]> = {
  text: ['eq', 'ne', 'startsWith', 'notStartsWith', 'contains', 'notContains', 'isEmpty', 'isNotEmpty', 'in'],
  code: ['eq', 'ne', 'contains', 'notContains', 'isEmpty', 'isNotEmpty', 'in'],
  number: ['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  flag: ['isTrue', 'isFalse'],
  reference: ['eq', 'ne', 'in', 'isEmpty', 'isNotEmpty'],
  types: ['eq', 'ne', 'in', 'isEmpty', 'isNotEmpty'],
};

function rowArb(fields: readonly FieldDef[]): fc.Arbitrary<SelectionItem> {
  return fc.constantFrom(...fields).chain((def) => fc.constantFrom(...CONDS[def.kind]!).chain((condition) =>
    fc.tuple(connector, ['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse'].includes(condition) ? fc.constant(undefined) : valueArb(def, condition))
      .map(([conn, value]) => ({ ...(conn ? { connector: conn } : {}), field: def.field, condition, ...(value === undefined ? {} : { value }) }))));
}

function itemsArb(fields: readonly FieldDef[], depth: number, relations: boolean): fc.Arbitrary<SelectionItem[]> {
  const choices: fc.Arbitrary<SelectionItem>[] = [rowArb(fields), rowArb(fields)];
  if (depth > 0) choices.push(fc.tuple(connector, itemsArb(fields, depth - 1, relations)).map(([conn, group]) => ({ ...(conn ? { connector: conn } : {}), group })));
  if (relations) choices.push(relationArb());
  return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 4 });
}

function relationArb(): fc.Arbitrary<SelectionItem> {
  return fc.constantFrom<RelationName>('contactPersons', 'activities').chain((rel) => fc.tuple(
    connector, fc.constantFrom('some', 'none', 'some', 'none', 'isEmpty', 'isNotEmpty'), itemsArb(RELATION_FIELDS[rel], 1, false),
  ).map(([conn, condition, match]) => ({
    ...(conn ? { connector: conn } : {}), field: rel, condition, ...(condition === 'some' || condition === 'none' ? { value: { match } } : {}),
  })));
}

const selectionArb: fc.Arbitrary<Selection> = itemsArb(CONTACT_FIELDS, 2, true).map((match) => ({ match }));

// ---- the property ------------------------------------------------------------------------------
describeEachDatabase('selection SQL = evaluateSelection', (ctx) => {
  beforeAll(async () => {
    const { db } = ctx.database;
    await db.insertInto('employees').values([1, 2, 3].map((id) => ({
      id, name: `E${id}`, name_key: `e${id}`, is_account_manager: 1, active: 1, role: 'user' as const, created_at: NOW, updated_at: NOW,
    }))).execute();
    await db.insertInto('activity_types').values([1, 2, 3].map(activityType)).execute();
    await db.insertInto('statuses').values([1, 2].map(status)).execute();
    await db.insertInto('priorities').values([1, 2].map(priority)).execute();
  });

  it('finds the same contacts as the in-memory evaluator', { timeout: 120_000 }, async () => {
    const { db } = ctx.database;
    let nextId = 1;
    await fc.assert(fc.asyncProperty(dataArb, fc.array(selectionArb, { minLength: 3, maxLength: 3 }), async (data, selections) => {
      await db.deleteFrom('activity_contacts').execute();
      await db.deleteFrom('activities').execute();
      await db.deleteFrom('contact_persons').execute();
      await db.deleteFrom('contacts').execute();

      const base = nextId;
      nextId += 100;
      const contacts: Rec[] = data.contacts.map(({ c }, i) => ({ ...c, id: base + i, number: 10_000 + i }));
      await db.insertInto('contacts').values(contacts.map((c) => ({
        id: c.id as number, number: c.number as number, name: c.name as string, name_key: sortKey(c.name as string),
        is_customer: (c.types as string[]).includes('customer') ? 1 : 0, is_supplier: (c.types as string[]).includes('supplier') ? 1 : 0,
        is_partner: (c.types as string[]).includes('partner') ? 1 : 0, is_private: (c.types as string[]).includes('private') ? 1 : 0,
        category: c.category as string | null, line_of_business: c.lineOfBusiness as string | null, status: c.status as string | null,
        district: c.district as string | null, postal_address: c.postalAddress as string | null, postal_code: c.postalCode as string | null,
        city: c.city as string | null, country: c.country as string | null, phone: c.phone as string | null, email: c.email as string | null,
        web: c.web as string | null, account_manager_id: c.accountManagerId as number | null, turnover: c.turnover as number | null,
        employee_count: c.employeeCount as number | null, custom1: c.custom1 as string | null, custom2: c.custom2 as string | null,
        notes: c.notes as string | null, inactive: c.inactive ? 1 : 0, created_at: c.createdAt as string, updated_at: NOW,
      }))).execute();

      const related = new Map<number, Required<Pick<Related, 'contactPersons' | 'activities'>>>(contacts.map((c) => [c.id as number, { contactPersons: [], activities: [] }]));
      const persons = data.contacts.flatMap(({ persons: ps }, i) => ps.map((p) => ({ ...p, contactId: base + i })));
      if (persons.length) {
        await db.insertInto('contact_persons').values(persons.map((p) => ({
          contact_id: p.contactId, first_name: p.firstName, last_name: p.lastName, title: p.title, phone: p.phone, mobile: p.mobile,
          email: p.email, is_primary: p.isPrimary ? 1 : 0, inactive: p.inactive ? 1 : 0, created_at: NOW, updated_at: NOW,
        }))).execute();
      }
      for (const p of persons) related.get(p.contactId)!.contactPersons.push(p);

      const activities = data.activities.map((a, i) => ({ ...a, id: base + i, batchId: null,
        contactIds: a.contactIdx.filter((x) => x < contacts.length).map((x) => base + x) }));
      if (activities.length) {
        await db.insertInto('activities').values(activities.map((a) => ({
          ...blankActivity(a.id), subject: a.subject, start_at: a.startAt, type_id: a.typeId, status_id: a.statusId, priority_id: a.priority,
          done: a.done ? 1 : 0, responsible_id: a.responsibleId,
        }))).execute();
      }
      const links = activities.flatMap((a) => a.contactIds.map((contact_id) => ({ activity_id: a.id, contact_id })));
      if (links.length) await db.insertInto('activity_contacts').values(links).execute();
      for (const a of activities) for (const cid of a.contactIds) related.get(cid)!.activities.push(a);

      for (const raw of selections) {
        const selection = validateSelection(raw);
        const rows = await db.selectFrom('contacts').where(selectionFilter(selection)).select('id').orderBy('id').execute();
        const expected = contacts.filter((c) => evaluateSelection(selection, c, related.get(c.id as number))).map((c) => c.id);
        expect(rows.map((r) => r.id), JSON.stringify(selection)).toEqual(expected);
      }
    }), { numRuns: 100 });
  });
});
