/**
 * `seed --contacts N` on a database that has demo data: appends N more demo contacts, continuing
 * the generator where the last run stopped (same seed), in one transaction.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { conflict } from '../../domain/errors.js';
import { DEFAULT_PERSONS, type PersonsRange } from './demo-contacts.js';
import { checkContactCount, checkPersons } from './seed-options.js';
import { writeDemoContacts } from './write-demo-contacts.js';
import type { SeedProgress, SeedSummary } from './seed-demo.js';

export async function appendDemoContacts(
  store: Store, clock: Clock, o: { contacts: number; persons?: PersonsRange; onProgress?: SeedProgress },
): Promise<SeedSummary> {
  const contacts = checkContactCount(o.contacts);
  const persons = checkPersons(o.persons ?? DEFAULT_PERSONS);
  const now = clock.now().toISOString();
  return store.transaction(async (tx) => {
    const state = await tx.seed.state();
    if (state.demoSeed === null) throw conflict('no demo data to extend: run "seed --demo" first');
    const written = await writeDemoContacts(tx, {
      seed: state.demoSeed, from: state.demoContacts, count: contacts, persons, now, keep: false,
      onProgress: (d, t) => o.onProgress?.('contacts', d, t),
    });
    await tx.seed.setState(state.demoSeed, state.demoContacts + contacts);
    return {
      seed: state.demoSeed, contacts, persons: written.persons, activities: 0, employees: 0,
      firstContactNumber: written.first, lastContactNumber: written.last,
    };
  });
}
