/**
 * One spreadsheet row read as a contact with up to two persons (or, from a persons file, as one
 * person of a contact number): every mapped cell parsed, every problem named by its column.
 * Empty cells give no value, so an update never blanks a field the file left empty.
 */
import type { ContactValues } from '../model/contact.js';
import { emptyToNull, fold } from '../text.js';
import type { ContactField, PersonField, PersonsFileField, RowField } from './fields.js';
import {
  normaliseOrgNumber, parseDecimal, parseEmail, parsePostalCode, parseTypes, parseWholeNumber, parseYesNo, splitFullName,
  type Parsed,
} from './values.js';

export type MappedColumn<F extends string> = { index: number; header: string; field: F };
export type RowProblem = { column: string | null; reason: string };

export type ImportedPerson = {
  firstName: string | null; lastName: string | null; title: string | null; phone: string | null;
  mobile: string | null; email: string | null;
  /** null when the file does not say */
  primary: boolean | null;
};

/** The contact values a row gives: only the fields with a value in the file. */
export type ImportedContact = { number: number | null; values: Partial<ContactValues>; persons: ImportedPerson[] };

/** Account managers by name, e-mail or initials (folded); 'ambiguous' when two share it. */
export type ManagerIndex = Map<string, number | 'ambiguous'>;

export function managerIndex(employees: { id: number; name: string; email: string | null; initials: string | null }[]): ManagerIndex {
  const m: ManagerIndex = new Map();
  const add = (key: string | null, id: number) => {
    if (!key) return;
    const k = fold(key.trim());
    const had = m.get(k);
    m.set(k, had === undefined || had === id ? id : 'ambiguous');
  };
  for (const e of employees) { add(e.name, e.id); add(e.email, e.id); add(e.initials, e.id); }
  return m;
}

const MAX_TEXT = 10_000;

/**
 * A cell's text, trimmed, empty as null; an apostrophe that an export put before = + - @ (so a
 * spreadsheet shows the text instead of running it as a formula) is taken off again.
 */
function cellText(cell: string | undefined): string | null {
  const t = emptyToNull(cell);
  return t !== null && /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}
const MAX_NAME = 500;

function tooManyColumns(cells: readonly string[], width: number): RowProblem | null {
  if (cells.length <= width) return null;
  if (cells.slice(width).every((c) => c.trim() === '')) return null;
  return { column: null, reason: `the row has ${cells.length} columns, the header ${width}` };
}

type Text = string | null;
const personOf = (p: Partial<Record<PersonField, Text>>, primary: boolean | null): ImportedPerson | null => {
  const fromName = p.name ? splitFullName(p.name) : { firstName: null, lastName: null };
  const person: ImportedPerson = {
    firstName: p.firstName ?? fromName.firstName, lastName: p.lastName ?? fromName.lastName, title: p.title ?? null,
    phone: p.phone ?? null, mobile: p.mobile ?? null, email: p.email ?? null, primary,
  };
  const { primary: _p, ...rest } = person;
  return Object.values(rest).some((v) => v !== null) ? person : null;
};

function personCell(field: PersonField, text: string, problems: RowProblem[], header: string): Text | boolean {
  if (field === 'email') {
    const r = parseEmail(text);
    if (!r.ok) { problems.push({ column: header, reason: r.reason }); return null; }
    return r.value;
  }
  if (field === 'primary') {
    const r = parseYesNo(text);
    if (!r.ok) { problems.push({ column: header, reason: r.reason }); return null; }
    return r.value;
  }
  return text;
}

/** Reads a contacts-file row. `width` is the header's column count. */
export function readContactRow(
  cells: readonly string[], width: number, columns: readonly MappedColumn<RowField>[], managers: ManagerIndex,
): { contact: ImportedContact; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const extra = tooManyColumns(cells, width);
  if (extra) problems.push(extra);
  const values: Partial<ContactValues> = {};
  let number: number | null = null;
  const persons: [Partial<Record<PersonField, Text>>, Partial<Record<PersonField, Text>>] = [{}, {}];
  const primary: [boolean | null, boolean | null] = [null, null];
  let countryText: string | null = null;
  let postal: { text: string; header: string } | null = null;

  for (const col of columns) {
    const text = cellText(cells[col.index]);
    if (text === null) continue;
    if (text.length > MAX_TEXT) { problems.push({ column: col.header, reason: `longer than ${MAX_TEXT} characters` }); continue; }
    const f = col.field;
    if (f.startsWith('person')) {
      const slot = f[6] === '2' ? 1 : 0;
      const pf = f.slice(8) as PersonField;
      const v = personCell(pf, text, problems, col.header);
      if (pf === 'primary') primary[slot] = v as boolean | null;
      else if (v !== null) persons[slot][pf] = v as string;
      continue;
    }
    const take = <T>(r: Parsed<T>, set: (v: T) => void) => (r.ok ? set(r.value) : problems.push({ column: col.header, reason: r.reason }));
    switch (f as ContactField) {
      case 'number': take(parseWholeNumber(text, 1), (v) => { number = v; }); break;
      case 'name':
        if (text.length > MAX_NAME) problems.push({ column: col.header, reason: `longer than ${MAX_NAME} characters` });
        else values.name = text;
        break;
      case 'orgNumber': values.orgNumber = normaliseOrgNumber(text); break;
      case 'types': take(parseTypes(text), (v) => { values.types = v; }); break;
      case 'postalCode': postal = { text, header: col.header }; break;
      case 'country': values.country = text; countryText = text; break;
      case 'email': take(parseEmail(text), (v) => { values.email = v; }); break;
      case 'accountManager': {
        const id = managers.get(fold(text));
        if (id === undefined) problems.push({ column: col.header, reason: `no employee is called "${text}"` });
        else if (id === 'ambiguous') problems.push({ column: col.header, reason: `more than one employee is called "${text}"; use the e-mail address` });
        else values.accountManagerId = id;
        break;
      }
      case 'turnover': take(parseDecimal(text), (v) => { values.turnover = v; }); break;
      case 'employeeCount': take(parseWholeNumber(text, 0), (v) => { values.employeeCount = v; }); break;
      case 'inactive': take(parseYesNo(text), (v) => { values.inactive = v; }); break;
      default: (values as Record<string, unknown>)[f] = text;
    }
  }
  // The postal code is read against the row's country, whichever column comes first.
  const pc = postal as { text: string; header: string } | null;
  if (pc) {
    const r = parsePostalCode(pc.text, countryText);
    if (r.ok) values.postalCode = r.value;
    else problems.push({ column: pc.header, reason: r.reason });
  }
  const out: ImportedPerson[] = [];
  for (const slot of [0, 1] as const) {
    const p = personOf(persons[slot], primary[slot]);
    if (p) out.push(p);
  }
  return { contact: { number, values, persons: out }, problems };
}

/** Reads a persons-file row: the contact number it belongs to and the person. */
export function readPersonRow(
  cells: readonly string[], width: number, columns: readonly MappedColumn<PersonsFileField>[],
): { contactNumber: number | null; person: ImportedPerson | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const extra = tooManyColumns(cells, width);
  if (extra) problems.push(extra);
  let contactNumber: number | null = null;
  let numberHeader: string | null = null;
  const p: Partial<Record<PersonField, Text>> = {};
  let primary: boolean | null = null;
  for (const col of columns) {
    const text = cellText(cells[col.index]);
    if (col.field === 'contactNumber') numberHeader = col.header;
    if (text === null) continue;
    if (text.length > MAX_TEXT) { problems.push({ column: col.header, reason: `longer than ${MAX_TEXT} characters` }); continue; }
    if (col.field === 'contactNumber') {
      const r = parseWholeNumber(text, 1);
      if (r.ok) contactNumber = r.value; else problems.push({ column: col.header, reason: r.reason });
      continue;
    }
    const v = personCell(col.field, text, problems, col.header);
    if (col.field === 'primary') primary = v as boolean | null;
    else if (v !== null) p[col.field] = v as string;
  }
  if (contactNumber === null && !problems.length) problems.push({ column: numberHeader, reason: 'the contact number is missing' });
  return { contactNumber, person: personOf(p, primary), problems };
}

/** True when every cell is empty: such rows are passed over, not counted. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
