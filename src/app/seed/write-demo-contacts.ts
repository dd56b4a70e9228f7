/**
 * Generates and writes demo contacts [from, from + count) in chunks: numbers from the `contact`
 * counter, one bulk insert per chunk (the repository splits it by parameter limit), progress after
 * each chunk. Runs inside the caller's transaction.
 */
import type { Store } from '../ports/store.js';
import type { SeedContactRow } from '../ports/seed.js';
import { demoContact, type PersonsRange } from './demo-contacts.js';
import type { SeededContact } from './demo-activities.js';

export const CHUNK = 5_000;

export type WrittenContacts = { ids: number[]; personIds: number[][]; seeded: SeededContact[]; persons: number; first: number | null; last: number | null };

export async function writeDemoContacts(
  tx: Store, o: { seed: number; from: number; count: number; persons: PersonsRange; now: string; keep: boolean;
    onProgress?: (done: number, total: number) => void },
): Promise<WrittenContacts> {
  const managers = await tx.seed.accountManagerIds();
  const out: WrittenContacts = { ids: [], personIds: [], seeded: [], persons: 0, first: null, last: null };
  for (let done = 0; done < o.count; done += CHUNK) {
    const n = Math.min(CHUNK, o.count - done);
    const { first, last } = await tx.counters.allocate('contact', n);
    out.first ??= first;
    out.last = last;
    const rows: SeedContactRow[] = [];
    for (let k = 0; k < n; k++) {
      const { accountManager, ...c } = demoContact(o.seed, o.from + done + k, o.persons, managers.length);
      rows.push({ ...c, number: first + k, accountManagerId: accountManager === null ? null : managers[accountManager]! });
      out.persons += c.persons.length;
      if (o.keep) out.seeded.push({ name: c.name, accountManager, persons: c.persons.length });
    }
    const written = await tx.seed.insertContacts(rows, o.now);
    if (o.keep) {
      out.ids.push(...written.contactIds);
      out.personIds.push(...written.personIds);
    }
    o.onProgress?.(done + n, o.count);
  }
  return out;
}
