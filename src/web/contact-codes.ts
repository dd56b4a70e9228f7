/**
 * The contact code registers (category, line of business, status, district) for drop-downs:
 * read once per session with inactive codes (a contact may still carry one), refreshed after an
 * administrator changes a register.
 */
import { useEffect, useState } from 'react';
import { listAll } from './api';
import type { CodeField } from '../domain/model/contact-codes';

export type CodeRow = { id: number; code: string; label: string; inactive: boolean };
export type ContactCodes = Record<CodeField, CodeRow[]>;

/** The API path of each register (as in contract/contact-codes.ts). */
export const CODE_PATHS: Record<CodeField, string> = {
  category: '/api/categories', lineOfBusiness: '/api/lines-of-business', status: '/api/contact-statuses', district: '/api/districts',
};

const EMPTY: ContactCodes = { category: [], lineOfBusiness: [], status: [], district: [] };
let cache: Promise<ContactCodes> | null = null;
const listeners = new Set<() => void>();

function load(): Promise<ContactCodes> {
  if (!cache) {
    const fields = Object.keys(CODE_PATHS) as CodeField[];
    let failed = false;
    const mine = Promise.all(fields.map((f) => listAll<CodeRow>(CODE_PATHS[f], { includeInactive: true }).catch(() => { failed = true; return [] as CodeRow[]; })))
      .then((lists) => {
        // A failed read (before login, a lost connection) is not kept: the next page asks again.
        if (failed && cache === mine) cache = null;
        return Object.fromEntries(fields.map((f, i) => [f, lists[i]!])) as ContactCodes;
      });
    cache = mine;
  }
  return cache;
}

export function invalidateContactCodes(): void {
  cache = null;
  for (const l of listeners) l();
}

export function useContactCodes(): ContactCodes {
  const [value, setValue] = useState<ContactCodes>(EMPTY);
  const [gen, setGen] = useState(0);
  useEffect(() => {
    const l = () => setGen((g) => g + 1);
    listeners.add(l);
    return () => { listeners.delete(l); };
  }, []);
  useEffect(() => {
    let live = true;
    load().then((v) => { if (live) setValue(v); });
    return () => { live = false; };
  }, [gen]);
  return value;
}

/** "A – Storkund", or just the code when the label says nothing more. */
export const codeText = (c: { code: string; label: string }) => (c.label && c.label !== c.code ? `${c.code} – ${c.label}` : c.code);
