/**
 * The contacts export's columns and rows: one row per contact person (the contact's cells
 * repeated; a contact without persons gets one row) or one row per contact with its first two
 * persons as columns. The headers are the import's field names in the user's language, so an
 * export imports back by itself (round trip).
 */
import type { Locale, MessageKey } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { ContactExportRow } from '../app/exports/export-contacts.js';
import type { ContactPerson } from '../domain/model/contact.js';
import { PERSONS_PER_ROW } from '../domain/import/fields.js';
import type { ColumnType, ExportCell, ExportColumn } from './write-table.js';

export type ContactExportLayout = 'person' | 'contact';

type ContactColumn = { key: string; type: ColumnType; width: number; cell: (r: ContactExportRow, locale: Locale) => ExportCell };

const CONTACT_COLUMNS: ContactColumn[] = [
  { key: 'number', type: 'integer', width: 9, cell: (r) => r.contact.number },
  { key: 'name', type: 'text', width: 34, cell: (r) => r.contact.name },
  { key: 'orgNumber', type: 'text', width: 13, cell: (r) => r.contact.orgNumber },
  { key: 'types', type: 'text', width: 18, cell: (r, l) => r.contact.types.map((t) => translate(l, `data.type.${t}` as MessageKey)).join(', ') },
  { key: 'category', type: 'text', width: 12, cell: (r) => r.contact.category },
  { key: 'lineOfBusiness', type: 'text', width: 16, cell: (r) => r.contact.lineOfBusiness },
  { key: 'status', type: 'text', width: 12, cell: (r) => r.contact.status },
  { key: 'district', type: 'text', width: 12, cell: (r) => r.contact.district },
  { key: 'postalAddress', type: 'text', width: 26, cell: (r) => r.contact.postalAddress },
  { key: 'postalCode', type: 'text', width: 9, cell: (r) => r.contact.postalCode },
  { key: 'city', type: 'text', width: 16, cell: (r) => r.contact.city },
  { key: 'country', type: 'text', width: 10, cell: (r) => r.contact.country },
  { key: 'phone', type: 'text', width: 15, cell: (r) => r.contact.phone },
  { key: 'email', type: 'text', width: 26, cell: (r) => r.contact.email },
  { key: 'web', type: 'text', width: 20, cell: (r) => r.contact.web },
  { key: 'accountManager', type: 'text', width: 18, cell: (r) => r.accountManager },
  { key: 'turnover', type: 'decimal', width: 14, cell: (r) => r.contact.turnover },
  { key: 'employeeCount', type: 'integer', width: 10, cell: (r) => r.contact.employeeCount },
  { key: 'custom1', type: 'text', width: 12, cell: (r) => r.contact.custom1 },
  { key: 'custom2', type: 'text', width: 12, cell: (r) => r.contact.custom2 },
  { key: 'notes', type: 'text', width: 30, cell: (r) => r.contact.notes },
  { key: 'inactive', type: 'boolean', width: 8, cell: (r) => r.contact.inactive },
];

type PersonColumn = { key: 'firstName' | 'lastName' | 'title' | 'phone' | 'mobile' | 'email' | 'primary'; type: ColumnType; width: number; cell: (p: ContactPerson) => ExportCell };
const PERSON_COLUMNS: PersonColumn[] = [
  { key: 'firstName', type: 'text', width: 14, cell: (p) => p.firstName },
  { key: 'lastName', type: 'text', width: 16, cell: (p) => p.lastName },
  { key: 'title', type: 'text', width: 16, cell: (p) => p.title },
  { key: 'phone', type: 'text', width: 15, cell: (p) => p.phone },
  { key: 'mobile', type: 'text', width: 15, cell: (p) => p.mobile },
  { key: 'email', type: 'text', width: 26, cell: (p) => p.email },
  { key: 'primary', type: 'boolean', width: 8, cell: (p) => p.isPrimary },
];

export function contactExportColumns(layout: ContactExportLayout, locale: Locale): ExportColumn[] {
  const cols: ExportColumn[] = CONTACT_COLUMNS.map((c) => ({ header: translate(locale, `data.field.${c.key}` as MessageKey), type: c.type, width: c.width }));
  if (layout === 'person') {
    for (const p of PERSON_COLUMNS) cols.push({ header: translate(locale, `data.field.person.${p.key}` as MessageKey), type: p.type, width: p.width });
  } else {
    for (let n = 1; n <= PERSONS_PER_ROW; n++) {
      for (const p of PERSON_COLUMNS) cols.push({ header: translate(locale, `data.field.slot.${p.key}` as MessageKey, { n: String(n) }), type: p.type, width: p.width });
    }
  }
  return cols;
}

export async function* contactExportCells(rows: AsyncIterable<ContactExportRow>, layout: ContactExportLayout, locale: Locale): AsyncGenerator<ExportCell[]> {
  const empty = PERSON_COLUMNS.map(() => null);
  for await (const r of rows) {
    const contact = CONTACT_COLUMNS.map((c) => c.cell(r, locale));
    if (layout === 'person') {
      if (!r.persons.length) yield [...contact, ...empty];
      for (const p of r.persons) yield [...contact, ...PERSON_COLUMNS.map((c) => c.cell(p))];
    } else {
      const slots: ExportCell[] = [];
      for (let n = 0; n < PERSONS_PER_ROW; n++) {
        const p = r.persons[n];
        slots.push(...(p ? PERSON_COLUMNS.map((c) => c.cell(p)) : empty));
      }
      yield [...contact, ...slots];
    }
  }
}
