/**
 * /api/selections over real HTTP on both databases: preview counts on a hand-made data set
 * (case folding with å ä ö, NULL semantics, relations, the inactive rule), the field catalogue,
 * saved selections CRUD with unique names, and 400s naming the item path.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import type { Insertable } from 'kysely';
import { sortKey } from '../../src/domain/text.js';
import type { ContactPersonTable, ContactTable } from '../../src/storage/schema.js';
import { NOW, activityType, blankActivity } from '../storage/selection-rows.js';

describeEachServer('selections API', (t) => {
  let am = 0;
  beforeAll(async () => {
    const { db } = t.database;
    am = (await db.insertInto('employees').values({
      name: 'Anna Säljare', name_key: sortKey('Anna Säljare'), is_account_manager: 1, active: 1, role: 'user', created_at: NOW, updated_at: NOW,
    }).returning('id').executeTakeFirstOrThrow()).id;
    const contact = (number: number, name: string, over: Partial<Insertable<ContactTable>> = {}): Insertable<ContactTable> => ({
      number, name, name_key: sortKey(name), is_customer: 0, is_supplier: 0, is_partner: 0, is_private: 0, category: null,
      line_of_business: null, status: null, district: null, postal_address: null, postal_code: null, city: null, country: null,
      phone: null, email: null, web: null, account_manager_id: null, turnover: null, employee_count: null, custom1: null,
      custom2: null, notes: null, inactive: 0, created_at: NOW, updated_at: NOW, ...over,
    });
    const person = (contact_id: number, first_name: string, is_primary: number): Insertable<ContactPersonTable> => ({
      contact_id, first_name, last_name: null, title: null, phone: null, mobile: null, email: null, is_primary, inactive: 0,
      created_at: NOW, updated_at: NOW,
    });
    const activity = (id: number, start_at: string) => ({ ...blankActivity(id), type_id: 7, start_at });
    await db.insertInto('contacts').values([
      contact(10001, 'Öberg AB', { city: 'GÖTEBORG', postal_code: '41101', is_customer: 1, turnover: 500, account_manager_id: am }),
      contact(10002, 'Ahlström', { city: 'göteborg', postal_code: '41102', is_customer: 1, turnover: 50 }),
      contact(10003, 'Åkesson', { city: 'Malmö', is_supplier: 1, turnover: null }),
      contact(10004, 'Bygg & Co', { city: null, is_customer: 1, turnover: 1000 }),
      contact(10005, 'Gamla Göteborg', { city: 'Göteborg', is_customer: 1, inactive: 1 }),
    ]).execute();
    const ids = Object.fromEntries((await db.selectFrom('contacts').select(['id', 'number']).execute()).map((r) => [r.number, r.id]));
    await db.insertInto('contact_persons').values([
      person(ids[10001]!, 'Åsa', 1), person(ids[10002]!, 'Olle', 0),
    ]).execute();
    await db.insertInto('activity_types').values(activityType(7)).execute();
    await db.insertInto('activities').values([
      activity(1, '2026-05-10T09:00:00.000Z'), activity(2, '2026-06-15T09:00:00.000Z'),
    ]).execute();
    await db.insertInto('activity_contacts').values([
      { activity_id: 1, contact_id: ids[10001]! }, { activity_id: 2, contact_id: ids[10002]! }, { activity_id: 1, contact_id: ids[10002]! },
    ]).execute();
  });

  const preview = async (match: unknown[], sampleSize?: number) => {
    const r = await t.api('POST', '/api/selections/preview', { selection: { match }, ...(sampleSize === undefined ? {} : { sampleSize }) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { count: number; sample: { number: number; name: string; city: string | null; accountManagerId: number | null }[] };
  };

  it('previews count and a name-ordered sample, active contacts only', async () => {
    const all = await preview([]);
    expect(all.count).toBe(4);
    expect(all.sample.map((s) => s.name)).toEqual(['Ahlström', 'Bygg & Co', 'Åkesson', 'Öberg AB']);
    expect(all.sample[3]).toEqual({ id: expect.any(Number), number: 10001, name: 'Öberg AB', city: 'GÖTEBORG', postalCode: '41101', accountManagerId: am });
    expect((await preview([], 1)).sample).toHaveLength(1);
  });

  it('compares text case-insensitively with å ä ö and applies NULL semantics', async () => {
    expect((await preview([{ field: 'city', condition: 'eq', value: 'göteBORG' }])).count).toBe(2);
    expect((await preview([{ field: 'city', condition: 'in', value: ['MALMÖ', 'x'] }])).count).toBe(1);
    expect((await preview([{ field: 'city', condition: 'ne', value: 'Göteborg' }])).count).toBe(1); // Malmö; NULL city not counted
    expect((await preview([{ field: 'city', condition: 'isEmpty' }])).count).toBe(1);
    expect((await preview([{ field: 'name', condition: 'startsWith', value: 'å' }])).count).toBe(1);
    expect((await preview([{ field: 'name', condition: 'contains', value: '&' }])).count).toBe(1);
    expect((await preview([{ field: 'turnover', condition: 'between', value: [50, 500] }])).count).toBe(2);
    expect((await preview([{ field: 'types', condition: 'eq', value: 'customer' }, { connector: 'and', field: 'accountManagerId', condition: 'isEmpty' }])).count).toBe(2);
  });

  it('lets "and" bind tighter than "or" and honours groups', async () => {
    const malmo = { field: 'city', condition: 'eq', value: 'malmö' };
    const big = { field: 'turnover', condition: 'gte', value: 500 };
    const gbg = { field: 'city', condition: 'eq', value: 'göteborg' };
    expect((await preview([malmo, { connector: 'or', ...big }, { connector: 'and', ...gbg }])).count).toBe(2); // Malmö + Öberg
    expect((await preview([{ group: [malmo, { connector: 'or', ...big }] }, { connector: 'and', ...gbg }])).count).toBe(1);
  });

  it('includes inactive contacts only when the selection tests inactive', async () => {
    expect((await preview([{ field: 'inactive', condition: 'isTrue' }])).sample.map((s) => s.name)).toEqual(['Gamla Göteborg']);
    expect((await preview([{ field: 'city', condition: 'eq', value: 'göteborg' }, { field: 'inactive', condition: 'isFalse', connector: 'or' }])).count).toBe(5);
  });

  it('tests related contact persons and activities', async () => {
    expect((await preview([{ field: 'contactPersons', condition: 'some', value: { match: [{ field: 'firstName', condition: 'eq', value: 'ÅSA' }] } }])).count).toBe(1);
    const visitSinceJune = { match: [{ field: 'typeId', condition: 'eq', value: 7 }, { field: 'startAt', condition: 'gte', value: '2026-06-01' }] };
    // "customers in Göteborg with no visit since 1 June": Öberg (only an old visit)
    const noVisit = await preview([{ field: 'city', condition: 'eq', value: 'Göteborg' }, { field: 'activities', condition: 'none', value: visitSinceJune }]);
    expect(noVisit.sample.map((s) => s.name)).toEqual(['Öberg AB']);
    expect((await preview([{ field: 'activities', condition: 'isEmpty' }])).count).toBe(2);
  });

  it('serves the field catalogue', async () => {
    const r = await t.api('GET', '/api/selections/fields');
    expect(r.status).toBe(200);
    const city = r.body.fields.find((f: { field: string }) => f.field === 'city');
    expect(city).toMatchObject({ kind: 'text', conditions: expect.arrayContaining(['eq', 'in', 'isEmpty']) });
    const acts = r.body.fields.find((f: { field: string }) => f.field === 'activities');
    expect(acts.kind).toBe('relation');
    expect(acts.fields.find((f: { field: string }) => f.field === 'startAt')).toMatchObject({ kind: 'date' });
  });

  it('answers 400 naming the item path and the problem', async () => {
    const bad = async (selection: unknown) => {
      const r = await t.api('POST', '/api/selections/preview', { selection });
      expect(r.status).toBe(400);
      return r.body.error;
    };
    expect(await bad({ match: [{ field: 'city', condition: 'isEmpty' }, { connector: 'or', group: [{ field: 'noSuchField', condition: 'eq', value: 1 }] }] }))
      .toEqual({ code: 'VALIDATION', field: 'selection.match[1].group[0].field', message: 'unknown field "noSuchField"' });
    expect((await bad({ match: [{ field: 'city', condition: 'gt', value: 'a' }] })).field).toBe('selection.match[0].condition');
    expect((await bad({ match: [{ field: 'turnover', condition: 'between', value: 5 }] }))).toMatchObject({ field: 'selection.match[0].value', message: 'between needs [from, to]' });
    const extra = await t.api('POST', '/api/selections/preview', { selection: { match: [] }, limit: 3 });
    expect(extra.status).toBe(400);
    expect(extra.body.error.field).toBe('limit');
  });

  it('saves, lists, reads, replaces, patches and deletes selections; names are unique', async () => {
    const body = { name: 'Kunder i Göteborg', selection: { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] } };
    const created = await t.api('POST', '/api/selections', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), name: 'Kunder i Göteborg', selection: body.selection });
    const id = created.body.id as number;

    expect((await t.api('POST', '/api/selections', { ...body, name: 'KUNDER I GÖTEBORG' })).status).toBe(409);
    const badSel = await t.api('POST', '/api/selections', { name: 'x', selection: { match: [{ field: 'nope', condition: 'eq' }] } });
    expect(badSel.status).toBe(400);
    expect(badSel.body.error.field).toBe('selection.match[0].field');

    const other = await t.api('POST', '/api/selections', { name: 'Malmö', selection: { match: [] } });
    expect(other.status).toBe(201);
    const list = await t.api('GET', '/api/selections?limit=1');
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { name: string }) => s.name)).toEqual(['Kunder i Göteborg']);
    const page2 = await t.api('GET', `/api/selections?limit=1&cursor=${list.body.nextCursor}`);
    expect(page2.body).toMatchObject({ items: [{ name: 'Malmö' }], nextCursor: null });

    expect((await t.api('GET', `/api/selections/${id}`)).body.name).toBe('Kunder i Göteborg');
    const put = await t.api('PUT', `/api/selections/${id}`, { name: 'Kunder GBG', selection: { match: [{ field: 'city', condition: 'isEmpty' }] } });
    expect(put.status).toBe(200);
    expect(put.body.selection).toEqual({ match: [{ field: 'city', condition: 'isEmpty' }] });
    expect((await t.api('PATCH', `/api/selections/${id}`, { name: 'malmö' })).status).toBe(409);
    const patched = await t.api('PATCH', `/api/selections/${id}`, { name: 'Kunder Göteborg' });
    expect(patched.body).toMatchObject({ name: 'Kunder Göteborg', selection: { match: [{ field: 'city', condition: 'isEmpty' }] } });

    expect((await t.api('DELETE', `/api/selections/${id}`)).status).toBe(204);
    expect((await t.api('GET', `/api/selections/${id}`)).status).toBe(404);
    expect((await t.api('DELETE', `/api/selections/${id}`)).status).toBe(404);
  });
});
