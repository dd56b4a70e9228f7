/**
 * Export of the contact and activity lists through real requests on both databases: .xlsx opened
 * again with exceljs (cell types, bold frozen header, row count), CSV in the Swedish-Excel
 * conventions, the lists' filters, and the round trip — an export of contacts imports back into
 * an empty database to the same data.
 */
import { addCodes } from '../support/contact-codes.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachServer, startTestServer, type TestServer } from '../support/http.js';
import { insertActivity } from '../support/registers.js';

async function download(t: TestServer, path: string) {
  const res = await fetch(t.baseUrl + path, { headers: { authorization: `Bearer ${t.adminToken}`, 'accept-language': 'sv' } });
  return { status: res.status, headers: res.headers, buffer: Buffer.from(await res.arrayBuffer()) };
}

async function uploadAndImport(t: TestServer, body: Buffer, name: string) {
  const up = await fetch(`${t.baseUrl}/api/imports/files?name=${encodeURIComponent(name)}`, {
    method: 'POST', headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/octet-stream' }, body,
  });
  const preview = await up.json() as any;
  const start = await t.api('POST', '/api/imports', { fileId: preview.fileId });
  for (;;) {
    const r = await t.api('GET', `/api/imports/jobs/${start.body.id}`);
    if (r.body.status !== 'running') return { preview, job: r.body };
    await new Promise((res) => setTimeout(res, 20));
  }
}

/** Every contact and person without ids and timestamps, the account manager by name. */
async function snapshot(t: TestServer) {
  const employees = new Map<number, string>(((await t.api('GET', '/api/employees?limit=1000')).body.items as any[]).map((e) => [e.id, e.name]));
  const contacts = (await t.api('GET', '/api/contacts?includeInactive=true&sort=number&limit=1000')).body.items as any[];
  const out = [];
  for (const c of contacts) {
    const persons = (await t.api('GET', `/api/contacts/${c.id}/persons?includeInactive=true`)).body.items as any[];
    const { id: _i, createdAt: _c, updatedAt: _u, accountManagerId, ...rest } = c;
    out.push({
      ...rest, accountManager: accountManagerId === null ? null : employees.get(accountManagerId),
      persons: persons.map(({ id: _pi, contactId: _ci, createdAt: _pc, updatedAt: _pu, ...p }) => p),
    });
  }
  return out;
}

describeEachServer('exports API', (t) => {
  let empty: TestServer;
  beforeAll(async () => {
    empty = await startTestServer(t.kind);
    for (const s of [t, empty]) await s.api('POST', '/api/employees', { name: 'Saga Säljare', email: 'saga@firma.se', isAccountManager: true });
    const saga = (await t.api('GET', '/api/employees?limit=100')).body.items.find((e: any) => e.name === 'Saga Säljare').id;
    await addCodes(t, { category: ['A'], lineOfBusiness: ['Bygg'], status: ['Aktiv'], district: ['Norr'] });
    const a = await t.api('POST', '/api/contacts', {
      name: 'Åkesson & Söner AB', orgNumber: '556677-8899', types: ['customer', 'supplier'], category: 'A', lineOfBusiness: 'Bygg',
      status: 'Aktiv', district: 'Norr', postalAddress: 'Storgatan 1\nBox 12', postalCode: '123 45', city: 'Örebro', country: 'Sverige',
      phone: '+46 19 12 34 56', email: 'info@akesson.se', web: 'akesson.se', accountManagerId: saga, turnover: 1234567.5,
      employeeCount: 12, custom1: '=SUMMA(A1)', custom2: 'x; y', notes: 'Rad ett\nRad "två"; tre', inactive: false,
    });
    for (const [i, p] of [
      { firstName: 'Åsa', lastName: 'Öberg', title: 'VD', phone: '019-1', mobile: '070-1', email: 'asa@akesson.se', isPrimary: true },
      { firstName: 'Per', lastName: 'Persson', title: null, phone: null, mobile: '070-2', email: null, isPrimary: false },
      { firstName: 'Gun', lastName: 'Gran', title: 'Inköp', phone: null, mobile: null, email: 'gun@akesson.se', isPrimary: false },
    ].entries()) await t.api('POST', `/api/contacts/${a.body.id}/persons`, p).then((r) => expect(r.status, `person ${i}`).toBe(201));
    await t.api('POST', '/api/contacts', { name: 'Utan Personer HB', city: 'Oslo', country: 'Norge', postalCode: 'N-0150', inactive: true, types: ['private'] });
    await insertActivity(t, { contactId: a.body.id });
  });
  afterAll(async () => { await empty?.close(); });

  it('exports contacts as .xlsx: bold frozen header, number cells, one row per person', async () => {
    const r = await download(t, '/api/contacts/export?format=xlsx&includeInactive=true&sort=number');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    expect(r.headers.get('content-disposition')).toMatch(/kontakter-\d{4}-\d{2}-\d{2}\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Kontakter');
    expect(ws.rowCount).toBe(1 + 3 + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Kundnr', 'Företag', 'Org.nr']);
    expect(header).toContain('Förnamn');
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (name: string) => header.indexOf(name) + 1;
    const row2 = ws.getRow(2);
    expect(typeof row2.getCell(col('Kundnr')).value).toBe('number');
    expect(row2.getCell(col('Omsättning')).value).toBe(1234567.5);
    expect(row2.getCell(col('Antal anställda')).value).toBe(12);
    expect(row2.getCell(col('Fritt 1')).value).toBe('=SUMMA(A1)');
    expect(ws.getColumn(col('Företag')).width).toBeGreaterThan(20);
  });

  it('exports contacts as Swedish CSV, one row per contact, with the list filters', async () => {
    const r = await download(t, '/api/contacts/export?format=csv&layout=contact&q=%C3%85kesson');
    const text = r.buffer.toString('utf8');
    expect(text.startsWith('\ufeffKundnr;Företag;')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('Kontaktperson 1 förnamn;');
    expect(text).toContain(';1234567,5;');
    expect(text).toContain("'=SUMMA(A1)");
    expect(text).not.toContain('Utan Personer');
  });

  it('exports activities as .xlsx with date cells and as CSV', async () => {
    const x = await download(t, '/api/activities/export?format=xlsx');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Nr', 'Ämne', 'Start']);
    const list = (await t.api('GET', '/api/activities?limit=1000')).body.items as any[];
    expect(ws.rowCount).toBe(1 + list.length);
    const withStart = list.findIndex((a) => a.startAt);
    if (withStart >= 0) expect(ws.getRow(2 + withStart).getCell(3).value).toBeInstanceOf(Date);
    const c = await download(t, '/api/activities/export?format=csv&lang=en');
    expect(c.buffer.toString('utf8').startsWith('\ufeffNo.,Subject,Start,End')).toBe(true);
    const bad = await t.api('GET', '/api/activities/export?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('format');
  });

  it('round trip: a CSV and an .xlsx export import back into an empty database to the same data', async () => {
    const before = await snapshot(t);
    expect(before.length).toBe(2);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await download(t, `/api/contacts/export?format=${format}&includeInactive=true&sort=number`);
      const { preview, job } = await uploadAndImport(empty, file.buffer, `kontakter.${format}`);
      expect(Object.values(preview.mapping).filter((f) => f === null), format).toEqual([]);
      expect(job.result.counts.errors, JSON.stringify(job.result.outcomes.filter((o: any) => o.action === 'error'))).toBe(0);
      expect(await snapshot(empty), format).toEqual(before);
      await empty.api('POST', `/api/imports/${job.result.importId}/undo`);
      expect(await snapshot(empty)).toEqual([]);
    }
  });
});
