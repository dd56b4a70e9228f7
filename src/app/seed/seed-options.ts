/** Checks of the seeder's options, shared by `seed --demo`, appending and the first start. */
import { validation } from '../../domain/errors.js';
import type { PersonsRange } from './demo-contacts.js';

export const MAX_SEED_CONTACTS = 2_000_000;

export function checkContactCount(n: number, field = 'contacts'): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SEED_CONTACTS) {
    throw validation(field, `must be a whole number from 1 to ${MAX_SEED_CONTACTS}`);
  }
  return n;
}

export function checkSeed(n: number, field = 'seed'): number {
  if (!Number.isInteger(n) || n < 0 || n > 2_147_483_647) throw validation(field, 'must be a whole number from 0 to 2147483647');
  return n;
}

export function checkPersons(r: PersonsRange, field = 'persons'): PersonsRange {
  if (!Number.isInteger(r.min) || !Number.isInteger(r.max) || r.min < 0 || r.max > 10 || r.min > r.max) {
    throw validation(field, 'must be MIN-MAX with 0 ≤ MIN ≤ MAX ≤ 10');
  }
  return r;
}

export function checkBaseDate(d: string, field = 'baseDate'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw validation(field, 'must be a date YYYY-MM-DD');
  return d;
}
