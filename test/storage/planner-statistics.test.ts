/**
 * After a bulk write the planner learns the tables' new sizes (Store.refreshStatistics): on
 * PostgreSQL the table's row estimate follows the rows just written instead of what autovacuum
 * last saw; on SQLite, which keeps no statistics, it is a harmless no-op. Outside a transaction
 * only: inside one it does nothing (it would hold the statistics lock to the end).
 */
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';

const NOW = '2026-01-01T00:00:00.000Z';

describeEachDatabase('planner statistics after a bulk write', (ctx) => {
  const estimate = async () => Number((await sql<{ n: number }>`select reltuples as n from pg_class where oid = 'contacts'::regclass`.execute(ctx.database.db)).rows[0].n);

  it('refreshes the row estimate of the tables named, outside a transaction only', async () => {
    const store = createStore(ctx.database);
    await sql`insert into contacts (number, name, name_key, inactive, created_at, updated_at)
      select 100000 + n, 'Kontakt ' || n, 'kontakt ' || n, 0, ${NOW}, ${NOW} from (
        with recursive s(n) as (select 1 union all select n + 1 from s where n < 1500) select n from s) as seq`.execute(ctx.database.db);
    const before = ctx.kind === 'postgres' ? await estimate() : 0;
    await store.transaction((tx) => tx.refreshStatistics(['contacts']));
    if (ctx.kind === 'postgres') expect(await estimate()).toBe(before);
    await store.refreshStatistics(['contacts', 'contact_persons']);
    if (ctx.kind === 'postgres') expect(await estimate()).toBe(1500);
    // SQLite: nothing to refresh, and the data is untouched either way.
    expect(Number((await ctx.database.db.selectFrom('contacts').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n)).toBe(1500);
  });
});
