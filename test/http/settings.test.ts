import { expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { userToken } from '../support/registers.js';

describeEachServer('company settings API', (t) => {
  it('refuses anonymous calls with 401', async () => {
    expect((await t.api('GET', '/api/settings', undefined, { token: null })).status).toBe(401);
    expect((await t.api('PATCH', '/api/settings', { companyName: 'X' }, { token: null })).status).toBe(401);
  });

  it('reads the defaults and lets an administrator change them', async () => {
    const g = await t.api('GET', '/api/settings');
    expect(g.body).toMatchObject({ standardDurationMinutes: 60, doneStatusId: null, endTimeOnDone: 'taskListOnly' });
    const done = await t.api('POST', '/api/statuses', { name: 'Utförd', isDone: true });
    const p = await t.api('PATCH', '/api/settings', { companyName: 'Kontakta AB', standardDurationMinutes: 30, doneStatusId: done.body.id, endTimeOnDone: 'always' });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ companyName: 'Kontakta AB', standardDurationMinutes: 30, doneStatusId: done.body.id, endTimeOnDone: 'always' });
    expect((await t.api('GET', '/api/settings')).body).toEqual(p.body);
    // the done status is in use by the settings, so it cannot be deleted
    expect((await t.api('DELETE', `/api/statuses/${done.body.id}`)).status).toBe(409);
  });

  it('refuses bad values with 400 naming the field', async () => {
    const open = await t.api('POST', '/api/statuses', { name: 'Öppen', isDone: false });
    const cases: [Record<string, unknown>, string][] = [
      [{ doneStatusId: open.body.id }, 'doneStatusId'],
      [{ doneStatusId: 999999 }, 'doneStatusId'],
      [{ standardDurationMinutes: 0 }, 'standardDurationMinutes'],
      [{ standardDurationMinutes: 'lång' }, 'standardDurationMinutes'],
      [{ endTimeOnDone: 'sometimes' }, 'endTimeOnDone'],
      [{ companyName: '' }, 'companyName'],
      [{ theme: 'dark' }, 'theme'],
    ];
    for (const [body, field] of cases) {
      const r = await t.api('PATCH', '/api/settings', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field, JSON.stringify(body)).toBe(field);
    }
  });

  it('lets users read but not change the settings (403)', async () => {
    const user = await userToken(t);
    expect((await t.api('GET', '/api/settings', undefined, { token: user.token })).status).toBe(200);
    expect((await t.api('PATCH', '/api/settings', { standardDurationMinutes: 45 }, { token: user.token })).status).toBe(403);
  });

  it('is readable through the store port', async () => {
    const s = await t.store.settings.get();
    expect(s.companyName).toBeTruthy();
  });
});

describeEachServer('OpenAPI document with the registers', (t) => {
  it('builds and lists every register path', async () => {
    const r = await t.api('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    const paths = Object.keys(r.body.paths);
    for (const p of ['/api/employees', '/api/employees/{id}', '/api/contacts', '/api/contacts/{id}', '/api/contacts/{id}/persons',
      '/api/contact-persons/{id}', '/api/resources', '/api/activity-types/{id}', '/api/statuses', '/api/priorities', '/api/settings', '/api/auth/password']) {
      expect(paths, p).toContain(p);
    }
  });
});
