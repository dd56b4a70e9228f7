/**
 * Imports contacts (and their persons: columns on the row, or a second file keyed by contact
 * number) from a table source. One transaction for the whole file, written in batches of rows
 * with a few set-based statements each, with progress between batches; so "stop at the first
 * error" writes nothing, and a dry run is the same run rolled back — it answers exactly what the
 * import would do. Rows that match an existing contact (by number, organisation number or e-mail)
 * update the fields the file gives; the others are created, keeping the file's contact number
 * when it is free. The import is recorded with what it changed, so it can be undone.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ExistingContact, ImportChange, ImportCounts, MatchKey } from '../ports/imports.js';
import type { TableSource } from './table-source.js';
import type { ContactPersonValues, ContactValues } from '../../domain/model/contact.js';
import type { ImportMapping, PersonsFileField, RowField } from '../../domain/import/fields.js';
import {
  isBlankRow, managerIndex, readContactRow, readPersonRow, type ImportedContact, type ImportedPerson, type MappedColumn,
  type RowProblem,
} from '../../domain/import/row.js';
import { fold } from '../../domain/text.js';
import { validation } from '../../domain/errors.js';
import { mappingKey } from '../../domain/import/fields.js';
import { CodeMatcher, type NewCode, type UnknownCodes } from '../../domain/import/codes.js';
import type { CodeField } from '../../domain/model/contact-codes.js';
import { timeSlices } from './time-slices.js';

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';
export type RowOutcome = {
  file: 'contacts' | 'persons'; line: number; action: RowAction;
  /** the contact's number (known for updates and numbered creates) */
  number: number | null; name: string | null;
  problems: RowProblem[];
};

export type ImportProgress = { file: 'contacts' | 'persons'; fraction: number; rows: number };
export type RejectedRow = { file: 'contacts' | 'persons'; line: number; cells: string[]; problems: RowProblem[] };

export type ImportContactsInput = {
  contacts: TableSource;
  mapping: ImportMapping;
  persons?: { source: TableSource; mapping: ImportMapping };
  match: MatchKey;
  dryRun: boolean;
  /** false: the first bad row stops the import and nothing is written */
  skipErrors: boolean;
  /** a category, line of business, status or district the register lacks: added to it (default), or a row error */
  unknownCodes?: UnknownCodes;
  createdBy: number | null;
  onProgress?: (p: ImportProgress) => void;
  onRejected?: (r: RejectedRow) => void | Promise<void>;
};

export type ImportResult = {
  importId: number | null;
  dryRun: boolean;
  /** true when a bad row stopped the import (nothing written) */
  stopped: boolean;
  counts: ImportCounts & { rows: number; personRows: number };
  /** row outcomes: every error, and the other rows up to a limit */
  outcomes: RowOutcome[];
  outcomesTruncated: boolean;
  /** codes the import adds (a dry run: would add) to each register, in the order first met */
  newCodes: Record<CodeField, string[]>;
};

const BATCH = 2000;
const OUTCOME_LIMIT = 2000;
const CONTACT_FIELD_KEYS: (keyof ContactValues)[] = [
  'name', 'orgNumber', 'types', 'category', 'lineOfBusiness', 'status', 'district', 'postalAddress', 'postalCode', 'city',
  'country', 'phone', 'email', 'web', 'accountManagerId', 'turnover', 'employeeCount', 'custom1', 'custom2', 'notes', 'inactive',
];
const EMPTY_CONTACT: Omit<ContactValues, 'name'> = {
  orgNumber: null, types: [], category: null, lineOfBusiness: null, status: null, district: null, postalAddress: null,
  postalCode: null, city: null, country: null, phone: null, email: null, web: null, accountManagerId: null, turnover: null,
  employeeCount: null, custom1: null, custom2: null, notes: null, inactive: false,
};

class Rollback extends Error {}

function columnsOf<F extends string>(header: readonly string[], mapping: ImportMapping): MappedColumn<F>[] {
  return header.flatMap((h, index) => (mapping[h] ? [{ index, header: h, field: mapping[h] as F }] : []));
}

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

function personKey(p: { firstName: string | null; lastName: string | null; email: string | null }): string[] {
  const keys: string[] = [];
  if (p.email) keys.push(`e:${fold(p.email)}`);
  if (p.firstName || p.lastName) keys.push(`n:${fold(p.firstName ?? '')}|${fold(p.lastName ?? '')}`);
  return keys;
}

function toPersonValues(p: ImportedPerson, primary: boolean): ContactPersonValues {
  return {
    firstName: p.firstName, lastName: p.lastName, title: p.title, phone: p.phone, mobile: p.mobile, email: p.email,
    isPrimary: primary, inactive: false,
  };
}

function matchKeyOf(match: MatchKey, c: ImportedContact): number | string | null {
  if (match === 'number') return c.number;
  if (match === 'orgNumber') return c.values.orgNumber ?? null;
  return c.values.email ? fold(c.values.email) : null;
}

function existingKey(match: MatchKey, e: ExistingContact): number | string | null {
  if (match === 'number') return e.number;
  if (match === 'orgNumber') return e.orgNumber;
  return e.email ? fold(e.email) : null;
}

/** A contact of the file, created or updated in its batch; its id is known once the batch is written. */
type Target = { id: number | null; created: boolean; personKeys: Set<string>; personCount: number; failed: boolean; key: number | string | null };

export async function importContacts(store: Store, clock: Clock, input: ImportContactsInput): Promise<ImportResult> {
  const { contacts, match } = input;
  const columns = columnsOf<RowField>(contacts.header, input.mapping);
  const mapped = new Set(columns.map((c) => c.field));
  if (!mapped.has('name') && !mapped.has(match)) throw validation('mapping', 'map a column to name (or to the match key, to update only)');
  const personColumns = input.persons ? columnsOf<PersonsFileField>(input.persons.source.header, input.persons.mapping) : [];
  if (input.persons && !personColumns.some((c) => c.field === 'contactNumber')) {
    throw validation('personsMapping', 'map a column of the persons file to contactNumber');
  }

  const counts = { created: 0, updated: 0, unchanged: 0, errors: 0, persons: 0, rows: 0, personRows: 0 };
  const outcomes: RowOutcome[] = [];
  let outcomesTruncated = false;
  let stopped = false;
  const stamp = clock.now().toISOString();
  let importId: number | null = null;
  let codes = new CodeMatcher([]);

  const note = async (o: RowOutcome, cells: string[]) => {
    if (o.action === 'error') {
      counts.errors++;
      await input.onRejected?.({ file: o.file, line: o.line, cells, problems: o.problems });
    }
    if (o.action === 'error' || outcomes.length < OUTCOME_LIMIT) {
      if (outcomes.length < OUTCOME_LIMIT * 5) outcomes.push(o); else outcomesTruncated = true;
    } else outcomesTruncated = true;
    if (o.action === 'error' && !input.skipErrors && !input.dryRun) { stopped = true; throw new Rollback(); }
  };

  const run = async (tx: Store) => {
    const slice = timeSlices(tx);
    await tx.imports.lockNumbers();
    const managers = managerIndex(await tx.imports.employees());
    codes = new CodeMatcher(await tx.contactCodes.all(null, { includeInactive: true }));
    importId = input.dryRun ? null : await tx.imports.createImport({ fileName: contacts.fileName, match, stamp, createdBy: input.createdBy });
    const createdIds = new Set<number>();
    // key → line of its first row; a key met again right after its row adds persons to that contact
    const seenKeys = new Map<number | string, number>();
    const seenNumbers = new Map<number, number>();
    let previous: Target | null = null;
    let placeholder = 0;

    type Pending = { line: number; cells: string[]; contact: ImportedContact; problems: RowProblem[] };
    const writeBatch = async (batch: Pending[]) => {
      // Existing contacts by the match key, and the file numbers already taken, in two reads.
      const keys = batch.map((r) => matchKeyOf(match, r.contact)).filter((k): k is number | string => k !== null);
      const found = new Map<number | string, ExistingContact[]>();
      for (const e of await tx.imports.findContacts(match, [...new Set(keys)])) {
        const k = existingKey(match, e);
        if (k !== null) found.set(k, [...(found.get(k) ?? []), e]);
      }
      const numbers = batch.map((r) => r.contact.number).filter((n): n is number => n !== null);
      const taken = match === 'number' ? new Set<number>() : await tx.imports.takenNumbers(numbers);
      const existingIds = [...found.values()].flat().map((e) => e.id);
      const existingPersons = new Map<number, { keys: Set<string>; count: number }>();
      for (const p of await tx.imports.personsOf(existingIds)) {
        const entry = existingPersons.get(p.contactId) ?? { keys: new Set<string>(), count: 0 };
        for (const k of personKey(p)) entry.keys.add(k);
        entry.count++;
        existingPersons.set(p.contactId, entry);
      }

      const creates: { number: number; values: ContactValues; target: Target }[] = [];
      const updates: { id: number; values: Partial<ContactValues>; before: Partial<ContactValues> }[] = [];
      const newPersons: { target: Target; person: ImportedPerson }[] = [];
      const newCodes: NewCode[] = [];
      const outcomesOfBatch: { o: RowOutcome; cells: string[] }[] = [];

      for (const row of batch) {
        await slice();
        const { contact } = row;
        const problems = [...row.problems];
        const key = matchKeyOf(match, contact);
        const name = contact.values.name ?? null;
        const o: RowOutcome = { file: 'contacts', line: row.line, action: 'error', number: contact.number, name, problems };
        outcomesOfBatch.push({ o, cells: row.cells });
        // A row right after a row of the same contact (an export with one row per person) adds its persons.
        if (key !== null && previous && previous.key === key && !problems.length) {
          if (previous.failed) { problems.push({ column: null, reason: 'the row before, of the same contact, was rejected' }); continue; }
          o.action = 'unchanged';
          for (const p of contact.persons) newPersons.push({ target: previous, person: p });
          if (contact.persons.length) o.action = previous.created ? 'create' : 'update';
          continue;
        }
        const resolved = codes.resolve(contact.values, input.unknownCodes ?? 'add', (f) => headerOf(f));
        problems.push(...resolved.problems);
        if (key !== null && !problems.length) {
          const first = seenKeys.get(key);
          if (first !== undefined) problems.push({ column: headerOf(match), reason: KEY_WORDS[match].again(first) });
          else seenKeys.set(key, row.line);
        }
        if (contact.number !== null && !problems.length && match !== 'number') {
          const first = seenNumbers.get(contact.number);
          if (first !== undefined) problems.push({ column: headerOf('number'), reason: `contact number ${contact.number} is also on line ${first}` });
          else seenNumbers.set(contact.number, row.line);
        }
        const matches = key === null ? [] : found.get(key) ?? [];
        if (matches.length > 1) problems.push({ column: headerOf(match), reason: KEY_WORDS[match].many(matches.length) });
        const existing = matches.length === 1 ? matches[0]! : undefined;
        if (existing && contact.number !== null && contact.number !== existing.number) {
          problems.push({ column: headerOf('number'), reason: `the matching contact has number ${existing.number}` });
        }
        if (!existing) {
          if (!name) problems.push({ column: headerOf('name'), reason: 'the name is missing (needed for a new contact)' });
          if (contact.number !== null && taken.has(contact.number)) {
            problems.push({ column: headerOf('number'), reason: `contact number ${contact.number} is taken` });
          }
        }
        const target: Target = { id: existing?.id ?? null, created: !existing, personKeys: new Set(), personCount: 0, failed: problems.length > 0, key };
        previous = target;
        if (problems.length) continue;
        newCodes.push(...codes.accept(resolved.pending));
        if (existing) {
          const ep = existingPersons.get(existing.id);
          if (ep) { target.personKeys = ep.keys; target.personCount = ep.count; }
          const changed: Partial<ContactValues> = {};
          const before: Partial<ContactValues> = {};
          for (const f of CONTACT_FIELD_KEYS) {
            const v = contact.values[f];
            if (v === undefined || sameValue(v, existing[f])) continue;
            (changed as Record<string, unknown>)[f] = v;
            (before as Record<string, unknown>)[f] = existing[f];
          }
          o.number = existing.number;
          o.name = existing.name;
          const addsPerson = contact.persons.some((p) => !personKey(p).some((k) => target.personKeys.has(k)));
          for (const p of contact.persons) newPersons.push({ target, person: p });
          if (Object.keys(changed).length) updates.push({ id: existing.id, values: changed, before });
          o.action = Object.keys(changed).length || addsPerson ? 'update' : 'unchanged';
          if (o.action === 'unchanged') counts.unchanged++;
        } else {
          const number = contact.number ?? -++placeholder;
          creates.push({ number, values: { ...EMPTY_CONTACT, ...contact.values, name: name! }, target });
          for (const p of contact.persons) newPersons.push({ target, person: p });
          o.action = 'create';
        }
      }

      // Report the batch's rows in file order (and stop at the first error when asked to).
      for (const { o, cells } of outcomesOfBatch) await note(o, cells);

      // Writes: the batch's new codes first, then creates in one multi-row insert, updates one statement each, persons in one insert.
      const codeIds = await tx.imports.insertCodes(newCodes, stamp);
      const ids = await tx.imports.insertContacts(creates.map((c) => ({ number: c.number, values: c.values })), stamp);
      creates.forEach((c, i) => { c.target.id = ids[i]!; createdIds.add(ids[i]!); });
      for (const u of updates) await tx.imports.updateContact(u.id, u.values, stamp);
      const changes: ImportChange[] = [
        ...creates.map((c) => ({ kind: 'created' as const, contactId: c.target.id! })),
        ...updates.map((u) => ({ kind: 'updated' as const, contactId: u.id, before: u.before })),
        ...codeIds.map((codeId) => ({ kind: 'code' as const, codeId })),
      ];
      counts.created += creates.length;
      counts.updated += updates.length;
      const personRows = addPersons(newPersons);
      const personIds = await tx.imports.insertPersons(personRows.map((r) => ({ contactId: r.target.id!, values: r.values })), stamp);
      personRows.forEach((r, i) => { if (!r.target.created) changes.push({ kind: 'person', contactId: r.target.id!, personId: personIds[i]! }); });
      counts.persons += personRows.length;
      // Contacts only given persons count as updated.
      const touched = new Set(updates.map((u) => u.id));
      for (const r of personRows) if (!r.target.created && !touched.has(r.target.id!)) { touched.add(r.target.id!); counts.updated++; }
      if (importId !== null) await tx.imports.recordChanges(importId, changes);
    };

    /** Persons not already at their contact (same e-mail, or same first and last name). */
    const addPersons = (list: { target: Target; person: ImportedPerson }[]) => {
      const out: { target: Target; values: ContactPersonValues }[] = [];
      for (const { target, person } of list) {
        const keys = personKey(person);
        if (keys.some((k) => target.personKeys.has(k))) continue;
        for (const k of keys) target.personKeys.add(k);
        const primary = person.primary ?? target.personCount === 0;
        target.personCount++;
        out.push({ target, values: toPersonValues(person, primary) });
      }
      return out;
    };

    let batch: Pending[] = [];
    const flush = async (file: 'contacts' | 'persons', fraction: number) => {
      if (file === 'contacts') await writeBatch(batch);
      batch = [];
      input.onProgress?.({ file, fraction, rows: file === 'contacts' ? counts.rows : counts.personRows });
      await tx.letOthersRun();
    };
    for await (const { line, cells } of contacts.rows) {
      await slice();
      if (isBlankRow(cells)) continue;
      counts.rows++;
      const { contact, problems } = readContactRow(cells, contacts.header.length, columns, managers);
      batch.push({ line, cells, contact, problems });
      if (batch.length >= BATCH) await flush('contacts', contacts.fraction());
    }
    await flush('contacts', 1);

    if (input.persons) await importPersonsFile(tx, input.persons.source, personColumns, createdIds, counts, note, input, importId, stamp);

    await tx.imports.assignNumbers();
    if (importId !== null) {
      await tx.imports.finishImport(importId, counts);
      if (input.mapping) await tx.imports.saveMapping(mappingKey(contacts.header, 'contacts'), input.mapping, stamp);
      if (input.persons) await tx.imports.saveMapping(mappingKey(input.persons.source.header, 'persons'), input.persons.mapping, stamp);
      await tx.audit.record({
        at: stamp, employeeId: input.createdBy, action: 'import', entity: 'import', entityId: String(importId),
        details: { fileName: contacts.fileName, match, ...counts },
      });
    }
    if (input.dryRun) throw new Rollback();
  };

  // Headers of the mapped fields, for naming the column of a key problem.
  const headerByField = new Map(columns.map((c) => [c.field as string, c.header]));
  function headerOf(f: string): string | null { return headerByField.get(f) ?? null; }

  try {
    await store.transaction(run);
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
    importId = null;
  }
  const newCodes = stopped ? new CodeMatcher([]).newCodes() : codes.newCodes();
  // The lists and reports read next are planned for the rows just written (PostgreSQL).
  // Best effort: the import is committed; a refresh that fails must not fail it.
  if (importId != null && counts.created >= 1000) await store.refreshStatistics(['contacts', 'contact_persons']).catch(() => undefined);
  return { importId, dryRun: input.dryRun, stopped, counts, outcomes, outcomesTruncated, newCodes };
}

// Whole sentences, so the Swedish catalogue (i18n/server-errors.ts) finds each one.
const KEY_WORDS: Record<MatchKey, { again: (line: number) => string; many: (n: number) => string }> = {
  number: { again: (l) => `the contact number is also on line ${l}`, many: (n) => `${n} contacts have this contact number` },
  orgNumber: { again: (l) => `the organisation number is also on line ${l}`, many: (n) => `${n} contacts have this organisation number` },
  email: { again: (l) => `the e-mail address is also on line ${l}`, many: (n) => `${n} contacts have this e-mail address` },
};

async function importPersonsFile(
  tx: Store, source: TableSource, columns: MappedColumn<PersonsFileField>[], createdIds: Set<number>,
  counts: ImportCounts & { rows: number; personRows: number },
  note: (o: RowOutcome, cells: string[]) => Promise<void>, input: ImportContactsInput, importId: number | null, stamp: string,
): Promise<void> {
  type Row = { line: number; cells: string[]; contactNumber: number | null; person: ImportedPerson | null; problems: RowProblem[] };
  let batch: Row[] = [];
  const contactState = new Map<number, { keys: Set<string>; count: number }>();
  const write = async () => {
    const numbers = [...new Set(batch.map((r) => r.contactNumber).filter((n): n is number => n !== null))];
    const ids = await tx.imports.contactIdsByNumber(numbers);
    const unseen = [...ids.values()].filter((id) => !contactState.has(id));
    for (const id of unseen) contactState.set(id, { keys: new Set(), count: 0 });
    for (const p of await tx.imports.personsOf(unseen)) {
      const s = contactState.get(p.contactId)!;
      for (const k of personKey(p)) s.keys.add(k);
      s.count++;
    }
    const rows: { contactId: number; values: ContactPersonValues }[] = [];
    for (const r of batch) {
      const o: RowOutcome = { file: 'persons', line: r.line, action: 'error', number: r.contactNumber, name: null, problems: r.problems };
      const id = r.contactNumber === null ? undefined : ids.get(r.contactNumber);
      if (!r.problems.length && id === undefined) {
        r.problems.push({ column: columns.find((c) => c.field === 'contactNumber')?.header ?? null, reason: `no contact has number ${r.contactNumber}` });
      }
      if (!r.problems.length && !r.person) r.problems.push({ column: null, reason: 'the row has no person' });
      if (!r.problems.length) {
        const s = contactState.get(id!)!;
        const keys = personKey(r.person!);
        if (keys.some((k) => s.keys.has(k))) o.action = 'unchanged';
        else {
          for (const k of keys) s.keys.add(k);
          rows.push({ contactId: id!, values: toPersonValues(r.person!, r.person!.primary ?? s.count === 0) });
          s.count++;
          o.action = createdIds.has(id!) ? 'create' : 'update';
        }
      }
      await note(o, r.cells);
    }
    const personIds = await tx.imports.insertPersons(rows, stamp);
    counts.persons += rows.length;
    const changes: ImportChange[] = [];
    rows.forEach((r, i) => { if (!createdIds.has(r.contactId)) changes.push({ kind: 'person', contactId: r.contactId, personId: personIds[i]! }); });
    if (importId !== null) await tx.imports.recordChanges(importId, changes);
    input.onProgress?.({ file: 'persons', fraction: source.fraction(), rows: counts.personRows });
    batch = [];
    await tx.letOthersRun();
  };
  const slice = timeSlices(tx);
  for await (const { line, cells } of source.rows) {
    await slice();
    if (isBlankRow(cells)) continue;
    counts.personRows++;
    const r = readPersonRow(cells, source.header.length, columns);
    batch.push({ line, cells, ...r });
    if (batch.length >= BATCH) await write();
  }
  await write();
}
