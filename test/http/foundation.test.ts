import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, describeEachServer } from '../support/http.js';

describeEachServer('foundation API', (t) => {
  it('answers health without login, naming the database', async () => {
    const r = await t.api('GET', '/api/health', undefined, { token: null });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, db: t.kind });
  });

  it('refuses anonymous calls with 401, including the OpenAPI document', async () => {
    for (const path of ['/api/auth/me', '/api/openapi.json', '/api/audit']) {
      const r = await t.api('GET', path, undefined, { token: null });
      expect(r.status, path).toBe(401);
      expect(r.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('logs in with a cookie session and logs out', async () => {
    const bad = await t.api('POST', '/api/auth/login', { email: ADMIN_EMAIL, password: 'wrong' }, { token: null });
    expect(bad.status).toBe(401);
    const r = await t.api('POST', '/api/auth/login', { email: ADMIN_EMAIL.toUpperCase(), password: ADMIN_PASSWORD }, { token: null });
    expect(r.status).toBe(200);
    expect(r.body.employee.role).toBe('admin');
    const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
    const me = await t.api('GET', '/api/auth/me', undefined, { token: null, headers: { cookie } });
    expect(me.body.employee.email).toBe(ADMIN_EMAIL);
    await t.api('POST', '/api/auth/logout', undefined, { token: null, headers: { cookie } });
    const after = await t.api('GET', '/api/auth/me', undefined, { token: null, headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('refuses unknown fields in a body with 400 naming the field', async () => {
    const r = await t.api('POST', '/api/auth/login', { email: 'a', password: 'b', extra: 1 }, { token: null });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'VALIDATION', field: 'extra' });
  });

  it('publishes the OpenAPI document to a logged-in caller', async () => {
    const r = await t.api('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toContain('/api/health');
  });
});

describe('test harness', () => {
  it('runs', () => expect(1).toBe(1));
});
