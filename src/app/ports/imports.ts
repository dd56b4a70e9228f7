/**
 * Port of contact imports: set-based reads and writes per batch of rows (never one round trip
 * per row for creates), the import batches with what they changed (for undo) and the
 * remembered column mappings. Every write runs inside the caller's transaction.
 */
import type { ContactPerson, ContactPersonValues, ContactValues } from '../../domain/model/contact.js';

import type { MatchKey } from '../../domain/import/fields.js';
import type { CodeField } from '../../domain/model/contact-codes.js';
export { MATCH_KEYS, type MatchKey } from '../../domain/import/fields.js';

export type ExistingContact = ContactValues & { id: number; number: number };
export type ExistingPerson = { contactId: number; firstName: string | null; lastName: string | null; email: string | null };

export type ImportChange =
  | { kind: 'created'; contactId: number }
  | { kind: 'updated'; contactId: number; before: Partial<ContactValues> }
  | { kind: 'person'; contactId: number; personId: number }
  /** a code the import added to a register (category, line of business, status or district) */
  | { kind: 'code'; codeId: number };

export type ImportCounts = { created: number; updated: number; unchanged: number; errors: number; persons: number };

export type ImportRecord = ImportCounts & {
  id: number; fileName: string | null; status: 'done' | 'undone'; match: MatchKey; createdBy: number | null;
  createdAt: string; undoneAt: string | null;
};

export type UndoCounts = {
  deleted: number; restored: number; personsDeleted: number; keptChanged: number; keptWithActivities: number;
  /** codes the import added that no contact uses any more, taken out of their registers */
  codesDeleted: number;
};

export interface ImportRepository {
  /** Holds the contact counter to the end of the transaction, so concurrent creates wait for the import's numbers. */
  lockNumbers(): Promise<void>;
  /** Active employees, to map account managers by name, e-mail or initials. */
  employees(): Promise<{ id: number; name: string; email: string | null; initials: string | null }[]>;
  /** Contacts whose key (number, organisation number, or e-mail folded) is one of `keys`. */
  findContacts(match: MatchKey, keys: (number | string)[]): Promise<ExistingContact[]>;
  /** Which of `numbers` already belong to a contact. */
  takenNumbers(numbers: number[]): Promise<Set<number>>;
  /** Inserts contacts (a negative number is a placeholder, see assignNumbers); answers their ids in order. */
  insertContacts(rows: { number: number; values: ContactValues }[], now: string): Promise<number[]>;
  updateContact(id: number, values: Partial<ContactValues>, now: string): Promise<void>;
  personsOf(contactIds: number[]): Promise<ExistingPerson[]>;
  /** The active persons of the contacts (for export): by contact, primary first, then by id. */
  listPersons(contactIds: number[]): Promise<ContactPerson[]>;
  /**
   * Adds codes to their registers (code and label both the code); one another transaction adds at
   * the same moment is skipped. Answers the ids of the codes added, in order.
   */
  insertCodes(rows: { field: CodeField; code: string }[], now: string): Promise<number[]>;
  insertPersons(rows: { contactId: number; values: ContactPersonValues }[], now: string): Promise<number[]>;
  contactIdsByNumber(numbers: number[]): Promise<Map<number, number>>;
  /**
   * Gives the placeholder numbers (-1, -2, …) numbers after the highest in use, in placeholder
   * order, and moves the contact counter past every number now taken.
   */
  assignNumbers(): Promise<void>;
  createImport(row: { fileName: string | null; match: MatchKey; stamp: string; createdBy: number | null }): Promise<number>;
  recordChanges(importId: number, changes: ImportChange[]): Promise<void>;
  finishImport(importId: number, counts: ImportCounts): Promise<void>;
  get(importId: number): Promise<(ImportRecord & { stamp: string }) | undefined>;
  list(limit: number): Promise<ImportRecord[]>;
  /** Undoes what is still as the import left it; answers what was undone and what was kept. */
  undo(importId: number, stamp: string, now: string): Promise<UndoCounts>;
  getMapping(key: string): Promise<Record<string, string | null> | undefined>;
  saveMapping(key: string, mapping: Record<string, string | null>, now: string): Promise<void>;
}
