/**
 * The same new code created at the same moment, on both databases: by parallel API requests
 * (one 201, the others 409 on `code`, never a 500), by a rename racing a create (409), and by
 * parallel imports that each add it to the register while the API adds it too (every import
 * finishes, the register holds the code once and the contacts carry it).
 */
import { expect, it } from 'vitest';
import { describeEachServer, type TestServer } from '../support/http.js';

const PARALLEL = 8;

async function finished(t: TestServer, jobId: string) {
  for (;;) {
    const r = await t.api('GET', `/api/imports/jobs/${jobId}`);
    if (r.body.status !== 'running') return r.body;
    await new Promise((res) => setTimeout(res, 20));
  }
}

async function upload(t: TestServer, csv: string): Promise<string> {
  const r = await fetch(`${t.baseUrl}/api/imports/files?name=kunder.csv`, {
    method: 'POST', headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/octet-stream' }, body: csv,
  });
  expect(r.status).toBe(201);
  return ((await r.json()) as { fileId: string }).fileId;
}

describeEachServer('contact codes created at the same moment', (t) => {
  it('parallel creates of one code (in any case) answer one 201 and 409 on code for the rest', async () => {
    for (let round = 0; round < 3; round++) {
      const code = `Kapplöpning ${round}`;
      const answers = await Promise.all(Array.from({ length: PARALLEL }, (_, i) =>
        t.api('POST', '/api/districts', { code: i % 2 ? code.toUpperCase() : code })));
      expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(PARALLEL - 1).fill(409)]);
      for (const a of answers.filter((x) => x.status === 409)) expect(a.body.error).toMatchObject({ code: 'CONFLICT', field: 'code' });
      const listed = (await t.api('GET', '/api/districts?limit=1000')).body.items.filter((c: any) => c.code.toLowerCase() === code.toLowerCase());
      expect(listed).toHaveLength(1);
    }
  });

  it('renames racing a create of the same code answer 409, not 500', async () => {
    const olds = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => t.api('POST', '/api/lines-of-business', { code: `Gammal ${i}` })));
    const answers = await Promise.all([
      t.api('POST', '/api/lines-of-business', { code: 'Ny bransch' }),
      ...olds.map((o) => t.api('PATCH', `/api/lines-of-business/${o.body.id}`, { code: 'Ny bransch' })),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(PARALLEL);
    const listed = (await t.api('GET', '/api/lines-of-business?limit=1000')).body.items.filter((c: any) => c.code === 'Ny bransch');
    expect(listed).toHaveLength(1);
  });

  it('parallel imports adding the same new code, with the API adding it too, all finish and share one code', async () => {
    const files = await Promise.all(Array.from({ length: 4 }, (_, i) =>
      upload(t, ['Företag;Kategori', `Samtidig ${i} AB;Tävling`, `Samtidig ${i} HB;tävling`].join('\r\n'))));
    const [jobs, api] = await Promise.all([
      Promise.all(files.map((fileId) => t.api('POST', '/api/imports', { fileId }))),
      Promise.all(Array.from({ length: 2 }, () => t.api('POST', '/api/categories', { code: 'Tävling' }))),
    ]);
    expect(api.map((a) => a.status).every((s) => s === 201 || s === 409)).toBe(true);
    for (const job of jobs) {
      expect(job.status).toBe(202);
      const done = await finished(t, job.body.id);
      expect(done.status, JSON.stringify(done.error)).toBe('done');
      expect(done.result.counts).toMatchObject({ created: 2, errors: 0 });
    }
    const codes = (await t.api('GET', '/api/categories?limit=1000')).body.items.filter((c: any) => c.code.toLowerCase() === 'tävling');
    expect(codes).toHaveLength(1);
    const contacts = (await t.api('GET', '/api/contacts?q=Samtidig&limit=100')).body.items;
    expect(contacts).toHaveLength(8);
    for (const c of contacts) expect(c.category.toLowerCase()).toBe('tävling');
  });
});
