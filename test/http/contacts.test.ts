import { expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { insertActivity, userToken } from '../support/registers.js';
import { addCodes } from '../support/contact-codes.js';

describeEachServer('contacts API', (t) => {
  it('refuses anonymous calls with 401', async () => {
    for (const [m, p] of [['GET', '/api/contacts'], ['GET', '/api/contacts/1'], ['POST', '/api/contacts'], ['PATCH', '/api/contacts/1'], ['DELETE', '/api/contacts/1']] as const) {
      const r = await t.api(m, p, m === 'POST' || m === 'PATCH' ? { name: 'x' } : undefined, { token: null });
      expect(r.status, `${m} ${p}`).toBe(401);
    }
  });

  it('creates with only a name, numbering automatically and uniquely', async () => {
    const a = await t.api('POST', '/api/contacts', { name: '  Bergs Bygg AB  ' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ name: 'Bergs Bygg AB', types: [], city: null, inactive: false, accountManagerId: null });
    expect(Number.isInteger(a.body.number)).toBe(true);
    const many = await Promise.all(Array.from({ length: 8 }, (_, i) => t.api('POST', '/api/contacts', { name: `Parallell ${i}` })));
    const numbers = [a.body.number, ...many.map((r) => r.body.number)];
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.min(...many.map((r) => r.body.number))).toBeGreaterThan(a.body.number);
  });

  it('creates with every field, reads, updates partially, stores empty as null and HTML as text', async () => {
    const am = await t.api('POST', '/api/employees', { name: 'Säljare Ett', isAccountManager: true });
    await addCodes(t, { category: ['A'], lineOfBusiness: ['Bygg'], status: ['Aktiv'], district: ['Norr'] });
    const body = {
      name: 'Åkesson & <b>Söner</b>', types: ['supplier', 'customer'], category: 'A', lineOfBusiness: 'Bygg', status: 'Aktiv',
      district: 'Norr', postalAddress: 'Storgatan 1', postalCode: '123 45', city: 'Umeå', country: 'Sverige',
      phone: '090-12 34 56', email: 'info@akesson.test', web: 'akesson.test', accountManagerId: am.body.id,
      turnover: 1234567.5, employeeCount: 12, custom1: 'x', custom2: '', notes: '<script>alert(1)</script>', inactive: false,
    };
    const c = await t.api('POST', '/api/contacts', body);
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ ...body, types: ['customer', 'supplier'], custom2: null });
    expect(c.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    const g = await t.api('GET', `/api/contacts/${c.body.id}`);
    expect(g.body).toEqual(c.body);
    const u = await t.api('PATCH', `/api/contacts/${c.body.id}`, { city: '', types: ['private'], turnover: null });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ city: null, types: ['private'], turnover: null, name: body.name, number: c.body.number, category: 'A' });
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: '  ' }, 'name'],
      [{ name: 'X', colour: 'red' }, 'colour'],
      [{ name: 'X', turnover: 'much' }, 'turnover'],
      [{ name: 'X', types: ['enemy'] }, 'types[0]'],
      [{ name: 'X', accountManagerId: 999999 }, 'accountManagerId'],
      [{ name: 'X', employeeCount: 1.5 }, 'employeeCount'],
    ];
    for (const [body, field] of cases) {
      const r = await t.api('POST', '/api/contacts', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
      expect(r.body.error.field, JSON.stringify(body)).toBe(field);
    }
    const c = await t.api('POST', '/api/contacts', { name: 'Patchas' });
    const p = await t.api('PATCH', `/api/contacts/${c.body.id}`, { accountManagerId: 999999 });
    expect(p.status).toBe(400);
    expect(p.body.error.field).toBe('accountManagerId');
    expect((await t.api('GET', '/api/contacts?sort=size')).body.error.field).toBe('sort');
    expect((await t.api('GET', '/api/contacts?cursor=garbage')).body.error.field).toBe('cursor');
  });

  it('answers 404 for an unknown contact', async () => {
    expect((await t.api('GET', '/api/contacts/999999')).status).toBe(404);
    expect((await t.api('PATCH', '/api/contacts/999999', { name: 'X' })).status).toBe(404);
    expect((await t.api('DELETE', '/api/contacts/999999')).status).toBe(404);
  });

  it('deletes an unused contact, refuses (409) one with activities', async () => {
    const unused = await t.api('POST', '/api/contacts', { name: 'Oanvänd' });
    const del = await t.api('DELETE', `/api/contacts/${unused.body.id}`);
    expect(del.status).toBe(200);
    expect((await t.api('GET', `/api/contacts/${unused.body.id}`)).status).toBe(404);
    const used = await t.api('POST', '/api/contacts', { name: 'Använd' });
    await insertActivity(t, { contactId: used.body.id });
    const r = await t.api('DELETE', `/api/contacts/${used.body.id}`);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/inactive/);
    expect((await t.api('PATCH', `/api/contacts/${used.body.id}`, { inactive: true })).body.inactive).toBe(true);
  });

  it('lets an ordinary user manage contacts', async () => {
    const user = await userToken(t);
    const c = await t.api('POST', '/api/contacts', { name: 'Användarens' }, { token: user.token });
    expect(c.status).toBe(201);
    expect((await t.api('PATCH', `/api/contacts/${c.body.id}`, { city: 'Lund' }, { token: user.token })).status).toBe(200);
  });
});

describeEachServer('contacts API: lists', (t) => {
  const names = ['Örjan', 'Zlatan', 'Ärla', 'adam', 'Åsa', 'Bertil', 'Émile', 'Östen'];
  let amId = 0;
  const ids: Record<string, number> = {};

  it('sets up contacts', async () => {
    amId = (await t.api('POST', '/api/employees', { name: 'Ansvarig', isAccountManager: true })).body.id;
    await addCodes(t, { category: ['A', 'B'] });
    let i = 0;
    for (const name of names) {
      const r = await t.api('POST', '/api/contacts', {
        name, city: i % 2 ? 'Göteborg' : 'Malmö', postalCode: `${(9 - i) * 111}`, category: i < 3 ? 'A' : 'B',
        types: i % 3 === 0 ? ['customer'] : ['supplier'], accountManagerId: i < 2 ? amId : null, inactive: name === 'Östen',
      });
      expect(r.status).toBe(201);
      ids[name] = r.body.id;
      i++;
    }
  });

  const listNames = async (query: string) => (await t.api('GET', `/api/contacts?limit=1000&${query}`)).body.items.map((c: any) => c.name);

  it('sorts by name in Swedish order and hides inactive by default', async () => {
    expect(await listNames('')).toEqual(['adam', 'Bertil', 'Émile', 'Zlatan', 'Åsa', 'Ärla', 'Örjan']);
    expect(await listNames('includeInactive=true&dir=desc')).toEqual(['Östen', 'Örjan', 'Ärla', 'Åsa', 'Zlatan', 'Émile', 'Bertil', 'adam']);
  });

  it('searches case-insensitively with å, ä, ö', async () => {
    expect(await listNames(`q=${encodeURIComponent('ÅS')}`)).toEqual(['Åsa']);
    expect(await listNames(`q=${encodeURIComponent('ärl')}`)).toEqual(['Ärla']);
    expect(await listNames(`q=${encodeURIComponent('ö')}&includeInactive=true`)).toEqual(['Örjan', 'Östen']);
    expect(await listNames(`q=${encodeURIComponent('GÖTEBORG')}`)).toEqual(['adam', 'Bertil', 'Zlatan']);
    expect(await listNames(`city=${encodeURIComponent('malmÖ')}`)).toEqual(['Émile', 'Åsa', 'Ärla', 'Örjan']);
    const one = await t.api('GET', `/api/contacts/${ids['Åsa']}`);
    expect(await listNames(`q=${one.body.number}`)).toEqual(['Åsa']);
  });

  it('filters by category, account manager and type', async () => {
    expect(await listNames('category=a')).toEqual(['Zlatan', 'Ärla', 'Örjan']);
    expect(await listNames(`accountManagerId=${amId}`)).toEqual(['Zlatan', 'Örjan']);
    expect(await listNames('type=customer')).toEqual(['adam', 'Émile', 'Örjan']);
    expect((await t.api('GET', '/api/contacts?accountManagerId=abc')).body.error.field).toBe('accountManagerId');
  });

  it('sorts by number, city and postal code', async () => {
    const byNumber = (await t.api('GET', '/api/contacts?sort=number&limit=1000')).body.items.map((c: any) => c.number);
    expect(byNumber).toEqual([...byNumber].sort((a, b) => a - b));
    expect(await listNames('sort=city')).toEqual(['adam', 'Bertil', 'Zlatan', 'Émile', 'Åsa', 'Ärla', 'Örjan']);
    expect(await listNames('sort=postalCode&dir=desc')).toEqual(['Örjan', 'Zlatan', 'Ärla', 'adam', 'Åsa', 'Bertil', 'Émile']);
  });

  it('sorts cities in Swedish order, the same on both databases', async () => {
    const cities = ['Örebro', 'åre', 'Älmhult', 'Zinkgruvan', 'Eskilstuna', 'Ystad', 'Ängelholm', 'ÅMÅL'];
    for (const [i, city] of cities.entries()) await t.api('POST', '/api/contacts', { name: `Stadtest ${i}`, city });
    const sorted = (await t.api('GET', '/api/contacts?q=stadtest&sort=city')).body.items.map((c: any) => c.city);
    expect(sorted).toEqual(['Eskilstuna', 'Ystad', 'Zinkgruvan', 'ÅMÅL', 'åre', 'Älmhult', 'Ängelholm', 'Örebro']);
    const desc = (await t.api('GET', '/api/contacts?q=stadtest&sort=city&dir=desc')).body.items.map((c: any) => c.city);
    expect(desc).toEqual([...sorted].reverse());
    const ids = (await t.api('GET', '/api/contacts?q=stadtest')).body.items.map((c: any) => c.id);
    for (const id of ids) expect((await t.api('DELETE', `/api/contacts/${id}`)).status).toBe(200);
  });

  it('walks every sort with nextCursor, each row exactly once', async () => {
    for (const sort of ['name', 'number', 'city', 'postalCode']) {
      for (const dir of ['asc', 'desc']) {
        const full = (await t.api('GET', `/api/contacts?includeInactive=true&limit=1000&sort=${sort}&dir=${dir}`)).body.items.map((c: any) => c.id);
        const walked: number[] = [];
        let cursor: string | null = null;
        do {
          const r: any = await t.api('GET', `/api/contacts?includeInactive=true&limit=3&sort=${sort}&dir=${dir}${cursor ? `&cursor=${cursor}` : ''}`);
          expect(r.status).toBe(200);
          walked.push(...r.body.items.map((c: any) => c.id));
          cursor = r.body.nextCursor;
        } while (cursor);
        expect(walked, `${sort} ${dir}`).toEqual(full);
        expect(full.length).toBe(names.length);
      }
    }
    const first = await t.api('GET', '/api/contacts?limit=2&sort=name');
    const mismatch = await t.api('GET', `/api/contacts?limit=2&sort=city&cursor=${first.body.nextCursor}`);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe('cursor');
  });

  it('pages a search whose matches come from names, cities and numbers', async () => {
    const hamn = await t.api('POST', '/api/contacts', { name: 'Göteborgs Hamn', city: 'Malmö' });
    const expected = ['adam', 'Bertil', 'Göteborgs Hamn', 'Zlatan'];
    for (const dir of ['asc', 'desc']) {
      for (const sort of ['name', 'city', 'number']) {
        const full = (await t.api('GET', `/api/contacts?q=g%C3%B6teborg&sort=${sort}&dir=${dir}`)).body.items.map((c: any) => c.name);
        expect([...full].sort(), `${sort} ${dir}`).toEqual([...expected].sort());
        const walked: string[] = [];
        let cursor: string | null = null;
        do {
          const r: any = await t.api('GET', `/api/contacts?q=g%C3%B6teborg&sort=${sort}&dir=${dir}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
          walked.push(...r.body.items.map((c: any) => c.name));
          cursor = r.body.nextCursor;
        } while (cursor);
        expect(walked, `${sort} ${dir}`).toEqual(full);
      }
    }
    expect(await listNames('q=G%C3%B6teborg')).toEqual(expected);
    expect(await listNames(`q=${hamn.body.number}`)).toEqual(['Göteborgs Hamn']);
    await t.api('PATCH', `/api/contacts/${hamn.body.id}`, { inactive: true });
  });

  it('clamps the limit to 1,000 and pages 1,500 contacts exactly once', async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      number: 700_000 + i, name: `Bulk ${String(i).padStart(4, '0')}`, name_key: `bulk ${String(i).padStart(4, '0')}`,
      city: i % 3 ? 'Kiruna' : null, postal_code: i % 5 ? String(98000 + (i % 7)) : null,
      is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0, inactive: 0, created_at: now, updated_at: now,
    }));
    for (let i = 0; i < rows.length; i += 250) await t.database.db.insertInto('contacts').values(rows.slice(i, i + 250)).execute();
    const big = await t.api('GET', '/api/contacts?limit=5000');
    expect(big.status).toBe(200);
    expect(big.body.items).toHaveLength(1000);
    expect(big.body.nextCursor).toBeTruthy();
    expect((await t.api('GET', '/api/contacts')).body.items).toHaveLength(50);
    for (const sort of ['name', 'city', 'postalCode']) {
      const seen = new Set<number>();
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r: any = await t.api('GET', `/api/contacts?limit=400&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        for (const c of r.body.items) {
          expect(seen.has(c.id)).toBe(false);
          seen.add(c.id);
        }
        cursor = r.body.nextCursor;
        pages++;
      } while (cursor);
      expect(seen.size, sort).toBe(1500 + names.length - 1);
      expect(pages).toBe(4);
    }
  });
});
