import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachServer } from '../support/http.js';
import { userToken } from '../support/registers.js';
import * as m0006 from '../../src/storage/migrations/0006-code-registers.js';

const PATHS = ['/api/categories', '/api/lines-of-business', '/api/contact-statuses', '/api/districts'];

describeEachServer('contact code registers', (t) => {
  it('creates, reads, lists in code order, updates and deletes in each of the four registers', async () => {
    for (const path of PATHS) {
      const b = await t.api('POST', path, { code: ' B ', label: ' Andra ' });
      expect(b.status, path).toBe(201);
      expect(b.body).toMatchObject({ code: 'B', label: 'Andra', inactive: false });
      const a = await t.api('POST', path, { code: 'A' });
      expect(a.body, 'label defaults to the code').toMatchObject({ code: 'A', label: 'A' });
      expect((await t.api('GET', `${path}/${a.body.id}`)).body).toEqual(a.body);
      expect((await t.api('GET', path)).body.items.map((i: any) => i.code)).toEqual(['A', 'B']);
      const u = await t.api('PATCH', `${path}/${a.body.id}`, { label: 'Storkund', inactive: true });
      expect(u.body).toMatchObject({ code: 'A', label: 'Storkund', inactive: true });
      expect((await t.api('GET', path)).body.items.map((i: any) => i.code), 'inactive hidden by default').toEqual(['B']);
      expect((await t.api('GET', `${path}?includeInactive=true`)).body.items.map((i: any) => i.code)).toEqual(['A', 'B']);
      for (const id of [a.body.id, b.body.id]) expect((await t.api('DELETE', `${path}/${id}`)).status).toBe(200);
      expect((await t.api('GET', path)).body.items).toEqual([]);
    }
  });

  it('keeps the registers apart: an id of one register is 404 in another', async () => {
    const c = await t.api('POST', '/api/categories', { code: 'Z' });
    expect((await t.api('GET', `/api/districts/${c.body.id}`)).status).toBe(404);
    expect((await t.api('PATCH', `/api/districts/${c.body.id}`, { label: 'x' })).status).toBe(404);
    expect((await t.api('DELETE', `/api/districts/${c.body.id}`)).status).toBe(404);
    await t.api('DELETE', `/api/categories/${c.body.id}`);
  });

  it('refuses bad input with 400 naming the field and a duplicate code (in any case) with 409', async () => {
    const empty = await t.api('POST', '/api/categories', { code: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('code');
    expect((await t.api('POST', '/api/categories', { code: 'x'.repeat(51) })).body.error.field).toBe('code');
    expect((await t.api('POST', '/api/categories', { code: 'Q', colour: 'red' })).status).toBe(400);
    await t.api('POST', '/api/categories', { code: 'Dup' });
    const dup = await t.api('POST', '/api/categories', { code: 'DUP' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('code');
    const sv = await t.api('POST', '/api/categories', { code: 'dup' }, { headers: { 'accept-language': 'sv' } });
    expect(sv.body.error.message).toBe('koden "Dup" finns redan i registret');
  });

  it('lets every user read but only administrators write', async () => {
    const user = await userToken(t, 'Kodläsare');
    expect((await t.api('GET', '/api/districts', undefined, { token: user.token })).status).toBe(200);
    expect((await t.api('POST', '/api/districts', { code: 'Norr' }, { token: user.token })).status).toBe(403);
    expect((await t.api('GET', '/api/districts', undefined, { token: null })).status).toBe(401);
  });

  it('takes only registered codes on a contact, in the register spelling', async () => {
    await t.api('POST', '/api/lines-of-business', { code: 'Bygg', label: 'Bygg och anläggning' });
    const ok = await t.api('POST', '/api/contacts', { name: 'Kodkontakt AB', lineOfBusiness: 'bygg' });
    expect(ok.status).toBe(201);
    expect(ok.body.lineOfBusiness).toBe('Bygg');
    const bad = await t.api('POST', '/api/contacts', { name: 'Okänd AB', lineOfBusiness: 'Fiske' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('lineOfBusiness');
    const sv = await t.api('PATCH', `/api/contacts/${ok.body.id}`, { district: 'Söder' }, { headers: { 'accept-language': 'sv' } });
    expect(sv.status).toBe(400);
    expect(sv.body.error).toMatchObject({ field: 'district', message: 'koden "Söder" finns inte i registret för distrikt' });
    expect((await t.api('PATCH', `/api/contacts/${ok.body.id}`, { lineOfBusiness: null })).body.lineOfBusiness).toBeNull();
  });

  it('renames a changed code on its contacts, and refuses to delete a code in use (409) until none carries it', async () => {
    const s = await t.api('POST', '/api/contact-statuses', { code: 'Aktiv' });
    const c1 = await t.api('POST', '/api/contacts', { name: 'Status Ett', status: 'Aktiv' });
    const c2 = await t.api('POST', '/api/contacts', { name: 'Status Två', status: 'aktiv' });
    const del = await t.api('DELETE', `/api/contact-statuses/${s.body.id}`);
    expect(del.status).toBe(409);
    expect(del.body.error.details).toMatchObject({ contacts: 2 });
    const renamed = await t.api('PATCH', `/api/contact-statuses/${s.body.id}`, { code: 'AKT' });
    expect(renamed.body.code).toBe('AKT');
    for (const c of [c1, c2]) expect((await t.api('GET', `/api/contacts/${c.body.id}`)).body.status).toBe('AKT');
    await t.api('POST', '/api/contact-statuses', { code: 'Vilande' });
    expect((await t.api('PATCH', `/api/contact-statuses/${s.body.id}`, { code: 'vilande' })).status).toBe(409);
    for (const c of [c1, c2]) await t.api('PATCH', `/api/contacts/${c.body.id}`, { status: null });
    expect((await t.api('DELETE', `/api/contact-statuses/${s.body.id}`)).status).toBe(200);
  });

  it('offers each register as the options of its selection field, inactive codes flagged', async () => {
    await t.api('POST', '/api/districts', { code: 'Väst', label: 'Västsverige' });
    const old = await t.api('POST', '/api/districts', { code: 'Gamla', label: 'Gamla distriktet' });
    await t.api('PATCH', `/api/districts/${old.body.id}`, { inactive: true });
    const r = await t.api('GET', '/api/selections/fields');
    const district = r.body.fields.find((f: any) => f.field === 'district');
    expect(district.options).toEqual([
      { value: 'Gamla', label: 'Gamla distriktet', inactive: true },
      { value: 'Väst', label: 'Västsverige', inactive: false },
    ]);
    expect(r.body.fields.find((f: any) => f.field === 'city').options).toBeUndefined();
  });

  it('migration 0006 moves existing free-text values into the registers, one code per value in any case', async () => {
    const db = t.database.db;
    const now = new Date().toISOString();
    const base = { is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0, postal_address: null, postal_code: null, city: null,
      country: null, phone: null, email: null, web: null, account_manager_id: null, turnover: null, employee_count: null, custom1: null,
      custom2: null, notes: null, inactive: 0, created_at: now, updated_at: now, line_of_business: null, district: null };
    await db.schema.dropTable('contact_codes').execute();
    await db.insertInto('contacts').values([
      { ...base, number: 990001, name: 'Gammal Ett', name_key: 'gammal ett', category: 'K', status: 'Prospekt' },
      { ...base, number: 990002, name: 'Gammal Två', name_key: 'gammal tva', category: 'k', status: null },
      { ...base, number: 990003, name: 'Gammal Tre', name_key: 'gammal tre', category: 'M', status: 'Prospekt', district: 'Öst' },
    ]).execute();
    await m0006.up(db, t.database.dialect);
    const codes = await db.selectFrom('contact_codes').select(['field', 'code', 'label']).orderBy('field').orderBy('code').execute();
    const mine = codes.filter((c) => ['K', 'M', 'Prospekt', 'Öst'].includes(c.code) || c.code === 'k');
    expect(mine).toEqual([
      { field: 'category', code: 'K', label: 'K' }, { field: 'category', code: 'M', label: 'M' },
      { field: 'district', code: 'Öst', label: 'Öst' }, { field: 'status', code: 'Prospekt', label: 'Prospekt' },
    ]);
    const cats = await db.selectFrom('contacts').select('category').where('number', 'in', [990001, 990002]).execute();
    expect(cats.map((c) => c.category)).toEqual(['K', 'K']);
    const again = await sql<{ n: number }>`select count(*) as n from contact_codes where field = 'category' and code = 'K'`.execute(db);
    expect(Number(again.rows[0]!.n)).toBe(1);
    // The API sees the migrated codes as registered.
    const list = await t.api('GET', '/api/categories');
    expect(list.body.items.map((i: any) => i.code)).toEqual(expect.arrayContaining(['K', 'M']));
  });
});
