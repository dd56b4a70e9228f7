/** Port of the contact code registers (category, line of business, status, district). */
import type { CodeField, ContactCode, ContactCodeValues } from '../../domain/model/contact-codes.js';

export interface ContactCodeRepository {
  /** Every item of one register (or of all four when `field` is absent), in no particular order. */
  all(field: CodeField | null, opts: { includeInactive: boolean }): Promise<ContactCode[]>;
  get(id: number): Promise<ContactCode | undefined>;
  /** The item whose code equals `code` case-insensitively. */
  findByCode(field: CodeField, code: string): Promise<ContactCode | undefined>;
  /**
   * Adds a code. One already in the register in any case — also one another transaction adds
   * at the same moment, which a check beforehand cannot see — is a conflict (409) on `code`.
   */
  create(field: CodeField, values: ContactCodeValues, now: string): Promise<ContactCode>;
  /** Changes an item; a new code another item has (in any case) is a conflict (409) on `code`. */
  update(id: number, values: Partial<ContactCodeValues>, now: string): Promise<ContactCode | undefined>;
  delete(id: number): Promise<void>;
  /** How many contacts carry the code (case-insensitively). */
  contactsWith(field: CodeField, code: string): Promise<number>;
  /** Renames a code on every contact carrying it, in one statement; answers how many changed. */
  renameOnContacts(field: CodeField, from: string, to: string): Promise<number>;
}
