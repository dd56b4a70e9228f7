/**
 * The import API through real requests on both databases: upload as the raw body, the preview
 * with the mapping the headers get, a dry run and an import as background jobs with progress,
 * the rejected rows as CSV, the remembered mapping, undo, and clear 400s for bad input.
 */
import { expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { describeEachServer, type TestServer } from '../support/http.js';

async function upload(t: TestServer, body: Buffer | string, name: string, query = '') {
  const res = await fetch(`${t.baseUrl}/api/imports/files?name=${encodeURIComponent(name)}${query}`, {
    method: 'POST', headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/octet-stream', 'accept-language': 'sv' }, body,
  });
  return { status: res.status, body: await res.json() as any };
}

async function finished(t: TestServer, jobId: string) {
  for (;;) {
    const r = await t.api('GET', `/api/imports/jobs/${jobId}`, undefined, { headers: { 'accept-language': 'sv' } });
    if (r.body.status !== 'running') return r.body;
    await new Promise((res) => setTimeout(res, 20));
  }
}

const CSV = [
  'Kundnr;Företag;Postnr;Ort;Fax',
  '9001;Första AB;111 22;Stockholm;08-1',
  '9002;Andra AB;99;Malmö;08-2',
  '9003;Tredje AB;222 33;Lund;08-3',
].join('\r\n');

describeEachServer('imports API', (t) => {
  it('previews a Windows-1252 upload: charset, separator, first rows and the mapping the headers get', async () => {
    const r = await upload(t, iconv.encode(CSV, 'windows-1252'), 'kunder.csv');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: 'kunder.csv', format: 'csv', encoding: 'windows-1252', separator: ';', remembered: false,
      header: ['Kundnr', 'Företag', 'Postnr', 'Ort', 'Fax'],
      mapping: { Kundnr: 'number', 'Företag': 'name', Postnr: 'postalCode', Ort: 'city', Fax: null },
    });
    expect(r.body.rows[0]).toEqual({ line: 2, cells: ['9001', 'Första AB', '111 22', 'Stockholm', '08-1'] });
    const again = await t.api('GET', `/api/imports/files/${r.body.fileId}?encoding=utf-8`);
    expect(again.body.rows[0].cells[1]).toBe('F\ufffdrsta AB');
  });

  it('dry-runs, then imports skipping the bad row; the rejected rows download as CSV; the mapping is remembered; undo', async () => {
    const up = await upload(t, CSV, 'kunder.csv');
    const mapping = { Fax: 'phone' };
    const dry = await t.api('POST', '/api/imports', { fileId: up.body.fileId, mapping, dryRun: true }, { headers: { 'accept-language': 'sv' } });
    expect(dry.status).toBe(202);
    const dryDone = await finished(t, dry.body.id);
    expect(dryDone.result.counts).toMatchObject({ rows: 3, created: 2, errors: 1 });
    expect(dryDone.result.outcomes.find((o: any) => o.action === 'error')).toEqual({
      file: 'contacts', line: 3, action: 'error', number: 9002, name: 'Andra AB',
      problems: [{ column: 'Postnr', reason: 'inget svenskt postnummer (fem siffror, 123 45)' }],
    });
    expect((await t.api('GET', '/api/contacts?q=Första')).body.items).toEqual([]);

    const run = await t.api('POST', '/api/imports', { fileId: up.body.fileId, mapping, skipErrors: true }, { headers: { 'accept-language': 'sv' } });
    const done = await finished(t, run.body.id);
    expect(done).toMatchObject({ status: 'done', progress: { fraction: 1 }, result: { counts: { created: 2, errors: 1 }, rejectedRows: { contacts: 1 } } });
    const first = (await t.api('GET', '/api/contacts?q=Första')).body.items[0];
    expect(first).toMatchObject({ number: 9001, phone: '08-1', postalCode: '111 22' });

    const rej = await fetch(`${t.baseUrl}/api/imports/jobs/${run.body.id}/rejected`, { headers: { authorization: `Bearer ${t.adminToken}`, 'accept-language': 'sv' } });
    expect(rej.headers.get('content-type')).toContain('text/csv');
    expect(rej.headers.get('content-disposition')).toContain('avvisade-rader.csv');
    const text = (await rej.text()).replace(/^\ufeff/, '');
    expect(text.split('\r\n')[1]).toBe('9002;Andra AB;99;Malmö;08-2;Postnr: inget svenskt postnummer (fem siffror, 123 45) (3)');

    const next = await upload(t, CSV, 'kunder igen.csv');
    expect(next.body).toMatchObject({ remembered: true, mapping: { Fax: 'phone' } });

    const list = await t.api('GET', '/api/imports');
    expect(list.body.items[0]).toMatchObject({ id: done.result.importId, fileName: 'kunder.csv', created: 2, errors: 1, status: 'done' });
    const undo = await t.api('POST', `/api/imports/${done.result.importId}/undo`);
    expect(undo.body).toMatchObject({ deleted: 2 });
    expect((await t.api('GET', '/api/contacts?q=Första')).body.items).toEqual([]);
    expect((await t.api('POST', `/api/imports/${done.result.importId}/undo`)).status).toBe(409);
  });

  it('stops at the first bad row, writing nothing, when errors are not skipped', async () => {
    const up = await upload(t, CSV, 'kunder.csv');
    const run = await t.api('POST', '/api/imports', { fileId: up.body.fileId });
    const done = await finished(t, run.body.id);
    expect(done.result).toMatchObject({ stopped: true, importId: null });
    expect((await t.api('GET', '/api/contacts?q=Första')).body.items).toEqual([]);
  });

  it('answers 400 naming the field for a bad mapping, an unknown file, an empty body', async () => {
    const up = await upload(t, CSV, 'kunder.csv');
    const bad = await t.api('POST', '/api/imports', { fileId: up.body.fileId, mapping: { Fax: 'telefax' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION', field: 'mapping.Fax' });
    const twice = await t.api('POST', '/api/imports', { fileId: up.body.fileId, mapping: { Fax: 'city' } });
    expect(twice.body.error.field).toBe('mapping.Fax');
    const gone = await t.api('POST', '/api/imports', { fileId: 'a'.repeat(32) });
    expect(gone.body.error).toMatchObject({ code: 'VALIDATION', field: 'fileId' });
    const empty = await upload(t, '', 'tom.csv');
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('file');
    const anon = await fetch(`${t.baseUrl}/api/imports/files?name=x.csv`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'a;b' });
    expect(anon.status).toBe(401);
  });
});
