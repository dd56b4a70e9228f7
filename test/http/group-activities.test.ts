/**
 * The group-activity wizard over real HTTP on both databases: drafts, step-3 lists and moves,
 * step-4 distribution preview, per-contact finish with numbers, links and responsibles, the
 * step-7 card (changed fields only, hand edits kept), undo and the audit trail.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { listIncludedContactsWithPersons } from '../../src/app/group-activities/list-included-contacts-with-persons.js';
import { cityIs, seedContacts, seedEmployees, seedPrimaryPersons, seedTypes, type ContactSpec } from './group-activities-fixtures.js';

describeEachServer('group activities: per-contact wizard', (t) => {
  let am: number[] = [];
  let inactiveAm = 0;
  let plain = 0;
  let ids = new Map<number, number>();
  let types: Awaited<ReturnType<typeof seedTypes>>;
  let draftId = 0;

  beforeAll(async () => {
    const { db } = t.database;
    [am[0], am[1], am[2], inactiveAm, plain] = await seedEmployees(db, [
      { name: 'Anna' }, { name: 'Bertil' }, { name: 'Cecilia' }, { name: 'Gone', active: false }, { name: 'Plain', isAccountManager: false },
    ]) as [number, number, number, number, number];
    am = am.slice(0, 3);
    const specs: ContactSpec[] = [];
    // 20 active contacts in Göteborg with postal codes in reverse number order, 10 in Malmö, one inactive.
    for (let i = 1; i <= 20; i++) {
      specs.push({ number: 10000 + i, name: `Kund ${String.fromCharCode(64 + i)}`, city: i % 2 ? 'Göteborg' : 'GÖTEBORG', postal_code: `4${String(100 - i).padStart(2, '0')} 00`, account_manager_id: i <= 3 ? am[1]! : null });
    }
    for (let i = 21; i <= 30; i++) specs.push({ number: 10000 + i, name: `Malmökund ${i}`, city: 'Malmö', postal_code: null });
    specs.push({ number: 10031, name: 'Vilande', city: 'Göteborg', inactive: 1 });
    ids = await seedContacts(db, specs);
    await seedPrimaryPersons(db, [ids.get(10001)!, ids.get(10003)!]);
    types = await seedTypes(db);
  });

  it('creates a draft with the documented shape and lists it among open drafts', async () => {
    const r = await t.api('POST', '/api/group-activities', { mode: 'perContact' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ mode: 'perContact', status: 'draft', selection: null, responsibleId: null, distribution: null, template: {}, options: {}, counts: { included: 0, excluded: 0 }, batchId: null, result: null });
    draftId = r.body.id;
    const list = await t.api('GET', '/api/group-activities?status=draft');
    expect(list.body.items.map((d: { id: number }) => d.id)).toContain(draftId);
    const bad = await t.api('POST', '/api/group-activities', { mode: 'everyone' });
    expect(bad.status).toBe(400);
  });

  it('sets the selection and pages the included list in Swedish name order with search', async () => {
    const r = await t.api('PATCH', `/api/group-activities/${draftId}`, { selection: cityIs('göteborg') });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.counts).toEqual({ included: 20, excluded: 0 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.api('GET', `/api/group-activities/${draftId}/contacts?side=included&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.total).toBe(20);
      seen.push(...page.body.items.map((c: { name: string }) => c.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(20);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, 'sv')));
    const one = await t.api('GET', `/api/group-activities/${draftId}/contacts?side=included&q=kund%20c`);
    expect(one.body.items.map((c: { number: number }) => c.number)).toEqual([10003]);
    expect(one.body.items[0]).toMatchObject({ city: 'Göteborg', postalCode: '497 00', accountManagerId: am[1], accountManagerName: 'Bertil' });
    const byNumber = await t.api('GET', `/api/group-activities/${draftId}/contacts?side=included&q=10004`);
    expect(byNumber.body.total).toBe(1);
  });

  it('moves contacts both ways and keeps the moves that still apply when the selection changes', async () => {
    const move = (body: unknown) => t.api('POST', `/api/group-activities/${draftId}/moves`, body);
    let r = await move({ to: 'excluded', contactIds: [ids.get(10001)!, ids.get(10002)!, ids.get(10020)!] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.counts).toEqual({ included: 17, excluded: 3 });
    r = await move({ to: 'included', contactIds: [ids.get(10020)!, ids.get(10021)!] });
    expect(r.body.counts).toEqual({ included: 19, excluded: 2 });
    const excluded = await t.api('GET', `/api/group-activities/${draftId}/contacts?side=excluded`);
    expect(excluded.body.items.map((c: { number: number }) => c.number).sort()).toEqual([10001, 10002]);
    // Narrow the selection, then widen it back: the exclusions and the explicit inclusion still apply.
    r = await t.api('PATCH', `/api/group-activities/${draftId}`, { selection: { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }, { field: 'number', condition: 'lte', value: 10010 }] } });
    expect(r.body.counts).toEqual({ included: 9, excluded: 2 });
    r = await t.api('PATCH', `/api/group-activities/${draftId}`, { selection: cityIs('Göteborg') });
    expect(r.body.counts).toEqual({ included: 19, excluded: 2 });
    // Move all left with a search, then bring them back.
    r = await move({ to: 'excluded', all: true, q: 'kund a' });
    expect(r.body.counts).toEqual({ included: 19, excluded: 2 });
    r = await move({ to: 'included', all: true, q: 'kund a' });
    expect(r.body.counts).toEqual({ included: 20, excluded: 1 });
    r = await move({ to: 'excluded', contactIds: [ids.get(10001)!] });
    expect(r.body.counts).toEqual({ included: 19, excluded: 2 });
    const bad = await move({ to: 'excluded' });
    expect(bad.status).toBe(400);
  });

  it('refuses distributions that cannot hold, naming the field and both numbers', async () => {
    const patch = (distribution: unknown) => t.api('PATCH', `/api/group-activities/${draftId}`, { distribution });
    let r = await patch({ method: 'counts', counts: [{ employeeId: am[0], count: 10 }, { employeeId: am[1], count: 5 }] });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('distribution.counts');
    expect(r.body.error.message).toMatch(/15.*19/);
    r = await patch({ method: 'even', employeeIds: [am[0], inactiveAm] });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ field: 'distribution.employeeIds[1]' });
    r = await patch({ method: 'even', employeeIds: [plain] });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/not an account manager/);
    const draft = await t.api('GET', `/api/group-activities/${draftId}`);
    expect(draft.body.distribution).toBeNull();
  });

  it('previews an even distribution: remainder in list order, contiguous runs in postal-code order', async () => {
    const r = await t.api('PATCH', `/api/group-activities/${draftId}`, { distribution: { method: 'even', employeeIds: [am[0], am[1], am[2]] } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const p = await t.api('GET', `/api/group-activities/${draftId}/distribution?limit=1000`);
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    expect(p.body.total).toBe(19);
    expect(p.body.perEmployee).toEqual([
      { employeeId: am[0], name: 'Anna', count: 7 }, { employeeId: am[1], name: 'Bertil', count: 6 }, { employeeId: am[2], name: 'Cecilia', count: 6 },
    ]);
    const items = p.body.assignments.items as { postalCode: string | null; employeeId: number; number: number }[];
    // Postal codes ascend with decreasing number here; Malmö (no postal code) comes last.
    expect(items[0]!.number).toBe(10020);
    expect(items.at(-1)!.number).toBe(10021);
    expect(items.map((a) => a.employeeId)).toEqual([...Array(7).fill(am[0]), ...Array(6).fill(am[1]), ...Array(6).fill(am[2])]);
    const paged = await t.api('GET', `/api/group-activities/${draftId}/distribution?limit=5`);
    const next = await t.api('GET', `/api/group-activities/${draftId}/distribution?limit=5&cursor=${paged.body.assignments.nextCursor}`);
    expect(next.body.assignments.items.map((a: { number: number }) => a.number)).toEqual(items.slice(5, 10).map((a) => a.number));
  });

  it('gives the check report its data: included contacts with their active contact persons, paged', async () => {
    const first = await listIncludedContactsWithPersons(t.store, draftId, null, 10);
    expect(first.total).toBe(19);
    expect(first.items).toHaveLength(10);
    const rest = await listIncludedContactsWithPersons(t.store, draftId, first.nextCursor, 10);
    expect(rest.nextCursor).toBeNull();
    const all = [...first.items, ...rest.items];
    expect(new Set(all.map((c) => c.id)).size).toBe(19);
    const c3 = all.find((c) => c.number === 10003)!;
    expect(c3.persons.map((p) => [p.firstName, p.isPrimary])).toEqual([['Primary', true], ['Other', false]]);
    expect(all.find((c) => c.number === 10004)!.persons).toEqual([]);
  });

  let result: any;
  it('finishes: one activity per contact, consecutive numbers, template values, responsibles as previewed', async () => {
    const tpl = { subject: 'Ring om julkampanj', startAt: '2026-12-07T09:00:00Z', typeId: types.call, statusId: types.open, employeeIds: [am[2]], notes: 'Kampanj' };
    let r = await t.api('PATCH', `/api/group-activities/${draftId}`, { template: tpl, options: { linkPrimaryPerson: true } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const preview = (await t.api('GET', `/api/group-activities/${draftId}/distribution?limit=1000`)).body;
    r = await t.api('POST', `/api/group-activities/${draftId}/finish`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    result = r.body;
    expect(result).toMatchObject({ activityCount: 19, skipped: 0 });
    expect(result.lastNumber - result.firstNumber).toBe(18);
    const { db } = t.database;
    const acts = await db.selectFrom('activities').selectAll().where('batch_id', '=', result.batchId).orderBy('number').execute();
    expect(acts.map((a) => a.number)).toEqual(Array.from({ length: 19 }, (_, i) => result.firstNumber + i));
    expect(acts.every((a) => a.id === a.number && a.subject === 'Ring om julkampanj' && a.start_at === '2026-12-07T09:00:00.000Z'
      && a.end_at === '2026-12-07T10:00:00.000Z' && a.type_id === types.call && a.notes === 'Kampanj')).toBe(true);
    const links = await db.selectFrom('activity_contacts').innerJoin('activities', 'activities.id', 'activity_contacts.activity_id')
      .select(['activity_contacts.contact_id', 'activities.responsible_id', 'activities.number']).where('activities.batch_id', '=', result.batchId).orderBy('activities.number').execute();
    expect(links.map((l) => l.contact_id)).toEqual(preview.assignments.items.map((a: { contactId: number }) => a.contactId));
    expect(links.map((l) => l.responsible_id)).toEqual(preview.assignments.items.map((a: { employeeId: number }) => a.employeeId));
    const persons = await db.selectFrom('activity_contact_persons').innerJoin('contact_persons', 'contact_persons.id', 'activity_contact_persons.contact_person_id')
      .select(['contact_persons.first_name']).innerJoin('activities', 'activities.id', 'activity_contact_persons.activity_id').where('activities.batch_id', '=', result.batchId).execute();
    expect(persons.map((p) => p.first_name)).toEqual(['Primary']); // 10001 is excluded; 10003 has a primary person
    const emps = await db.selectFrom('activity_employees').innerJoin('activities', 'activities.id', 'activity_employees.activity_id')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('activities.batch_id', '=', result.batchId).where('employee_id', '=', am[2]!).executeTakeFirstOrThrow();
    expect(Number(emps.n)).toBe(19);
    const listed = await t.api('GET', `/api/activities?batchId=${result.batchId}&limit=1000`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(19);
    const draft = await t.api('GET', `/api/group-activities/${draftId}`);
    expect(draft.body).toMatchObject({ status: 'finished', batchId: result.batchId, result });
  });

  it('finishing again creates nothing and answers the first result; the draft no longer changes', async () => {
    const before = await t.database.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await t.api('POST', `/api/group-activities/${draftId}/finish`);
    expect(r.body).toEqual(result);
    const after = await t.database.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const patch = await t.api('PATCH', `/api/group-activities/${draftId}`, { responsibleId: am[0] });
    expect(patch.status).toBe(409);
  });

  it('copies changed card fields to every activity and keeps hand-edited ones', async () => {
    const { db } = t.database;
    const card = (body: unknown) => t.api('PATCH', `/api/group-activities/${draftId}/card`, body);
    let r = await card({ subject: 'Ring om nyårskampanj', notes: 'Kampanj' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ updated: 19, kept: 0 });
    // Edit two activities by hand, then change the subject again.
    await db.updateTable('activities').set({ subject: 'Eget ämne' }).where('number', 'in', [result.firstNumber, result.firstNumber + 1]).execute();
    r = await card({ subject: 'Ring i januari' });
    expect(r.body).toEqual({ updated: 17, kept: 2 });
    const subjects = await db.selectFrom('activities').select(['number', 'subject']).where('batch_id', '=', result.batchId).orderBy('number').execute();
    expect(subjects[0]!.subject).toBe('Eget ämne');
    expect(subjects[5]!.subject).toBe('Ring i januari');
    // Moving the start moves unedited ends by the same delta.
    await db.updateTable('activities').set({ end_at: '2026-12-07T11:30:00.000Z' }).where('number', '=', result.lastNumber).execute();
    r = await card({ startAt: '2026-12-08T13:00:00Z' });
    expect(r.body).toEqual({ updated: 19, kept: 1 });
    const times = await db.selectFrom('activities').select(['number', 'start_at', 'end_at']).where('batch_id', '=', result.batchId).orderBy('number').execute();
    expect(times[0]).toMatchObject({ start_at: '2026-12-08T13:00:00.000Z', end_at: '2026-12-08T14:00:00.000Z' });
    expect(times.at(-1)).toMatchObject({ start_at: '2026-12-08T13:00:00.000Z', end_at: '2026-12-07T11:30:00.000Z' });
    r = await card({ subject: 'Alla', overwriteEdited: true });
    expect(r.body).toEqual({ updated: 19, kept: 0 });
    r = await card({ subject: 'Alla' });
    expect(r.body).toEqual({ updated: 0, kept: 0 });
    r = await card({ endAt: '2026-12-01T00:00:00Z' });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('endAt');
    r = await card({ employeeIds: [am[0]] });
    expect(r.status).toBe(409);
    r = await card({ statusId: 999999 });
    expect(r.status).toBe(400);
    const audit = await t.api('GET', '/api/audit?limit=50');
    const actions = audit.body.items.map((a: { action: string }) => a.action);
    expect(actions).toContain('group.finish');
    expect(actions).toContain('group.card');
  });

  it('undo is refused while activities are done, then deletes only this batch', async () => {
    const { db } = t.database;
    // A second, shared batch that must survive the undo.
    const other = (await t.api('POST', '/api/group-activities', { mode: 'shared' })).body.id;
    await t.api('PATCH', `/api/group-activities/${other}`, { selection: cityIs('Malmö'), template: { subject: 'Mässa' } });
    const otherResult = (await t.api('POST', `/api/group-activities/${other}/finish`)).body;
    expect(otherResult.activityCount).toBe(1);
    await db.updateTable('activities').set({ done: 1 }).where('number', '=', result.firstNumber).execute();
    let r = await t.api('DELETE', `/api/group-activities/${draftId}/activities`);
    expect(r.status).toBe(409);
    r = await t.api('DELETE', `/api/group-activities/${draftId}/activities?force=true`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ deleted: 19 });
    const left = await db.selectFrom('activities').select(['batch_id']).execute();
    expect(left.map((a) => a.batch_id)).toEqual([otherResult.batchId]);
    const otherLinks = await db.selectFrom('activity_contacts').select((eb) => eb.fn.countAll<number>().as('n')).where('activity_id', '=', otherResult.firstNumber).executeTakeFirstOrThrow();
    expect(Number(otherLinks.n)).toBe(10);
    const audit = await t.api('GET', '/api/audit?limit=50');
    expect(audit.body.items.find((a: { action: string }) => a.action === 'group.undo')?.details).toMatchObject({ deleted: 19, forced: true });
  });

  it('cancels a draft', async () => {
    const id = (await t.api('POST', '/api/group-activities', { mode: 'perContact' })).body.id;
    const r = await t.api('DELETE', `/api/group-activities/${id}`);
    expect(r.body.status).toBe('cancelled');
    const drafts = await t.api('GET', '/api/group-activities?status=draft');
    expect(drafts.body.items.map((d: { id: number }) => d.id)).not.toContain(id);
  });
});
