/**
 * Bad input that once answered 500 (issue: a probe's list), on both databases: foreign cursors,
 * ids beyond a 32-bit integer, control characters and lone surrogates, the last code point in a
 * search. Each must be a 400/404 with error.code (and error.field where a field is at fault),
 * with nothing written.
 */
import { beforeAll, expect, it } from 'vitest';
import { ADMIN_EMAIL, describeEachServer, type ApiResponse } from '../support/http.js';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** The probe's cursors, plus a few more shapes a client could invent. */
const FOREIGN_CURSORS = [
  'W3siYSI6MX1d', 'W3RydWVd', 'W1tdXQ', 'WzFlKzMwOCwxZSszMDhd',
  b64(Array.from({ length: 50 }, (_, i) => i)), b64(["x' OR 1=1 --"]), b64(['a\u0000b', 1]), b64([2147483648]),
  b64([-1e20, 1]), b64([]), b64({ a: 1 }), 'not base64!', `${b64([1])}==`, '%%%', b64('x'.repeat(3000)),
];

function expect400(r: ApiResponse, field: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.error.code).toBe('VALIDATION');
  expect(r.body.error.field).toBe(field);
}

describeEachServer('bad input', (t) => {
  let contactId = 0;
  let draftId = 0;
  beforeAll(async () => {
    contactId = (await t.api('POST', '/api/contacts', { name: 'Acme AB' })).body.id;
    draftId = (await t.api('POST', '/api/group-activities', { mode: 'shared' })).body.id;
    // Something on every list so a forged cursor would otherwise be compared with real rows.
    await t.api('POST', '/api/selections', { name: 'Alla', selection: { match: [] } });
    await t.api('PATCH', `/api/group-activities/${draftId}`, { selection: { match: [] } });
  });

  const lists = () => [
    '/api/audit', '/api/group-activities', `/api/group-activities/${draftId}/distribution`,
    `/api/group-activities/${draftId}/contacts`, '/api/selections', '/api/contacts', '/api/contacts?sort=number',
    '/api/employees', '/api/activities', '/api/activities?sort=number', '/api/statuses', '/api/priorities',
    '/api/resources', '/api/activity-types', `/api/contacts/${contactId}/persons`,
  ];

  it('refuses a cursor the server did not make on every list with 400 naming cursor', async () => {
    for (const list of lists()) {
      for (const cursor of FOREIGN_CURSORS) {
        const r = await t.api('GET', `${list}${list.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
        expect(r.status, `${list} ${cursor}: ${JSON.stringify(r.body)}`).toBe(400);
        expect(r.body.error.field, `${list} ${cursor}`).toBe('cursor');
      }
    }
  });

  it('still pages with the cursors it made', async () => {
    for (let i = 0; i < 3; i++) await t.api('POST', '/api/contacts', { name: `Paged ${i}` });
    const first = await t.api('GET', '/api/contacts?limit=2');
    expect(first.body.nextCursor).toBeTruthy();
    const second = await t.api('GET', `/api/contacts?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.items.length).toBeGreaterThan(0);
  });

  it('answers ids of 2^31 and above in paths with 400 naming id, not an overflow', async () => {
    for (const area of ['contacts', 'activities', 'employees', 'contact-persons', 'statuses', 'selections', 'group-activities', 'resources', 'priorities', 'activity-types']) {
      for (const id of ['2147483648', '9999999999999', '2147483647']) {
        const r = await t.api('GET', `/api/${area}/${id}`);
        if (id === '2147483647') {
          expect(r.status, `${area}/${id}`).toBe(404);
          expect(r.body.error.code).toBe('NOT_FOUND');
        } else expect400(r, 'id');
      }
    }
    expect400(await t.api('PATCH', '/api/contacts/2147483648', { name: 'x' }), 'id');
    expect400(await t.api('DELETE', '/api/group-activities/2147483648'), 'id');
    expect400(await t.api('GET', '/api/activities?contactId=2147483648'), 'contactId');
  });

  it('answers ids of 2^31 and above in bodies with 400 naming the field, nothing written', async () => {
    const before = (await t.api('GET', '/api/contacts?limit=1000')).body.items.length;
    expect400(await t.api('POST', '/api/contacts', { name: 'Big', accountManagerId: 2147483648 }), 'accountManagerId');
    expect400(await t.api('POST', '/api/contacts', { name: 'Big', employeeCount: 2147483648 }), 'employeeCount');
    expect400(await t.api('POST', '/api/activities', { subject: 'x', contactIds: [contactId, 2147483648] }), 'contactIds[1]');
    expect400(await t.api('POST', '/api/activities', { subject: 'x', typeId: 2147483648 }), 'typeId');
    expect400(await t.api('PATCH', `/api/group-activities/${draftId}`, { distribution: { method: 'even', employeeIds: [2147483648] } }), 'distribution.employeeIds[0]');
    expect400(await t.api('PATCH', `/api/group-activities/${draftId}`, { selection: { match: [{ field: 'accountManagerId', condition: 'eq', value: 2147483648 }] } }), 'selection.match[0].value');
    expect400(await t.api('POST', '/api/selections/preview', { selection: { match: [{ field: 'number', condition: 'eq', value: 2147483648 }] } }), 'selection.match[0].value');
    expect400(await t.api('PATCH', '/api/settings', { doneStatusId: 2147483648 }), 'doneStatusId');
    expect((await t.api('GET', '/api/contacts?limit=1000')).body.items.length).toBe(before);
  });

  it('refuses NUL and other control characters in any text with 400 naming the field, keeps tab, CR and LF', async () => {
    const before = (await t.api('GET', '/api/contacts?limit=1000')).body.items.length;
    expect400(await t.api('POST', '/api/contacts', { name: 'a\u0000b' }), 'name');
    expect400(await t.api('POST', '/api/contacts', { name: 'ok', notes: 'bell\u0007' }), 'notes');
    expect400(await t.api('POST', '/api/contacts', { name: 'ok', city: 'x\u007f' }), 'city');
    expect400(await t.api('PATCH', `/api/contacts/${contactId}`, { phone: '\u001b[31m' }), 'phone');
    expect400(await t.api('POST', '/api/activities', { subject: 'x\u0000' }), 'subject');
    expect400(await t.api('POST', '/api/selections/preview', { selection: { match: [{ field: 'city', condition: 'eq', value: 'a\u0000' }] } }), 'selection.match[0].value');
    expect400(await t.api('GET', '/api/contacts?q=a%00b'), 'q');
    expect((await t.api('GET', '/api/contacts?limit=1000')).body.items.length).toBe(before);
    const kept = await t.api('POST', '/api/contacts', { name: 'Tabs\tand lines', notes: 'one\r\ntwo\nthree' });
    expect(kept.status).toBe(201);
    expect(kept.body.notes).toBe('one\r\ntwo\nthree');
  });

  it('refuses a NUL in the login before any database look-up', async () => {
    const r = await t.api('POST', '/api/auth/login', { email: `${ADMIN_EMAIL}\u0000`, password: 'x' }, { token: null });
    expect400(r, 'email');
    expect400(await t.api('POST', '/api/auth/login', { email: ADMIN_EMAIL, password: 'pass\u0000word' }, { token: null }), 'password');
  });

  it('refuses lone surrogates with 400 instead of storing U+FFFD', async () => {
    expect400(await t.api('POST', '/api/contacts', { name: 'half \ud83d' }), 'name');
    expect400(await t.api('POST', '/api/contacts', { name: 'ok', notes: '\ude00 tail' }), 'notes');
    // A whole pair (an emoji) is a character and is kept exactly.
    const emoji = await t.api('POST', '/api/contacts', { name: 'Glad 😀 AB' });
    expect(emoji.status).toBe(201);
    expect((await t.api('GET', `/api/contacts/${emoji.body.id}`)).body.name).toBe('Glad 😀 AB');
  });

  it('searches for the last code point U+10FFFF and finds nothing instead of failing', async () => {
    for (const list of ['/api/contacts', '/api/employees']) {
      for (const q of ['\u{10FFFF}', 'a\u{10FFFF}', '\u{10FFFF}\u{10FFFF}']) {
        const r = await t.api('GET', `${list}?q=${encodeURIComponent(q)}`);
        expect(r.status, `${list} ${q}`).toBe(200);
        expect(r.body.items).toEqual([]);
      }
    }
    // A prefix still finds what starts with it.
    expect((await t.api('GET', '/api/contacts?q=acm')).body.items.map((c: { name: string }) => c.name)).toContain('Acme AB');
  });

  it("answers Fastify's own refusals in the API's error shape, naming the part at fault", async () => {
    const raw = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(t.baseUrl + path, { ...init, headers: { authorization: `Bearer ${t.adminToken}`, ...(init.headers ?? {}) } });
      return { status: res.status, body: await res.json() as { error: { code: string; field?: string } } };
    };
    expect(await raw('/api/contacts/%')).toMatchObject({ status: 400, body: { error: { code: 'BAD_URL', field: 'url' } } });
    expect(await raw(`/api/contacts/${'9'.repeat(200)}`)).toMatchObject({ status: 414, body: { error: { code: 'URI_TOO_LONG', field: 'url' } } });
    const post = (body: string, type: string) => raw('/api/contacts', { method: 'POST', body, headers: { 'content-type': type } });
    expect(await post('{bad', 'application/json')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_JSON', field: 'body' } } });
    expect(await post('<a/>', 'application/xml')).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type' } } });
    expect(await post(JSON.stringify({ name: 'x'.repeat(21 * 1024 * 1024) }), 'application/json'))
      .toMatchObject({ status: 413, body: { error: { code: 'BODY_TOO_LARGE', field: 'body' } } });
  });
});
