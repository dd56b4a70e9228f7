/**
 * The check report's CSV, byte for byte, as it was before the report reads were reworked for
 * speed (fixtures written by that code): BOM, `;` and decimal comma or `,`, quoting, formula
 * neutralising, Swedish letters, contacts without persons, address without postal code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { contactLines, contactsReportModel } from '../../src/reports/contacts-report.js';
import { renderCsv } from '../../src/reports/csv.js';
import { FIXTURE_CONTACTS } from './fixtures/contacts.js';

async function csv(locale: 'sv' | 'en', scheduled: boolean): Promise<Buffer> {
  const model = contactsReportModel({
    locale, timeZone: 'Europe/Stockholm', companyName: 'Bolaget AB', groupId: 7, mode: 'perContact', printedBy: 'Anna Berg',
    printedAt: '2026-12-01T10:00:00.000Z', selectionText: 'Alla', responsibleName: null, distributedOver: 3,
    counts: { included: 3, excluded: 0, persons: 3 }, scheduled,
  });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const planned = (id: number) => (id === 2 ? 'Ej placerad' : `2026-12-0${id} 09:00`);
  await renderCsv(model, contactLines((async function* () { yield* FIXTURE_CONTACTS; })(), scheduled ? planned : undefined), out);
  return Buffer.concat(chunks);
}

describe('check report CSV', () => {
  for (const [locale, scheduled] of [['sv', false], ['sv', true], ['en', false]] as const) {
    it(`is byte for byte the fixture (${locale}${scheduled ? ', scheduled' : ''})`, async () => {
      const expected = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', `contacts-${locale}${scheduled ? '-scheduled' : ''}.csv`));
      expect((await csv(locale, scheduled)).equals(expected)).toBe(true);
    });
  }
});
