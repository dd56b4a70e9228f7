import { expect, it } from 'vitest';
import { ADMIN_PASSWORD, describeEachServer } from '../support/http.js';
import { userToken } from '../support/registers.js';

describeEachServer('employees API', (t) => {
  it('refuses anonymous calls with 401', async () => {
    for (const [m, p] of [['GET', '/api/employees'], ['GET', '/api/employees/1'], ['POST', '/api/employees'], ['POST', '/api/auth/password']] as const) {
      const r = await t.api(m, p, m === 'POST' ? {} : undefined, { token: null });
      expect(r.status, `${m} ${p}`).toBe(401);
    }
  });

  it('creates, reads, updates and makes inactive (DELETE answers the employee)', async () => {
    const c = await t.api('POST', '/api/employees', { name: '  Karin Berg ', initials: 'KB', email: 'karin@example.test', phone: '', isAccountManager: true });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ name: 'Karin Berg', initials: 'KB', phone: null, isAccountManager: true, active: true, role: 'user', canLogIn: false });
    const g = await t.api('GET', `/api/employees/${c.body.id}`);
    expect(g.body).toEqual(c.body);
    const u = await t.api('PATCH', `/api/employees/${c.body.id}`, { phone: '08-123 45', isAccountManager: false });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ phone: '08-123 45', isAccountManager: false, name: 'Karin Berg' });
    const d = await t.api('DELETE', `/api/employees/${c.body.id}`);
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ id: c.body.id, active: false });
    expect((await t.api('GET', `/api/employees/${c.body.id}`)).body.active).toBe(false);
  });

  it('answers 404 for an unknown employee and 400 for bad input', async () => {
    expect((await t.api('GET', '/api/employees/999999')).status).toBe(404);
    expect((await t.api('PATCH', '/api/employees/999999', { name: 'X' })).status).toBe(404);
    const unknown = await t.api('POST', '/api/employees', { name: 'X', salary: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'VALIDATION', field: 'salary' });
    const wrong = await t.api('POST', '/api/employees', { name: 'X', isAccountManager: 'yes' });
    expect(wrong.body.error.field).toBe('isAccountManager');
    const empty = await t.api('POST', '/api/employees', { name: '   ' });
    expect(empty.body.error.field).toBe('name');
    const role = await t.api('POST', '/api/employees', { name: 'X', role: 'boss' });
    expect(role.body.error.field).toBe('role');
  });

  it('keeps e-mail unique regardless of case (409)', async () => {
    expect((await t.api('POST', '/api/employees', { name: 'Åke', email: 'ake@example.test' })).status).toBe(201);
    const dup = await t.api('POST', '/api/employees', { name: 'Åke 2', email: 'AKE@Example.TEST' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('email');
  });

  it('lets only administrators write (403 for users)', async () => {
    const user = await userToken(t);
    expect((await t.api('GET', '/api/employees', undefined, { token: user.token })).status).toBe(200);
    expect((await t.api('POST', '/api/employees', { name: 'X' }, { token: user.token })).status).toBe(403);
    expect((await t.api('PATCH', `/api/employees/${user.id}`, { role: 'admin' }, { token: user.token })).status).toBe(403);
    expect((await t.api('DELETE', `/api/employees/${user.id}`, undefined, { token: user.token })).status).toBe(403);
  });

  it('sets a password and role as admin; the user logs in and changes the password', async () => {
    const c = await t.api('POST', '/api/employees', { name: 'Lösen Ordsson', email: 'losen@example.test', password: 'first-pass-1', role: 'admin' });
    expect(c.body).toMatchObject({ canLogIn: true, role: 'admin' });
    expect(JSON.stringify(c.body)).not.toContain('first-pass');
    const short = await t.api('PATCH', `/api/employees/${c.body.id}`, { password: 'short' });
    expect(short.body.error.field).toBe('password');
    const login = await t.api('POST', '/api/auth/login', { email: 'LOSEN@example.test', password: 'first-pass-1' }, { token: null });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const wrong = await t.api('POST', '/api/auth/password', { currentPassword: 'nope', newPassword: 'second-pass-2' }, { token: null, headers: { cookie } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('currentPassword');
    const ok = await t.api('POST', '/api/auth/password', { currentPassword: 'first-pass-1', newPassword: 'second-pass-2' }, { token: null, headers: { cookie } });
    expect(ok.status).toBe(200);
    expect((await t.api('POST', '/api/auth/login', { email: 'losen@example.test', password: 'first-pass-1' }, { token: null })).status).toBe(401);
    expect((await t.api('POST', '/api/auth/login', { email: 'losen@example.test', password: 'second-pass-2' }, { token: null })).status).toBe(200);
    // the bootstrap admin's password still works: only the logged-in user's own password changed
    expect((await t.api('POST', '/api/auth/login', { email: 'admin@example.test', password: ADMIN_PASSWORD }, { token: null })).status).toBe(200);
  });

  it('sorts in Swedish order, filters and pages', async () => {
    for (const name of ['Örjan Ek', 'Ärla Ek', 'Zlatan Ek', 'Åsa Ek', 'Adam Ek']) {
      expect((await t.api('POST', '/api/employees', { name, isAccountManager: name !== 'Adam Ek' })).status).toBe(201);
    }
    const all = await t.api('GET', '/api/employees?isAccountManager=true&active=true');
    const names = all.body.items.map((e: any) => e.name).filter((n: string) => n.endsWith(' Ek'));
    expect(names).toEqual(['Zlatan Ek', 'Åsa Ek', 'Ärla Ek', 'Örjan Ek']);
    const q = await t.api('GET', `/api/employees?q=${encodeURIComponent('ÅSA')}`);
    expect(q.body.items.map((e: any) => e.name)).toEqual(['Åsa Ek']);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.api('GET', `/api/employees?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((e: any) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const total = await t.api('GET', '/api/employees?limit=1000');
    expect(seen).toEqual(total.body.items.map((e: any) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('never leaves the company without an active administrator', async () => {
    const list = await t.api('GET', '/api/employees?q=admin@example.test');
    const admins = (await t.api('GET', '/api/employees?limit=1000')).body.items.filter((e: any) => e.role === 'admin' && e.active);
    for (const a of admins.filter((e: any) => e.id !== list.body.items[0].id)) await t.api('PATCH', `/api/employees/${a.id}`, { role: 'user' });
    const r = await t.api('DELETE', `/api/employees/${list.body.items[0].id}`);
    expect(r.status).toBe(409);
  });
});
