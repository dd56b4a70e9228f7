/**
 * Ownership of saved selections and the audit trail of register edits, over real HTTP on both
 * databases: a user sees the shared selections and their own, changes only their own (an
 * administrator any); every ordinary edit writes who, when, and each changed field's old and new
 * value, visible in GET /api/audit, and a refused edit writes nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { systemClock } from '../../src/app/ports/clock.js';

const MATCH_ALL = { match: [] };

describeEachServer('ownership and audit', (t) => {
  let anna = { id: 0, token: '' };
  let bo = { id: 0, token: '' };
  const userWithToken = async (name: string) => {
    const e = await t.api('POST', '/api/employees', { name, email: `${name.toLowerCase()}@example.test`, password: 'long-enough-1' });
    expect(e.status).toBe(201);
    return { id: e.body.id as number, token: await createApiToken(t.store, systemClock, { employeeId: e.body.id }) };
  };
  beforeAll(async () => {
    anna = await userWithToken('Anna');
    bo = await userWithToken('Bo');
  });
  const as = (who: { token: string }) => ({ token: who.token });

  it('gives a saved selection its owner and keeps it private unless shared', async () => {
    const priv = await t.api('POST', '/api/selections', { name: 'Annas egna', selection: MATCH_ALL }, as(anna));
    expect(priv.status).toBe(201);
    expect(priv.body).toMatchObject({ createdBy: anna.id, ownerName: 'Anna', shared: false });
    const shared = await t.api('POST', '/api/selections', { name: 'Annas delade', selection: MATCH_ALL, shared: true }, as(anna));
    expect(shared.body.shared).toBe(true);
    await t.api('POST', '/api/selections', { name: 'Bos egna', selection: MATCH_ALL }, as(bo));

    const names = async (who?: { token: string }) =>
      ((await t.api('GET', '/api/selections', undefined, who ? as(who) : {})).body.items as { name: string }[]).map((s) => s.name).sort();
    expect(await names(bo)).toEqual(['Annas delade', 'Bos egna']);
    expect(await names(anna)).toEqual(['Annas delade', 'Annas egna']);
    expect(await names()).toEqual(['Annas delade', 'Annas egna', 'Bos egna']); // the administrator sees all

    // Someone else's private selection does not exist for Bo; a shared one he may use but not change.
    expect((await t.api('GET', `/api/selections/${priv.body.id}`, undefined, as(bo))).status).toBe(404);
    expect((await t.api('PATCH', `/api/selections/${priv.body.id}`, { name: 'x' }, as(bo))).status).toBe(404);
    expect((await t.api('GET', `/api/selections/${shared.body.id}`, undefined, as(bo))).status).toBe(200);
    for (const [method, body] of [['PATCH', { name: 'Bos nu' }], ['PUT', { name: 'Bos nu', selection: MATCH_ALL }], ['PATCH', { shared: false }], ['DELETE', undefined]] as const) {
      const r = await t.api(method, `/api/selections/${shared.body.id}`, body, as(bo));
      expect(r.status, `${method} ${JSON.stringify(body)}`).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
    }
    expect((await t.api('GET', `/api/selections/${shared.body.id}`)).body.name).toBe('Annas delade');

    // The owner changes and unshares; the administrator may change and delete anyone's.
    expect((await t.api('PATCH', `/api/selections/${shared.body.id}`, { shared: false }, as(anna))).body.shared).toBe(false);
    expect(await names(bo)).toEqual(['Bos egna']);
    expect((await t.api('PATCH', `/api/selections/${priv.body.id}`, { name: 'Annas omdöpta' })).status).toBe(200);
    expect((await t.api('DELETE', `/api/selections/${priv.body.id}`)).status).toBe(204);
    expect(await names(anna)).toEqual(['Annas delade']);
  });

  const history = async (entity: string, id: number | string) =>
    (await t.api('GET', `/api/audit?entity=${entity}&entityId=${id}`)).body.items as {
      action: string; employeeId: number; employeeName: string | null; at: string; details: { changes: Record<string, { old: unknown; new: unknown }>; passwordChanged?: boolean };
    }[];

  it('audits a contact from create through edits to delete, with old and new values of the changed fields only', async () => {
    const c = await t.api('POST', '/api/contacts', { name: 'Revision AB', city: 'Lund' }, as(anna));
    const created = await history('contact', c.body.id);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: 'contact.create', employeeId: anna.id, employeeName: 'Anna' });
    expect(created[0]!.details.changes.name).toEqual({ old: null, new: 'Revision AB' });

    const before = Date.now();
    await t.api('PATCH', `/api/contacts/${c.body.id}`, { city: 'Malmö', phone: '040-123', name: 'Revision AB' }, as(bo));
    const [edit] = await history('contact', c.body.id);
    expect(edit).toMatchObject({ action: 'contact.update', employeeId: bo.id });
    expect(edit!.details.changes).toEqual({ city: { old: 'Lund', new: 'Malmö' }, phone: { old: null, new: '040-123' } });
    expect(Date.parse(edit!.at)).toBeGreaterThanOrEqual(before - 1000);

    // A refused edit (400) and an edit that changes nothing write no entry.
    expect((await t.api('PATCH', `/api/contacts/${c.body.id}`, { accountManagerId: 999999 }, as(bo))).status).toBe(400);
    await t.api('PATCH', `/api/contacts/${c.body.id}`, { city: 'Malmö' }, as(bo));
    expect(await history('contact', c.body.id)).toHaveLength(2);

    await t.api('DELETE', `/api/contacts/${c.body.id}`, undefined, as(anna));
    const [gone] = await history('contact', c.body.id);
    expect(gone).toMatchObject({ action: 'contact.delete', employeeId: anna.id });
    expect(gone!.details.changes.city).toEqual({ old: 'Malmö', new: null });
  });

  it('audits contact persons, activities, employees (a password as a fact, never a value), settings and registers', async () => {
    const c = (await t.api('POST', '/api/contacts', { name: 'Kund AB' })).body;
    const p = (await t.api('POST', `/api/contacts/${c.id}/persons`, { firstName: 'Eva', lastName: 'Ek' }, as(anna))).body;
    await t.api('PATCH', `/api/contact-persons/${p.id}`, { title: 'VD' }, as(anna));
    expect((await history('contact_person', p.id))[0]!.details.changes).toEqual({ title: { old: null, new: 'VD' } });

    const a = (await t.api('POST', '/api/activities', { subject: 'Ring', contactIds: [c.id] }, as(bo))).body;
    await t.api('PATCH', `/api/activities/${a.id}`, { subject: 'Ring upp', employeeIds: [anna.id] }, as(bo));
    const [edit, create] = await history('activity', a.id);
    expect(create!.action).toBe('activity.create');
    expect(edit!.details.changes).toMatchObject({ subject: { old: 'Ring', new: 'Ring upp' }, employeeIds: { old: [], new: [anna.id] } });
    await t.api('DELETE', `/api/activities/${a.id}`, undefined, as(bo));
    expect((await history('activity', a.id))[0]!.action).toBe('activity.delete');

    await t.api('PATCH', `/api/employees/${bo.id}`, { phone: '070-1', password: 'another-secret-9' });
    const [emp] = await history('employee', bo.id);
    expect(emp!.details).toMatchObject({ changes: { phone: { old: null, new: '070-1' } }, passwordChanged: true });
    expect(JSON.stringify(emp)).not.toMatch(/another-secret|scrypt|passwordHash/);

    await t.api('PATCH', '/api/settings', { companyName: 'Revisorerna AB' });
    const [setting] = (await t.api('GET', '/api/audit?entity=settings')).body.items;
    expect(setting.details.changes.companyName.new).toBe('Revisorerna AB');

    const st = (await t.api('POST', '/api/statuses', { name: 'Väntar' })).body;
    await t.api('PATCH', `/api/statuses/${st.id}`, { name: 'Väntar på svar' });
    expect((await history('status', st.id))[0]!.details.changes.name).toEqual({ old: 'Väntar', new: 'Väntar på svar' });
  });

  it('shows the audit log to administrators only', async () => {
    expect((await t.api('GET', '/api/audit', undefined, as(anna))).status).toBe(403);
    expect((await t.api('GET', '/api/audit')).status).toBe(200);
  });
});
