import { expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { insertActivity, userToken } from '../support/registers.js';

type Spec = {
  path: string; adminWrites: boolean; create: Record<string, unknown>; expected: Record<string, unknown>;
  update: Record<string, unknown>; bad: [Record<string, unknown>, string]; use: (id: number) => Record<string, number>;
};

const SPECS: Spec[] = [
  {
    path: '/api/resources', adminWrites: false,
    create: { name: ' Stora rummet ', description: '' }, expected: { name: 'Stora rummet', description: null, inactive: false },
    update: { description: '12 platser' }, bad: [{ name: 'X', capacity: 3 }, 'capacity'], use: (id) => ({ resourceId: id }),
  },
  {
    path: '/api/activity-types', adminWrites: true,
    create: { name: 'Besök' },
    expected: { name: 'Besök', list: 'calendar', color: null, defaultAlarmMinutes: null, defaultDurationMinutes: null, showTimeAs: 'busy', requiresResponsible: false, inactive: false },
    update: { list: 'taskList', color: '#ff0000', defaultAlarmMinutes: 15, defaultDurationMinutes: 90, showTimeAs: 'out', requiresResponsible: true },
    bad: [{ name: 'X', showTimeAs: 'away' }, 'showTimeAs'], use: (id) => ({ typeId: id }),
  },
  {
    path: '/api/statuses', adminWrites: true,
    create: { name: 'Klar', isDone: true }, expected: { name: 'Klar', isDone: true, inactive: false },
    update: { name: 'Avslutad' }, bad: [{ name: 'X', isDone: 1 }, 'isDone'], use: (id) => ({ statusId: id }),
  },
  {
    path: '/api/priorities', adminWrites: true,
    create: { name: 'Hög', rank: 1 }, expected: { name: 'Hög', rank: 1, inactive: false },
    update: { rank: 2 }, bad: [{ name: 'X', rank: 'high' }, 'rank'], use: (id) => ({ priorityId: id }),
  },
];

for (const spec of SPECS) {
  describeEachServer(`register ${spec.path}`, (t) => {
    it('refuses anonymous calls with 401', async () => {
      expect((await t.api('GET', spec.path, undefined, { token: null })).status).toBe(401);
      expect((await t.api('POST', spec.path, spec.create, { token: null })).status).toBe(401);
      expect((await t.api('DELETE', `${spec.path}/1`, undefined, { token: null })).status).toBe(401);
    });

    it('creates, reads, lists, updates and deletes', async () => {
      const c = await t.api('POST', spec.path, spec.create);
      expect(c.status).toBe(201);
      expect(c.body).toMatchObject(spec.expected);
      expect((await t.api('GET', `${spec.path}/${c.body.id}`)).body).toEqual(c.body);
      expect((await t.api('GET', spec.path)).body.items.map((i: any) => i.id)).toContain(c.body.id);
      const u = await t.api('PATCH', `${spec.path}/${c.body.id}`, spec.update);
      expect(u.status).toBe(200);
      expect(u.body).toMatchObject(spec.update);
      const d = await t.api('DELETE', `${spec.path}/${c.body.id}`);
      expect(d.status).toBe(200);
      expect((await t.api('GET', `${spec.path}/${c.body.id}`)).status).toBe(404);
    });

    it('refuses bad input with 400 naming the field, and unknown ids with 404', async () => {
      const [body, field] = spec.bad;
      const r = await t.api('POST', spec.path, body);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe(field);
      const empty = await t.api('POST', spec.path, { ...spec.create, name: ' ' });
      expect(empty.body.error.field).toBe('name');
      expect((await t.api('GET', `${spec.path}/999999`)).status).toBe(404);
      expect((await t.api('PATCH', `${spec.path}/999999`, { name: 'X' })).status).toBe(404);
      expect((await t.api('DELETE', `${spec.path}/999999`)).status).toBe(404);
    });

    it('refuses (409) to delete an item in use; it can be made inactive and hidden', async () => {
      const c = await t.api('POST', spec.path, spec.create);
      await insertActivity(t, spec.use(c.body.id));
      const r = await t.api('DELETE', `${spec.path}/${c.body.id}`);
      expect(r.status).toBe(409);
      expect(r.body.error.message).toMatch(/inactive/);
      expect((await t.api('PATCH', `${spec.path}/${c.body.id}`, { inactive: true })).body.inactive).toBe(true);
      expect((await t.api('GET', spec.path)).body.items.map((i: any) => i.id)).not.toContain(c.body.id);
      expect((await t.api('GET', `${spec.path}?includeInactive=true`)).body.items.map((i: any) => i.id)).toContain(c.body.id);
    });

    it(spec.adminWrites ? 'lets only administrators write (403)' : 'lets every user write', async () => {
      const user = await userToken(t);
      expect((await t.api('GET', spec.path, undefined, { token: user.token })).status).toBe(200);
      const c = await t.api('POST', spec.path, spec.create, { token: user.token });
      expect(c.status).toBe(spec.adminWrites ? 403 : 201);
      const own = (await t.api('POST', spec.path, spec.create)).body.id;
      expect((await t.api('PATCH', `${spec.path}/${own}`, spec.update, { token: user.token })).status).toBe(spec.adminWrites ? 403 : 200);
      expect((await t.api('DELETE', `${spec.path}/${own}`, undefined, { token: user.token })).status).toBe(spec.adminWrites ? 403 : 200);
    });
  });
}

describeEachServer('register order', (t) => {
  it('lists names in Swedish order and priorities by rank, with paging', async () => {
    for (const name of ['Örjans bil', 'Zlatans rum', 'Åsas projektor', 'Ärlas kamera', 'Adams bord']) {
      await t.api('POST', '/api/resources', { name });
    }
    const names = (await t.api('GET', '/api/resources')).body.items.map((r: any) => r.name);
    expect(names).toEqual(['Adams bord', 'Zlatans rum', 'Åsas projektor', 'Ärlas kamera', 'Örjans bil']);
    const p1 = await t.api('GET', '/api/resources?limit=2');
    const p2 = await t.api('GET', `/api/resources?limit=2&cursor=${p1.body.nextCursor}`);
    const p3 = await t.api('GET', `/api/resources?limit=2&cursor=${p2.body.nextCursor}`);
    expect([...p1.body.items, ...p2.body.items, ...p3.body.items].map((r: any) => r.name)).toEqual(names);
    expect(p3.body.nextCursor).toBeNull();
    for (const [name, rank] of [['Låg', 3], ['Hög', 1], ['Normal', 2]] as const) await t.api('POST', '/api/priorities', { name, rank });
    expect((await t.api('GET', '/api/priorities')).body.items.map((p: any) => p.name)).toEqual(['Hög', 'Normal', 'Låg']);
  });
});
