/** The import's header mapping and cell parsers: Swedish and English headers, Swedish number and code formats. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mappingKey, suggestMapping, uniqueHeaders } from './fields.js';
import { normaliseOrgNumber, parseDecimal, parsePostalCode, parseTypes, parseYesNo, splitFullName } from './values.js';
import { managerIndex, readContactRow } from './row.js';

describe('header mapping', () => {
  it('maps Swedish and English headers (Mamut/Visma/Fortnox/Excel style) by themselves, each field once', () => {
    const sv = ['Kundnr', 'Företag', 'Org.nr', 'Postadress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Kundansvarig', 'Omsättning', 'Förnamn', 'Efternamn', 'Mobil', 'Kontaktperson 2 e-post', 'Telefon (2)', 'Fax'];
    expect(suggestMapping(sv, 'contacts')).toEqual({
      Kundnr: 'number', 'Företag': 'name', 'Org.nr': 'orgNumber', Postadress: 'postalAddress', Postnr: 'postalCode', Ort: 'city',
      Telefon: 'phone', 'E-post': 'email', Kundansvarig: 'accountManager', 'Omsättning': 'turnover', 'Förnamn': 'person1.firstName',
      Efternamn: 'person1.lastName', Mobil: 'person1.mobile', 'Kontaktperson 2 e-post': 'person2.email', 'Telefon (2)': null, Fax: null,
    });
    expect(suggestMapping(['Customer number', 'Company name', 'Zip', 'City', 'Account manager', 'Contact person phone', 'person2.firstName'], 'contacts')).toEqual({
      'Customer number': 'number', 'Company name': 'name', Zip: 'postalCode', City: 'city', 'Account manager': 'accountManager',
      'Contact person phone': 'person1.phone', 'person2.firstName': 'person2.firstName',
    });
    expect(suggestMapping(['Kundnr', 'Förnamn', 'Telefon', 'E-post'], 'persons')).toEqual({ Kundnr: 'contactNumber', 'Förnamn': 'firstName', Telefon: 'phone', 'E-post': 'email' });
  });

  it('remembers a mapping by the set of headers, order and case aside', () => {
    expect(mappingKey(['Ort', 'Kundnr'], 'contacts')).toBe(mappingKey(['KUNDNR', 'ort'], 'contacts'));
    expect(mappingKey(['Ort'], 'contacts')).not.toBe(mappingKey(['Ort'], 'persons'));
    expect(uniqueHeaders(['Telefon', '', 'Telefon'])).toEqual(['Telefon', '#2', 'Telefon (2)']);
  });
});

describe('cell parsers', () => {
  it('reads Swedish and English numbers', () => {
    expect(parseDecimal('1 234 567,50')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseDecimal('1.234.567,5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseDecimal('1,234,567.5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseDecimal('12 kr').ok).toBe(true);
    expect(parseDecimal('tolv').ok).toBe(false);
  });

  it('reads back any number written with a decimal comma (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
      const r = parseDecimal(String(x).replace('.', ','));
      return r.ok && r.value === x;
    }));
  });

  it('normalises Swedish postal and organisation numbers, keeps other countries\' codes', () => {
    expect(parsePostalCode('12345', null)).toEqual({ ok: true, value: '123 45' });
    expect(parsePostalCode('SE-123 45', 'Sverige')).toEqual({ ok: true, value: '123 45' });
    expect(parsePostalCode('1234', 'Sverige').ok).toBe(false);
    expect(parsePostalCode('N-0150', 'Norge')).toEqual({ ok: true, value: 'N-0150' });
    expect(normaliseOrgNumber('5566778899')).toBe('556677-8899');
    expect(normaliseOrgNumber('19850101-1234')).toBe('850101-1234');
    expect(normaliseOrgNumber('DK 12345678')).toBe('DK 12345678');
  });

  it('reads types, yes/no and full names', () => {
    expect(parseTypes('Leverantör, kund')).toEqual({ ok: true, value: ['customer', 'supplier'] });
    expect(parseTypes('Kund och Privat')).toEqual({ ok: true, value: ['customer', 'private'] });
    expect(parseTypes('Konkurrent').ok).toBe(false);
    expect([parseYesNo('Ja'), parseYesNo('nej'), parseYesNo('x'), parseYesNo('kanske').ok]).toEqual([{ ok: true, value: true }, { ok: true, value: false }, { ok: true, value: true }, false]);
    expect(splitFullName('Anna Maria Svensson')).toEqual({ firstName: 'Anna Maria', lastName: 'Svensson' });
    expect(splitFullName('Svensson, Anna')).toEqual({ firstName: 'Anna', lastName: 'Svensson' });
  });

  it('reads a row, naming each bad cell by its column, and takes off an export\'s formula apostrophe', () => {
    const managers = managerIndex([{ id: 7, name: 'Eva Ek', email: 'eva@firma.se', initials: 'EE' }, { id: 8, name: 'Eva Ek', email: 'eva2@firma.se', initials: null }]);
    const columns = [
      { index: 0, header: 'Nr', field: 'number' as const }, { index: 1, header: 'Namn', field: 'name' as const },
      { index: 2, header: 'Postnr', field: 'postalCode' as const }, { index: 3, header: 'Säljare', field: 'accountManager' as const },
      { index: 4, header: 'Tel', field: 'phone' as const },
    ];
    const ok = readContactRow(['12', 'Bra AB', '11122', 'ee', "'+46 8 123"], 5, columns, managers);
    expect(ok).toEqual({ problems: [], contact: { number: 12, values: { name: 'Bra AB', postalCode: '111 22', accountManagerId: 7, phone: '+46 8 123' }, persons: [] } });
    const bad = readContactRow(['x', 'Fel AB', '1', 'Eva Ek', '', 'extra'], 5, columns, managers);
    expect(bad.problems.map((p) => p.column)).toEqual([null, 'Nr', 'Säljare', 'Postnr']);
  });
});
