/**
 * Category, line of business, status and district of an imported row, matched against their
 * code registers. A cell matches an entry by its code or by its label (case-insensitively, folded
 * like every other comparison), the code winning when one entry's code is another's label; the
 * contact then stores the register's code. A value the register lacks is, as an office moving
 * from an old system expects, a new code (code and label both the value, in the spelling of its
 * first row) — or, when the user asks for it, a problem of the row.
 */
import { CODE_FIELDS, CODE_REGISTER_NAMES, MAX_CODE_LENGTH, type CodeField } from '../model/contact-codes.js';
import type { ContactValues } from '../model/contact.js';
import { fold } from '../text.js';
import type { RowProblem } from './row.js';

export const UNKNOWN_CODES = ['add', 'reject'] as const;
export type UnknownCodes = (typeof UNKNOWN_CODES)[number];

export type NewCode = { field: CodeField; code: string };

export class CodeMatcher {
  private readonly byCode = new Map<string, string>();
  private readonly byLabel = new Map<string, string>();
  /** Codes this import adds, by field and folded value, in the order first met. */
  private readonly added = new Map<string, NewCode>();

  constructor(entries: Iterable<{ field: CodeField; code: string; label: string }>) {
    for (const e of entries) {
      this.byCode.set(key(e.field, e.code), e.code);
      const l = key(e.field, e.label);
      if (!this.byLabel.has(l)) this.byLabel.set(l, e.code);
    }
  }

  /**
   * The register code of each code field the row gives, written back into `values`; unknown
   * values become problems (`reject`) or codes waiting to be added once the row is accepted.
   */
  resolve(values: Partial<ContactValues>, mode: UnknownCodes, columnOf: (f: CodeField) => string | null): { problems: RowProblem[]; pending: NewCode[] } {
    const problems: RowProblem[] = [];
    const pending: NewCode[] = [];
    for (const field of CODE_FIELDS) {
      const value = values[field];
      if (value == null) continue;
      const k = key(field, value);
      const known = this.byCode.get(k) ?? this.byLabel.get(k) ?? this.added.get(k)?.code;
      if (known !== undefined) { values[field] = known; continue; }
      if (mode === 'reject') {
        problems.push({ column: columnOf(field), reason: `no ${CODE_REGISTER_NAMES[field]} has the code or label "${value}"` });
      } else if (value.length > MAX_CODE_LENGTH) {
        problems.push({ column: columnOf(field), reason: `the code is longer than ${MAX_CODE_LENGTH} characters` });
      } else pending.push({ field, code: value });
    }
    return { problems, pending };
  }

  /** Takes the new codes of an accepted row into the import; answers those not met before. */
  accept(pending: NewCode[]): NewCode[] {
    const fresh: NewCode[] = [];
    for (const n of pending) {
      const k = key(n.field, n.code);
      if (this.added.has(k)) continue;
      this.added.set(k, n);
      fresh.push(n);
    }
    return fresh;
  }

  /** Every code this import adds, by field, in the order first met. */
  newCodes(): Record<CodeField, string[]> {
    const out: Record<CodeField, string[]> = { category: [], lineOfBusiness: [], status: [], district: [] };
    for (const n of this.added.values()) out[n.field].push(n.code);
    return out;
  }
}

const key = (field: CodeField, text: string) => `${field}\u0000${fold(text.trim())}`;
