/**
 * Import of contacts on both databases, from files made here: CSV in UTF-8 (with and without
 * BOM) and Windows-1252 with `;`, `,` and tab, a quoted line break, Swedish headers, an .xlsx
 * made with exceljs, a second persons file, broken rows; the dry run writes nothing and names
 * each bad line; skip-errors imports the rest; undo restores.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import type { Store } from '../../src/app/ports/store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { importFiles, type ImportFilesInput } from '../../src/spreadsheets/import-files.js';
import { undoImport } from '../../src/app/imports/undo-import.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-import-'));
let n = 0;
function file(content: string | Buffer, ext = 'csv'): string {
  const p = path.join(dir, `f${++n}.${ext}`);
  fs.writeFileSync(p, content);
  return p;
}

const SWEDISH = [
  'Kundnr;Företag;Org.nr;Adress;Postnr;Ort;Telefon;E-post;Kundansvarig;Omsättning;Förnamn;Efternamn;Mobil',
  '501;Åkesson & Söner AB;556677-8899;"Storgatan 1\nBox 12";123 45;Örebro;019-12 34 56;info@akesson.se;Eva Ek;1 234 567,50;Åsa;Öberg;070-111 22 33',
  '502;Bäckström Bygg;5566001122;Kungsgatan 2;41119;Göteborg;031-22 33 44;;eva@firma.se;;;;',
  ';Café Ödmjuk;;;;Luleå;;;;;;;',
].join('\r\n');

async function countContacts(store: Store) {
  const page = await store.contacts.list({ includeInactive: true, sort: 'number', dir: 'asc', limit: 1000 });
  return page.items;
}

function collect() {
  const s = new PassThrough();
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  return { stream: s, text: () => Buffer.concat(chunks).toString('utf8') };
}

describeEachDatabase('import contacts', (ctx) => {
  let store: Store;
  let eva: number;
  const run = (p: Partial<ImportFilesInput> & { contacts: ImportFilesInput['contacts'] }) => importFiles(store, systemClock, {
    match: 'number', dryRun: false, skipErrors: false, createdBy: null, locale: 'sv', ...p,
  });

  beforeAll(async () => {
    store = createStore(ctx.database);
    const now = new Date().toISOString();
    eva = (await store.employees.create({ name: 'Eva Ek', initials: 'EE', email: 'eva@firma.se', phone: null, isAccountManager: true, active: true, role: 'user', passwordHash: null }, now)).id;
  });

  it('dry-runs a Windows-1252 file with ; and Swedish headers: says what would happen, writes nothing', async () => {
    const p = file(iconv.encode(SWEDISH, 'windows-1252'));
    const r = await run({ contacts: { path: p, name: 'kunder.csv' }, dryRun: true });
    expect(r.importId).toBeNull();
    expect(r.counts).toMatchObject({ rows: 3, created: 3, errors: 0, persons: 1 });
    expect(r.outcomes.map((o) => [o.line, o.action])).toEqual([[2, 'create'], [4, 'create'], [5, 'create']]);
    expect(await countContacts(store)).toEqual([]);
  });

  it('imports it: numbers kept, the quoted line break, account manager by e-mail, decimal comma, persons', async () => {
    const p = file(iconv.encode(SWEDISH, 'windows-1252'));
    const r = await run({ contacts: { path: p, name: 'kunder.csv' } });
    expect(r.importId).toBeGreaterThan(0);
    const items = await countContacts(store);
    expect(items.map((c) => c.number).slice(0, 2)).toEqual([501, 502]);
    const ake = items.find((c) => c.number === 501)!;
    expect(ake).toMatchObject({ name: 'Åkesson & Söner AB', orgNumber: '556677-8899', postalAddress: 'Storgatan 1\nBox 12', postalCode: '123 45', city: 'Örebro', turnover: 1234567.5, accountManagerId: eva });
    expect(items.find((c) => c.number === 502)).toMatchObject({ postalCode: '411 19', orgNumber: '556600-1122', accountManagerId: eva });
    // the row without a number is numbered after the highest number in use
    const cafe = items.find((c) => c.name === 'Café Ödmjuk')!;
    expect(cafe.number).toBeGreaterThan(10_000);
    const persons = await store.contactPersons.listByContact(ake.id, { includeInactive: true });
    expect(persons).toMatchObject([{ firstName: 'Åsa', lastName: 'Öberg', mobile: '070-111 22 33', isPrimary: true }]);
  });

  it('a second run of the same file finds every row unchanged, and the next new contact follows on', async () => {
    const p = file(iconv.encode(SWEDISH.split('\r\n').slice(0, 3).join('\r\n'), 'windows-1252'));
    const r = await run({ contacts: { path: p, name: 'kunder.csv' }, dryRun: true });
    expect(r.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged']);
    const created = await store.transaction((tx) => tx.contacts.create({
      name: 'Ny', orgNumber: null, types: [], category: null, lineOfBusiness: null, status: null, district: null, postalAddress: null,
      postalCode: null, city: null, country: null, phone: null, email: null, web: null, accountManagerId: null, turnover: null,
      employeeCount: null, custom1: null, custom2: null, notes: null, inactive: false,
    }, new Date().toISOString()));
    const numbers = (await countContacts(store)).map((c) => c.number);
    expect(created.number).toBe(Math.max(...numbers.filter((x) => x !== created.number)) + 1);
  });

  it('reads UTF-8 with and without BOM, with , and tab separators', async () => {
    for (const [text, name] of [
      ['\ufeffKundnr,Företag,Ort\n601,"Ärlig, AB",Umeå\n', 'bom-comma'],
      ['Kundnr\tFöretag\tOrt\n602\tÖlands Ö\tKalmar\n', 'tab'],
    ] as const) {
      const r = await run({ contacts: { path: file(text), name } });
      expect(r.counts.created, name).toBe(1);
    }
    const items = await countContacts(store);
    expect(items.find((c) => c.number === 601)).toMatchObject({ name: 'Ärlig, AB', city: 'Umeå' });
    expect(items.find((c) => c.number === 602)).toMatchObject({ name: 'Ölands Ö', city: 'Kalmar' });
  });

  it('names every bad line in a dry run; stop-at-first-error writes nothing; skip-errors imports the rest', async () => {
    const text = [
      'Kundnr;Företag;Postnr;Kundansvarig',
      '701;Bra AB;111 22;Eva Ek',
      '702;Okänd Säljare AB;111 22;Kalle Anka',
      '703;Fel Postnr AB;12;',
      '704;För många;111 22;;extra',
      '705;Också bra;222 33;EE',
    ].join('\n');
    const p = file(text);
    const before = (await countContacts(store)).length;
    const dry = await run({ contacts: { path: p, name: 'fel.csv' }, dryRun: true });
    const errors = dry.outcomes.filter((o) => o.action === 'error');
    expect(errors.map((o) => [o.line, o.problems[0]!.column])).toEqual([[3, 'Kundansvarig'], [4, 'Postnr'], [5, null]]);
    expect(errors[0]!.problems[0]!.reason).toContain('Kalle Anka');
    expect(errors[2]!.problems[0]!.reason).toContain('5 columns');

    const stopped = await run({ contacts: { path: p, name: 'fel.csv' } });
    expect(stopped).toMatchObject({ stopped: true, importId: null });
    expect((await countContacts(store)).length).toBe(before);

    const rejected = collect();
    const skipped = await run({ contacts: { path: p, name: 'fel.csv' }, skipErrors: true, rejected: { contacts: rejected.stream } });
    expect(skipped.counts).toMatchObject({ created: 2, errors: 3 });
    expect(skipped.rejectedRows.contacts).toBe(3);
    const lines = rejected.text().replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Kundnr;Företag;Postnr;Kundansvarig;Orsak (rad i filen)');
    expect(lines[1]).toMatch(/^702;Okänd Säljare AB;111 22;Kalle Anka;"Kundansvarig: .*\(3\)"$/);
    expect((await countContacts(store)).length).toBe(before + 2);
  });

  it('imports an .xlsx and a persons file keyed by contact number, then undo removes and restores', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kunder');
    ws.addRow(['Kundnr', 'Företag', 'Ort', 'Antal anställda']);
    ws.addRow([801, 'Excel AB', 'Visby', 12]);
    ws.addRow([501, 'Åkesson & Söner AB', 'Örebro', 40]); // an update of an earlier import's contact
    const xlsx = path.join(dir, 'kunder.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const persons = file('Kundnr;Förnamn;Efternamn;E-post\n801;Per;Persson;per@excel.se\n501;Gun;Gran;gun@akesson.se\n999;Ingen;Alls;\n');

    const r = await run({ contacts: { path: xlsx, name: 'kunder.xlsx' }, persons: { path: persons, name: 'personer.csv' }, skipErrors: true });
    expect(r.counts).toMatchObject({ rows: 2, personRows: 3, created: 1, updated: 1, errors: 1, persons: 2 });
    expect(r.outcomes.find((o) => o.file === 'persons' && o.action === 'error')).toMatchObject({ line: 4, problems: [{ reason: 'no contact has number 999' }] });
    const items = await countContacts(store);
    const excel = items.find((c) => c.number === 801)!;
    expect(excel).toMatchObject({ name: 'Excel AB', city: 'Visby', employeeCount: 12 });
    const ake = items.find((c) => c.number === 501)!;
    expect(ake.employeeCount).toBe(40);
    expect((await store.contactPersons.listByContact(ake.id, { includeInactive: true })).map((p) => p.firstName)).toEqual(['Åsa', 'Gun']);

    const undone = await undoImport(store, systemClock, r.importId!, null);
    expect(undone).toMatchObject({ deleted: 1, restored: 1, personsDeleted: 1, keptChanged: 0 });
    const after = await countContacts(store);
    expect(after.find((c) => c.number === 801)).toBeUndefined();
    expect(after.find((c) => c.number === 501)!.employeeCount).toBeNull();
    expect((await store.contactPersons.listByContact(ake.id, { includeInactive: true })).map((p) => p.firstName)).toEqual(['Åsa']);
    await expect(undoImport(store, systemClock, r.importId!, null)).rejects.toThrow('already undone');
  });

  it('matches on organisation number and refuses a taken contact number', async () => {
    const text = 'Org.nr;Företag;Kundnr;Ort\n556677-8899;Åkesson & Söner AB;;Kumla\n111111-2222;Nytt AB;502;Ystad\n';
    const r = await run({ contacts: { path: file(text), name: 'org.csv' }, match: 'orgNumber', dryRun: true });
    expect(r.outcomes.map((o) => [o.action, o.number])).toEqual([['update', 501], ['error', 502]]);
    expect(r.outcomes[1]!.problems[0]).toEqual({ column: 'Kundnr', reason: 'contact number 502 is taken' });
  });
});
