/**
 * Measures the time to finish a per-contact group activity for 10,000 and 100,000 contacts on
 * SQLite and PostgreSQL (set-based creation: a few statements for the whole batch).
 *
 *   npx tsx bench/group-finish.ts [sizes=10000,100000]
 * PostgreSQL runs in a throw-away schema of TEST_PG_URL (default: the local test database); it is
 * skipped with a note when unreachable.
 */
import type { Database } from '../src/storage/database.js';
import { createStore } from '../src/storage/kysely-store.js';
import { systemClock } from '../src/app/ports/clock.js';
import { sortKey } from '../src/domain/text.js';
import { createGroupActivity } from '../src/app/group-activities/create-group-activity.js';
import { updateGroupActivity } from '../src/app/group-activities/update-group-activity.js';
import { finishGroupActivity } from '../src/app/group-activities/finish-group-activity.js';
import { BENCH_NOW as NOW, onEachDatabase, seedManagers, sizesArg } from './standalone.js';

async function seed(database: Database, n: number): Promise<number[]> {
  const { db } = database;
  const managers = await seedManagers(database, ['Anna', 'Bertil', 'Cecilia', 'David']);
  for (let i = 0; i < n; i += 1000) {
    await db.insertInto('contacts').values(Array.from({ length: Math.min(1000, n - i) }, (_, k) => {
      const no = 100000 + i + k;
      const name = `Företag ${no}`;
      return {
        number: no, name, name_key: sortKey(name), is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0,
        city: 'Göteborg', postal_code: String(40000 + (no % 9000)), account_manager_id: managers[no % 4]!, inactive: 0,
        created_at: NOW, updated_at: NOW,
      };
    })).execute();
  }
  for (let i = 0; i < n; i += 2000) {
    await database.db.insertInto('contact_persons').columns(['contact_id', 'first_name', 'is_primary', 'inactive', 'created_at', 'updated_at'])
      .expression(db.selectFrom('contacts').select(['id', 'name', (eb) => eb.val(1).as('p'), (eb) => eb.val(0).as('i'), (eb) => eb.val(NOW).as('c'), (eb) => eb.val(NOW).as('u')])
        .where('number', '>=', 100000 + i).where('number', '<', 100000 + i + 2000)).execute();
  }
  return managers;
}

await onEachDatabase('group-finish', sizesArg([10_000, 100_000]), async (database, kind, n) => {
  const managers = await seed(database, n);
  const store = createStore(database);
  const actor = { employeeId: managers[0]!, role: 'admin' as const, name: 'bench' };
  const draft = await createGroupActivity(store, systemClock, actor, { mode: 'perContact' });
  await updateGroupActivity(store, systemClock, actor, draft.id, {
    selection: { match: [{ field: 'city', condition: 'eq', value: 'göteborg' }] },
    distribution: { method: 'even', employeeIds: managers },
    template: { subject: 'Bench', startAt: '2026-12-07T09:00:00Z', employeeIds: [managers[1]!] },
    options: { linkPrimaryPerson: true },
  });
  const t0 = performance.now();
  const r = await finishGroupActivity(store, systemClock, actor, draft.id);
  const ms = performance.now() - t0;
  console.log(`${kind.padEnd(10)} perContact ${String(n).padStart(7)} contacts: ${r.activityCount} activities (${r.firstNumber}–${r.lastNumber}) in ${(ms / 1000).toFixed(2)} s`);
});
