/**
 * Step-3 lists: random access by `offset` and column sorts (`sort=` + `dir=`, ties by id) on both
 * databases, checked against the same order computed here, with cursor paging agreeing with both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { sortKey } from '../../src/domain/text.js';
import { seedContacts, seedEmployees, type ContactSpec } from './group-activities-fixtures.js';

type Row = { id: number; number: number; name: string; city: string | null; accountManagerName: string | null };
type Key = 'name' | 'number' | 'city' | 'accountManager';

const CITIES = ['Örebro', 'Åre', 'Älmhult', 'Umeå', 'umeå', null, 'Borås', 'Arjeplog'];
const NAMES = ['Östra Bygg', 'Åkeri Ek', 'Ängens Gård', 'Zeta AB', 'Alfa AB', 'alfa ab', 'Beta HB'];

const keyOf = (k: Key, r: Row): string | number =>
  k === 'number' ? r.number : k === 'name' ? sortKey(r.name) : k === 'city' ? sortKey(r.city ?? '') : sortKey(r.accountManagerName ?? '');

function expected(rows: Row[], k: Key, dir: 'asc' | 'desc'): number[] {
  const cmp = (a: Row, b: Row) => {
    const ka = keyOf(k, a);
    const kb = keyOf(k, b);
    // Byte order of the keys (all in the BMP here, so UTF-16 order is the same).
    const c = ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
    return dir === 'asc' ? c : -c;
  };
  return [...rows].sort(cmp).map((r) => r.id);
}

describeEachServer('group activities: step-3 offset and column sort', (t) => {
  let draftId = 0;
  let all: Row[] = [];
  const url = (qs: string) => `/api/group-activities/${draftId}/contacts?${qs}`;

  async function byCursor(qs: string, limit: number): Promise<number[]> {
    const out: number[] = [];
    let cursor: string | null = null;
    do {
      const r: any = await t.api('GET', url(`${qs}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      out.push(...r.body.items.map((c: Row) => c.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    return out;
  }

  async function byOffset(qs: string, limit: number, total: number): Promise<number[]> {
    const out: number[] = [];
    for (let o = 0; o < total; o += limit) {
      const r = await t.api('GET', url(`${qs}&limit=${limit}&offset=${o}`));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.total).toBe(total);
      out.push(...r.body.items.map((c: Row) => c.id));
    }
    return out;
  }

  beforeAll(async () => {
    const { db } = t.database;
    const am = await seedEmployees(db, [{ name: 'Örjan' }, { name: 'Åsa' }, { name: 'Bo' }, { name: 'Ärla' }]);
    const specs: ContactSpec[] = [];
    for (let i = 0; i < 40; i++) {
      specs.push({
        number: 20000 + ((i * 7) % 40), name: `${NAMES[i % NAMES.length]}`, city: CITIES[i % CITIES.length] ?? null,
        account_manager_id: i % 5 === 0 ? null : am[i % am.length]!,
      });
    }
    await seedContacts(db, specs);
    const d = await t.api('POST', '/api/group-activities', { mode: 'perContact' });
    draftId = d.body.id;
    const p = await t.api('PATCH', `/api/group-activities/${draftId}`, { selection: { match: [{ field: 'name', condition: 'isNotEmpty' }] } });
    expect(p.body.counts.included).toBe(40);
    const r = await t.api('GET', url('side=included&limit=1000'));
    all = r.body.items;
    expect(all).toHaveLength(40);
  });

  it('answers any window of the default Swedish name order by offset, the same rows the cursor walks to', async () => {
    const walked = await byCursor('side=included', 6);
    expect(walked).toEqual(expected(all, 'name', 'asc'));
    for (const [offset, limit] of [[0, 5], [17, 4], [35, 10], [39, 1]] as const) {
      const r = await t.api('GET', url(`side=included&offset=${offset}&limit=${limit}`));
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(40);
      expect(r.body.items.map((c: Row) => c.id)).toEqual(walked.slice(offset, offset + limit));
      expect(r.body.nextCursor === null).toBe(offset + limit >= 40);
    }
    // A cursor from an offset page continues where that page ended.
    const mid = await t.api('GET', url('side=included&offset=10&limit=5'));
    const next = await t.api('GET', url(`side=included&limit=5&cursor=${mid.body.nextCursor}`));
    expect(next.body.items.map((c: Row) => c.id)).toEqual(walked.slice(15, 20));
    const past = await t.api('GET', url('side=included&offset=500&limit=5'));
    expect(past.body).toMatchObject({ items: [], nextCursor: null, total: 40 });
  });

  for (const key of ['name', 'number', 'city', 'accountManager'] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${key} ${dir}, then id, alike by cursor and by offset`, async () => {
        const want = expected(all, key, dir);
        expect(await byCursor(`side=included&sort=${key}&dir=${dir}`, 7)).toEqual(want);
        expect(await byOffset(`side=included&sort=${key}&dir=${dir}`, 9, 40)).toEqual(want);
      });
    }
  }

  it('puts Swedish letters after z and empty cities first ascending', async () => {
    const r = await t.api('GET', url('side=included&sort=city&dir=asc&limit=1000'));
    const cities = [...new Set(r.body.items.map((c: Row) => c.city?.toLowerCase() ?? null))];
    expect(cities).toEqual([null, 'arjeplog', 'borås', 'umeå', 'åre', 'älmhult', 'örebro']);
    const m = await t.api('GET', url('side=included&sort=accountManager&dir=desc&limit=1000'));
    expect([...new Set(m.body.items.map((c: Row) => c.accountManagerName))]).toEqual(['Örjan', 'Ärla', 'Åsa', 'Bo', null]);
  });

  it('combines sort, search and offset, and sorts the excluded list too', async () => {
    const matching = all.filter((c) => c.name.toLowerCase().includes('alfa'));
    const want = expected(matching, 'number', 'desc');
    expect(await byOffset('side=included&q=alfa&sort=number&dir=desc', 4, matching.length)).toEqual(want);
    const moved = await t.api('POST', `/api/group-activities/${draftId}/moves`, { to: 'excluded', all: true, q: 'alfa' });
    expect(moved.status).toBe(200);
    const ex = await t.api('GET', url('side=excluded&sort=number&dir=desc&offset=2&limit=3'));
    expect(ex.body.total).toBe(matching.length);
    expect(ex.body.items.map((c: Row) => c.id)).toEqual(want.slice(2, 5));
    await t.api('POST', `/api/group-activities/${draftId}/moves`, { to: 'included', all: true });
  });

  describe('rejects', () => {
    it('a bad sort, direction or offset, offset with cursor, and a cursor of another sort', async () => {
      for (const qs of ['sort=postalCode', 'dir=up', 'offset=-1', 'offset=abc']) {
        const r = await t.api('GET', url(`side=included&${qs}`));
        expect(r.status, qs).toBe(400);
      }
      const first = await t.api('GET', url('side=included&sort=number&limit=3'));
      const both = await t.api('GET', url(`side=included&sort=number&limit=3&offset=3&cursor=${first.body.nextCursor}`));
      expect(both.status).toBe(400);
      expect(both.body.error.field).toBe('offset');
      const foreign = await t.api('GET', url(`side=included&sort=city&limit=3&cursor=${first.body.nextCursor}`));
      expect(foreign.status).toBe(400);
      expect(foreign.body.error.field).toBe('cursor');
    });
  });
});
