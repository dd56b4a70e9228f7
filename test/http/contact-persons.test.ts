import { expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { insertActivity } from '../support/registers.js';

describeEachServer('contact persons API', (t) => {
  let contactId = 0;

  it('refuses anonymous calls with 401', async () => {
    expect((await t.api('GET', '/api/contacts/1/persons', undefined, { token: null })).status).toBe(401);
    expect((await t.api('POST', '/api/contacts/1/persons', { lastName: 'x' }, { token: null })).status).toBe(401);
    expect((await t.api('GET', '/api/contact-persons/1', undefined, { token: null })).status).toBe(401);
    expect((await t.api('PATCH', '/api/contact-persons/1', { lastName: 'x' }, { token: null })).status).toBe(401);
    expect((await t.api('DELETE', '/api/contact-persons/1', undefined, { token: null })).status).toBe(401);
  });

  it('creates, reads, updates and deletes a person under a contact', async () => {
    contactId = (await t.api('POST', '/api/contacts', { name: 'Personföretaget' })).body.id;
    const body = { firstName: 'Örjan', lastName: 'Öst', title: 'VD', phone: '08-1', mobile: '070-1', email: 'orjan@example.test', isPrimary: true };
    const c = await t.api('POST', `/api/contacts/${contactId}/persons`, body);
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ ...body, contactId, inactive: false });
    expect((await t.api('GET', `/api/contact-persons/${c.body.id}`)).body).toEqual(c.body);
    const u = await t.api('PATCH', `/api/contact-persons/${c.body.id}`, { title: '', mobile: '070-2' });
    expect(u.body).toMatchObject({ title: null, mobile: '070-2', firstName: 'Örjan' });
    const d = await t.api('DELETE', `/api/contact-persons/${c.body.id}`);
    expect(d.status).toBe(200);
    expect((await t.api('GET', `/api/contact-persons/${c.body.id}`)).status).toBe(404);
  });

  it('keeps one primary person per contact', async () => {
    const a = await t.api('POST', `/api/contacts/${contactId}/persons`, { firstName: 'Anna', lastName: 'Ahl', isPrimary: true });
    const b = await t.api('POST', `/api/contacts/${contactId}/persons`, { firstName: 'Bo', lastName: 'Berg', isPrimary: true });
    expect((await t.api('GET', `/api/contact-persons/${a.body.id}`)).body.isPrimary).toBe(false);
    expect(b.body.isPrimary).toBe(true);
    await t.api('PATCH', `/api/contact-persons/${a.body.id}`, { isPrimary: true });
    const list = (await t.api('GET', `/api/contacts/${contactId}/persons`)).body.items;
    expect(list.map((p: any) => [p.firstName, p.isPrimary])).toEqual([['Anna', true], ['Bo', false]]);
  });

  it('lists inactive persons only with includeInactive=true, in Swedish order, with paging', async () => {
    const other = (await t.api('POST', '/api/contacts', { name: 'Listföretaget' })).body.id;
    for (const lastName of ['Örn', 'Zetterberg', 'Åberg', 'Ärlig']) {
      await t.api('POST', `/api/contacts/${other}/persons`, { lastName, inactive: lastName === 'Ärlig' });
    }
    const active = (await t.api('GET', `/api/contacts/${other}/persons`)).body.items.map((p: any) => p.lastName);
    expect(active).toEqual(['Zetterberg', 'Åberg', 'Örn']);
    const all = (await t.api('GET', `/api/contacts/${other}/persons?includeInactive=true`)).body.items.map((p: any) => p.lastName);
    expect(all).toEqual(['Zetterberg', 'Åberg', 'Ärlig', 'Örn']);
    const p1 = await t.api('GET', `/api/contacts/${other}/persons?includeInactive=true&limit=3`);
    expect(p1.body.items).toHaveLength(3);
    const p2 = await t.api('GET', `/api/contacts/${other}/persons?includeInactive=true&limit=3&cursor=${p1.body.nextCursor}`);
    expect(p2.body.items.map((p: any) => p.lastName)).toEqual(['Örn']);
    expect(p2.body.nextCursor).toBeNull();
  });

  it('refuses bad input (400) and unknown ids (404)', async () => {
    const noName = await t.api('POST', `/api/contacts/${contactId}/persons`, { title: 'Chef' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.field).toBe('lastName');
    const unknown = await t.api('POST', `/api/contacts/${contactId}/persons`, { lastName: 'X', contactId: 5 });
    expect(unknown.body.error.field).toBe('contactId');
    const wrong = await t.api('POST', `/api/contacts/${contactId}/persons`, { lastName: 'X', isPrimary: 'ja' });
    expect(wrong.body.error.field).toBe('isPrimary');
    expect((await t.api('GET', '/api/contacts/999999/persons')).status).toBe(404);
    expect((await t.api('POST', '/api/contacts/999999/persons', { lastName: 'X' })).status).toBe(404);
    expect((await t.api('GET', '/api/contact-persons/999999')).status).toBe(404);
    expect((await t.api('PATCH', '/api/contact-persons/999999', { lastName: 'X' })).status).toBe(404);
    expect((await t.api('DELETE', '/api/contact-persons/999999')).status).toBe(404);
  });

  it('refuses (409) to delete a person linked to an activity', async () => {
    const p = await t.api('POST', `/api/contacts/${contactId}/persons`, { lastName: 'Länkad' });
    await insertActivity(t, { contactId, contactPersonId: p.body.id });
    const r = await t.api('DELETE', `/api/contact-persons/${p.body.id}`);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/inactive/);
  });
});
