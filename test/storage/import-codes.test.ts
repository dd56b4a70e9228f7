/**
 * Import × the contact code registers, on both databases: a cell matches a register entry by
 * code or by label (case-insensitively, Swedish letters folded); a value the register lacks is
 * listed by the dry run and added by the import in its transaction, or — when asked — is an
 * error of its row; undo takes out the codes the import added that no contact uses any more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import type { Store } from '../../src/app/ports/store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { importFiles, type ImportFilesInput } from '../../src/spreadsheets/import-files.js';
import { undoImport } from '../../src/app/imports/undo-import.js';
import { createContact } from '../../src/app/contacts/create-contact.js';
import type { CodeField } from '../../src/domain/model/contact-codes.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-import-codes-'));
let n = 0;
function file(lines: string[]): string {
  const p = path.join(dir, `f${++n}.csv`);
  fs.writeFileSync(p, lines.join('\r\n'));
  return p;
}

describeEachDatabase('import contacts × code registers', (ctx) => {
  let store: Store;
  const run = (p: Partial<ImportFilesInput> & { contacts: ImportFilesInput['contacts'] }) => importFiles(store, systemClock, {
    match: 'number', dryRun: false, skipErrors: false, createdBy: null, locale: 'sv', ...p,
  });
  const codes = async (field: CodeField) => (await store.contactCodes.all(field, { includeInactive: true }))
    .map((c) => `${c.code}|${c.label}`).sort();
  const contact = async (number: number) => (await store.contacts.list({ includeInactive: true, sort: 'number', dir: 'asc', limit: 1000 }))
    .items.find((c) => c.number === number);

  beforeAll(async () => {
    store = createStore(ctx.database);
    const now = new Date().toISOString();
    await store.contactCodes.create('category', { code: 'A', label: 'Storkund', inactive: false }, now);
    await store.contactCodes.create('category', { code: 'B', label: 'Återförsäljare', inactive: false }, now);
    await store.contactCodes.create('district', { code: 'N', label: 'Norrland', inactive: false }, now);
    await store.contactCodes.create('lineOfBusiness', { code: 'ÅKERI', label: 'Åkerier', inactive: false }, now);
  });

  it('matches by code or by label, case-insensitively with å ä ö; stores the register code', async () => {
    const p = file([
      'Kundnr;Företag;Kategori;Bransch;Distrikt',
      '601;Ett AB;a;åkeri;NORRLAND',
      '602;Två AB;ÅTERFÖRSÄLJARE;Åkerier;n',
      '603;Tre AB;Storkund;;',
    ]);
    const dry = await run({ contacts: { path: p, name: 'k.csv' }, dryRun: true });
    expect(dry.newCodes).toEqual({ category: [], lineOfBusiness: [], status: [], district: [] });
    const r = await run({ contacts: { path: p, name: 'k.csv' } });
    expect(r.counts).toMatchObject({ created: 3, errors: 0 });
    expect(await contact(601)).toMatchObject({ category: 'A', lineOfBusiness: 'ÅKERI', district: 'N' });
    expect(await contact(602)).toMatchObject({ category: 'B', lineOfBusiness: 'ÅKERI', district: 'N' });
    expect(await contact(603)).toMatchObject({ category: 'A', lineOfBusiness: null });
    expect(await codes('category')).toEqual(['A|Storkund', 'B|Återförsäljare']);
  });

  it('a dry run lists the new codes per register and adds none; the import adds them (code = label = value)', async () => {
    const p = file([
      'Kundnr;Företag;Kategori;Status;Distrikt',
      '611;Fyra AB;Guld;Aktiv;Söder',
      '612;Fem AB;GULD;Vilande;N',
      '613;Sex AB;Silver;aktiv;söder',
    ]);
    const dry = await run({ contacts: { path: p, name: 'k.csv' }, dryRun: true });
    expect(dry.newCodes).toEqual({ category: ['Guld', 'Silver'], lineOfBusiness: [], status: ['Aktiv', 'Vilande'], district: ['Söder'] });
    expect(await codes('category')).toEqual(['A|Storkund', 'B|Återförsäljare']);
    expect(await codes('status')).toEqual([]);

    const r = await run({ contacts: { path: p, name: 'k.csv' } });
    expect(r.counts).toMatchObject({ created: 3, errors: 0 });
    expect(r.newCodes.category).toEqual(['Guld', 'Silver']);
    expect(await codes('category')).toEqual(['A|Storkund', 'B|Återförsäljare', 'Guld|Guld', 'Silver|Silver']);
    expect(await codes('status')).toEqual(['Aktiv|Aktiv', 'Vilande|Vilande']);
    expect(await codes('district')).toEqual(['N|Norrland', 'Söder|Söder']);
    // every row carries the spelling of the code its first row added
    expect(await contact(612)).toMatchObject({ category: 'Guld', status: 'Vilande', district: 'N' });
    expect(await contact(613)).toMatchObject({ category: 'Silver', status: 'Aktiv', district: 'Söder' });

    // undo: the added codes no contact uses any more leave the registers; the older ones stay
    const u = await undoImport(store, systemClock, r.importId!, null);
    expect(u).toMatchObject({ deleted: 3, codesDeleted: 5 });
    expect(await codes('category')).toEqual(['A|Storkund', 'B|Återförsäljare']);
    expect(await codes('status')).toEqual([]);
    expect(await codes('district')).toEqual(['N|Norrland']);
  });

  it('undo keeps an added code that a contact outside the import took meanwhile', async () => {
    const p = file(['Kundnr;Företag;Kategori', '621;Sju AB;Brons']);
    const r = await run({ contacts: { path: p, name: 'k.csv' } });
    expect(r.newCodes.category).toEqual(['Brons']);
    // someone gives another contact the new category (in the register's spelling, by its code)
    const other = await createContact(store, systemClock, { name: 'Åtta AB', category: 'brons' });
    expect(other.category).toBe('Brons');
    const u = await undoImport(store, systemClock, r.importId!, null);
    expect(u.codesDeleted).toBe(0);
    expect(await codes('category')).toContain('Brons|Brons');
  });

  it('with unknown codes as row errors: names the column and the value; stop writes nothing, skip imports the rest', async () => {
    const p = file([
      'Kundnr;Företag;Kategori;Bransch',
      '631;Nio AB;Storkund;Åkerier',
      '632;Tio AB;Platina;',
      '633;Elva AB;;Fiske',
    ]);
    const dry = await run({ contacts: { path: p, name: 'k.csv' }, dryRun: true, unknownCodes: 'reject' });
    expect(dry.counts).toMatchObject({ created: 1, errors: 2 });
    expect(dry.newCodes).toEqual({ category: [], lineOfBusiness: [], status: [], district: [] });
    const problems = dry.outcomes.filter((o) => o.action === 'error').map((o) => [o.line, o.problems]);
    expect(problems).toEqual([
      [3, [{ column: 'Kategori', reason: 'no category has the code or label "Platina"' }]],
      [4, [{ column: 'Bransch', reason: 'no line of business has the code or label "Fiske"' }]],
    ]);
    const stopped = await run({ contacts: { path: p, name: 'k.csv' }, unknownCodes: 'reject' });
    expect(stopped.stopped).toBe(true);
    expect(await contact(631)).toBeUndefined();
    const skipped = await run({ contacts: { path: p, name: 'k.csv' }, unknownCodes: 'reject', skipErrors: true });
    expect(skipped.counts).toMatchObject({ created: 1, errors: 2 });
    expect(await contact(631)).toMatchObject({ category: 'A', lineOfBusiness: 'ÅKERI' });
    expect(await codes('category')).not.toContain('Platina|Platina');
  });

  it('a value too long for a code is an error of its row, and a bad row adds no code', async () => {
    const long = 'x'.repeat(51);
    const p = file(['Kundnr;Företag;Kategori;Distrikt', `641;Tolv AB;${long};`, '642;;Koppar;Väst']);
    const r = await run({ contacts: { path: p, name: 'k.csv' }, skipErrors: true });
    expect(r.counts).toMatchObject({ created: 0, errors: 2 });
    expect(r.outcomes[0]!.problems).toEqual([{ column: 'Kategori', reason: 'the code is longer than 50 characters' }]);
    expect(r.newCodes).toEqual({ category: [], lineOfBusiness: [], status: [], district: [] });
    expect(await codes('category')).not.toContain('Koppar|Koppar');
  });

  it('an update to an existing contact by label stores the code and counts as unchanged when it is the same', async () => {
    const p = file(['Kundnr;Kategori', '601;STORKUND']);
    const r = await run({ contacts: { path: p, name: 'k.csv' } });
    expect(r.counts).toMatchObject({ unchanged: 1, updated: 0 });
    const q = await run({ contacts: { path: file(['Kundnr;Kategori', '601;återförsäljare']), name: 'k.csv' } });
    expect(q.counts).toMatchObject({ updated: 1 });
    expect(await contact(601)).toMatchObject({ category: 'B' });
  });

  it('reuses a new code another transaction adds while the import runs (no unique violation), and undo leaves it', async () => {
    const p = file(['Kundnr;Företag;Kategori', '801;Samtidigt AB;Samtidig']);
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    let added!: () => void;
    const addedYet = new Promise<void>((r) => { added = r; });
    // The other transaction adds the code and stays open; on PostgreSQL the import does not see it,
    // takes the code for new, and its insert waits for that transaction (SQLite runs them in turn).
    const other = store.transaction(async (tx) => {
      await tx.contactCodes.create('category', { code: 'SAMTIDIG', label: 'Samtidig', inactive: false }, new Date().toISOString());
      added();
      await gate;
    });
    await addedYet;
    const importing = run({ contacts: { path: p, name: 'k.csv' } });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await other;
    const r = await importing;
    expect(r.counts).toMatchObject({ created: 1, errors: 0 });
    expect((await codes('category')).filter((c) => c.toLowerCase().startsWith('samtidig'))).toEqual(['SAMTIDIG|Samtidig']);
    expect((await contact(801))?.category?.toLowerCase()).toBe('samtidig');
    await undoImport(store, systemClock, r.importId!, null);
    expect((await codes('category')).filter((c) => c.toLowerCase().startsWith('samtidig'))).toEqual(['SAMTIDIG|Samtidig']);
  });
});
