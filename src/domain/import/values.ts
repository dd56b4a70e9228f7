/**
 * Reading one spreadsheet cell as a contact field: numbers with a Swedish decimal comma and
 * space-grouped thousands, yes/no in both languages, contact types by their labels, Swedish
 * postal codes and organisation numbers in their usual form. Each parser answers the value or
 * a reason (English; the shells word it in the user's language through the error catalogue).
 */
import { CONTACT_TYPES, type ContactType } from '../model/contact.js';
import { fold } from '../text.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** "1 234 567,50", "1234567.5", "1.234.567,5" → 1234567.5 */
export function parseDecimal(text: string): Parsed<number> {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$|sek$/i, '');
  if (t.includes(',') && t.includes('.')) {
    t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (t.includes(',')) {
    t = t.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return bad('not a number');
  const n = Number(t);
  return Number.isFinite(n) ? ok(n) : bad('not a number');
}

export function parseWholeNumber(text: string, min: number): Parsed<number> {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(t)) return bad('not a whole number');
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n < min) return bad(min > 0 ? 'not a positive whole number' : 'not a whole number');
  return ok(n);
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0', '-']);

export function parseYesNo(text: string): Parsed<boolean> {
  const t = fold(text.trim());
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return bad('expected yes or no');
}

const TYPE_LABELS: Record<string, ContactType> = {
  kund: 'customer', kunder: 'customer', customer: 'customer',
  leverantör: 'supplier', leverantörer: 'supplier', leverantor: 'supplier', supplier: 'supplier', vendor: 'supplier',
  partner: 'partner', samarbetspartner: 'partner', återförsäljare: 'partner',
  privat: 'private', privatperson: 'private', private: 'private', 'private person': 'private', konsument: 'private',
};

/** "Kund, Leverantör" → ['customer', 'supplier'] in the catalogue's order. */
export function parseTypes(text: string): Parsed<ContactType[]> {
  const found = new Set<ContactType>();
  for (const part of text.split(/[,;/|+&]|\boch\b|\band\b/)) {
    const label = fold(part.trim());
    if (!label) continue;
    const t = TYPE_LABELS[label] ?? (CONTACT_TYPES as readonly string[]).find((x) => x === label) as ContactType | undefined;
    if (!t) return bad(`unknown contact type "${part.trim()}"`);
    found.add(t);
  }
  return ok(CONTACT_TYPES.filter((t) => found.has(t)));
}

const SWEDEN = new Set(['', 'sverige', 'sweden', 'se', 'swe']);

export function isSweden(country: string | null | undefined): boolean {
  return SWEDEN.has(fold((country ?? '').trim()));
}

/** Swedish postal codes are five digits, written "123 45"; other countries' are kept as written. */
export function parsePostalCode(text: string, country: string | null): Parsed<string> {
  const t = text.trim();
  if (!isSweden(country)) return t.length <= 20 ? ok(t) : bad('too long for a postal code');
  const digits = t.replace(/^(se|s)-?\s*/i, '').replace(/[\s\u00a0]/g, '');
  if (!/^\d{5}$/.test(digits)) return bad('not a Swedish postal code (five digits, 123 45)');
  return ok(`${digits.slice(0, 3)} ${digits.slice(3)}`);
}

/** Swedish organisation and personal identity numbers as NNNNNN-NNNN; other text as written. */
export function normaliseOrgNumber(text: string): string {
  const t = text.trim();
  const digits = t.replace(/[\s-]/g, '');
  if (/^\d{10}$/.test(digits)) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (/^(16|19|20)\d{10}$/.test(digits)) return `${digits.slice(2, 8)}-${digits.slice(8)}`;
  return t;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function parseEmail(text: string): Parsed<string> {
  const t = text.trim();
  return EMAIL.test(t) ? ok(t) : bad('not an e-mail address');
}

/** "Anna Maria Svensson" → first "Anna Maria", last "Svensson"; "Svensson, Anna" → the other way. */
export function splitFullName(text: string): { firstName: string | null; lastName: string | null } {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return { firstName: null, lastName: null };
  const comma = t.indexOf(',');
  if (comma > 0) return { lastName: t.slice(0, comma).trim() || null, firstName: t.slice(comma + 1).trim() || null };
  const space = t.lastIndexOf(' ');
  return space < 0 ? { firstName: t, lastName: null } : { firstName: t.slice(0, space), lastName: t.slice(space + 1) };
}
