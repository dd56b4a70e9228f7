/** The report routes over real HTTP on both databases: formats, headers, language and errors. */
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { seedReportData, pdfText, parseCsv, type Seeded } from './support.js';

describeEachServer('report routes', (t) => {
  let seed: Seeded;
  beforeAll(async () => { seed = await seedReportData(t.database.db); });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(t.baseUrl + path, { headers: { authorization: `Bearer ${t.adminToken}`, ...headers } });
    return { res, buf: Buffer.from(await res.arrayBuffer()) };
  };

  it('serves the check report as PDF with a UTF-8 file name', async () => {
    const { res, buf } = await get(`/api/group-activities/${seed.groupId}/report?kind=contacts&format=pdf&lang=sv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="kontrollrapport-grupp-${seed.groupId}.pdf"; filename*=UTF-8''kontrollrapport-grupp-${seed.groupId}.pdf`);
    expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await pdfText(buf);
    for (const c of seed.included) expect(pdf.text).toContain(String(c.number));
    expect(pdf.text).toContain('Sida 1 av');
  });

  it('takes the language from Accept-Language when lang is absent', async () => {
    const { res, buf } = await get(`/api/group-activities/${seed.groupId}/report?format=csv`, { 'accept-language': 'en-GB,en;q=0.8' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="check-report-group-\d+\.csv"/);
    const rows = parseCsv(buf, ',');
    expect(rows[0]![0]).toBe('No.');
    expect(rows.length).toBeGreaterThan(seed.included.length);
  });

  it('serves the activity report of a finished group and the activity list report as HTML', async () => {
    const a = await get(`/api/group-activities/${seed.finishedGroupId}/report?kind=activities&format=html&lang=en`);
    expect(a.res.status).toBe(200);
    expect(a.res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = a.buf.toString('utf8');
    expect(html).toContain(`Activity numbers</div>`);
    expect(html).toContain('Telefon &lt;samtal&gt;');
    const list = await get(`/api/activities/report?format=csv&lang=sv&batchId=999999`);
    expect(list.res.status).toBe(200);
    expect(parseCsv(list.buf, ';')).toHaveLength(1);
  });

  it('answers JSON errors before any byte of a report', async () => {
    expect((await t.api('GET', `/api/group-activities/${seed.groupId}/report?kind=activities&format=pdf`)).status).toBe(409);
    expect((await t.api('GET', `/api/group-activities/999999/report?format=pdf`)).status).toBe(404);
    const bad = await t.api('GET', `/api/group-activities/${seed.groupId}/report?format=xls`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('format');
    expect((await t.api('GET', `/api/group-activities/${seed.groupId}/report?format=pdf`, undefined, { token: null })).status).toBe(401);
  });
});
