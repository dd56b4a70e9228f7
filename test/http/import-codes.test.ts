/**
 * The import API × the code registers, through real requests on both databases: the web app's
 * upload (session cookie, its own Origin, a raw application/octet-stream body) passes the
 * cross-site defence while a form's body type and another site's Origin do not; a dry run lists
 * the new codes, `unknownCodes: 'reject'` makes them row errors (in Swedish), the import adds
 * them to the registers and undo takes them out again.
 */
import { beforeAll, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, describeEachServer, type TestServer } from '../support/http.js';
import { addCodes } from '../support/contact-codes.js';

const CSV = ['Kundnr;Företag;Kategori;Distrikt', '7001;Sjö AB;Storkund;Söder', '7002;Skog AB;guld;söder'].join('\r\n');

async function finished(t: TestServer, jobId: string) {
  for (;;) {
    const r = await t.api('GET', `/api/imports/jobs/${jobId}`, undefined, { headers: { 'accept-language': 'sv' } });
    if (r.body.status !== 'running') return r.body;
    await new Promise((res) => setTimeout(res, 20));
  }
}

describeEachServer('imports API × code registers', (t) => {
  let cookie: string;
  const uploadAs = (headers: Record<string, string>, body: string = CSV) =>
    fetch(`${t.baseUrl}/api/imports/files?name=kunder.csv`, { method: 'POST', headers: { cookie, ...headers }, body });

  beforeAll(async () => {
    const r = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: t.baseUrl }, body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    cookie = r.headers.get('set-cookie')!.split(';')[0]!;
    await addCodes(t, { category: [['A', 'Storkund']] });
  });

  it('takes the web app\'s upload (cookie, own Origin, octet-stream); refuses a form\'s body type and another site', async () => {
    const own = await uploadAs({ origin: t.baseUrl, 'content-type': 'application/octet-stream', 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(201);
    const plain = await uploadAs({ origin: t.baseUrl, 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as any).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type' });
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await uploadAs({ origin: t.baseUrl, 'content-type': type })).status).toBe(415);
    }
    expect((await uploadAs({ origin: 'https://evil.example', 'content-type': 'application/octet-stream' })).status).toBe(403);
    // elsewhere a raw body stays refused: only the upload route takes one
    const other = await fetch(`${t.baseUrl}/api/contacts`, {
      method: 'POST', headers: { cookie, origin: t.baseUrl, 'content-type': 'application/octet-stream' }, body: '{"name":"X"}',
    });
    expect(other.status).toBe(415);
  });

  it('a dry run lists the new codes; reject makes them row errors in Swedish; the import adds them; undo removes them', async () => {
    const up = await uploadAs({ origin: t.baseUrl, 'content-type': 'application/octet-stream' });
    const fileId = ((await up.json()) as any).fileId;
    const start = (body: object) => t.api('POST', '/api/imports', { fileId, ...body }, { headers: { 'accept-language': 'sv' } });

    const dry = await finished(t, (await start({ dryRun: true })).body.id);
    expect(dry.result.newCodes).toEqual({ category: ['guld'], lineOfBusiness: [], status: [], district: ['Söder'] });

    const rejected = await finished(t, (await start({ dryRun: true, unknownCodes: 'reject' })).body.id);
    expect(rejected.result.counts).toMatchObject({ created: 0, errors: 2 });
    expect(rejected.result.outcomes[0].problems).toEqual([
      { column: 'Distrikt', reason: '"Söder" finns inte som kod eller benämning i registret för distrikt' },
    ]);
    expect((await start({ unknownCodes: 'maybe' })).body.error).toMatchObject({ code: 'VALIDATION', field: 'unknownCodes' });

    const done = await finished(t, (await start({})).body.id);
    expect(done.result.counts).toMatchObject({ created: 2, errors: 0 });
    expect((await t.api('GET', '/api/districts')).body.items.map((c: any) => [c.code, c.label])).toEqual([['Söder', 'Söder']]);
    const sjo = (await t.api('GET', '/api/contacts?q=Sjö')).body.items[0];
    expect(sjo).toMatchObject({ category: 'A', district: 'Söder' });

    const undo = await t.api('POST', `/api/imports/${done.result.importId}/undo`);
    expect(undo.body).toMatchObject({ deleted: 2, codesDeleted: 2 });
    expect((await t.api('GET', '/api/districts')).body.items).toEqual([]);
    expect((await t.api('GET', '/api/categories')).body.items.map((c: any) => c.code)).toEqual(['A']);
  });
});
