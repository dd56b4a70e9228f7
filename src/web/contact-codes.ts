/**
 * The contact code registers (category, line of business, status, district) for drop-downs:
 * read once per session with inactive codes (a contact may still carry one), refreshed after an
 * administrator changes a register (the cache itself: session-cache.ts).
 */
import { listAll } from './api';
import { sessionCache } from './session-cache';
import type { CodeField } from '../domain/model/contact-codes';

export type CodeRow = { id: number; code: string; label: string; inactive: boolean };
export type ContactCodes = Record<CodeField, CodeRow[]>;

/** The API path of each register (as in contract/contact-codes.ts). */
export const CODE_PATHS: Record<CodeField, string> = {
  category: '/api/categories', lineOfBusiness: '/api/lines-of-business', status: '/api/contact-statuses', district: '/api/districts',
};

const EMPTY: ContactCodes = { category: [], lineOfBusiness: [], status: [], district: [] };
const FIELDS = Object.keys(CODE_PATHS) as CodeField[];

const codes = sessionCache<ContactCodes>(EMPTY, async (orEmpty) => {
  const lists = await Promise.all(FIELDS.map((f) => orEmpty(listAll<CodeRow>(CODE_PATHS[f], { includeInactive: true }))));
  return Object.fromEntries(FIELDS.map((f, i) => [f, lists[i]!])) as ContactCodes;
});

export const useContactCodes = codes.use;
export const invalidateContactCodes = codes.invalidate;

/** "A – Storkund", or just the code when the label says nothing more. */
export const codeText = (c: { code: string; label: string }) => (c.label && c.label !== c.code ? `${c.code} – ${c.label}` : c.code);
