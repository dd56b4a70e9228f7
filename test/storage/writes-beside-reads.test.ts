/**
 * Where a unit of work runs, on both databases: while a transaction is open (a finish holding
 * the writer), reads outside it — query-builder and raw `sql` SELECTs — are answered from the
 * last committed state; a write outside it is queued behind it on SQLite (one writer, on its own
 * thread) and succeeds once it commits, never SQLITE_BUSY; a failed transaction leaves nothing;
 * a database error keeps its code across SQLite's writer thread (callers test it).
 */
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDatabase } from '../support/databases.js';

const NOW = '2026-01-01T00:00:00.000Z';

describeEachDatabase('writes beside reads', (ctx) => {
  const employee = (name: string) => ({ name, name_key: name.toLowerCase(), is_account_manager: 0, active: 1, role: 'user' as const, created_at: NOW, updated_at: NOW });
  const names = async () => (await ctx.database.db.selectFrom('employees').select('name').orderBy('name').execute()).map((r) => r.name);
  const rawNames = async () => (await sql<{ name: string }>`select name from employees order by name`.execute(ctx.database.db)).rows.map((r) => r.name);

  it('answers reads while a transaction is open, queues a write behind it, and commits both', async () => {
    const { db } = ctx.database;
    await db.insertInto('employees').values(employee('Anna')).execute();
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let inside!: () => void;
    const opened = new Promise<void>((r) => { inside = r; });
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('employees').values(employee('Bertil')).execute();
      inside();
      await held;
    });
    await opened;
    // Reads outside the transaction see the last committed state, not the open transaction's row.
    expect(await names()).toEqual(['Anna']);
    expect(await rawNames()).toEqual(['Anna']);
    let written = false;
    const write = db.insertInto('employees').values(employee('Cecilia')).execute().then(() => { written = true; });
    await names();
    // SQLite has one writer: the write waits for the transaction (PostgreSQL writes rows beside it).
    if (ctx.kind === 'sqlite') expect(written).toBe(false);
    release();
    await transaction;
    await write;
    expect(await names()).toEqual(['Anna', 'Bertil', 'Cecilia']);
    expect(await rawNames()).toEqual(['Anna', 'Bertil', 'Cecilia']);
  });

  it('leaves nothing of a transaction that fails, and keeps the database error\'s code', async () => {
    const { db } = ctx.database;
    const before = await names();
    const failure = await db.transaction().execute(async (trx) => {
      await trx.insertInto('employees').values(employee('David')).execute();
      await trx.insertInto('counters').values({ name: 'dup', value: 1 }).execute();
      await trx.insertInto('counters').values({ name: 'dup', value: 2 }).execute();
    }).catch((e: unknown) => e as { code?: string });
    expect(failure?.code).toBe(ctx.kind === 'sqlite' ? 'SQLITE_CONSTRAINT_PRIMARYKEY' : '23505');
    expect(await names()).toEqual(before);
    // The writer goes on after the failure.
    await db.insertInto('employees').values(employee('Erik')).execute();
    expect(await names()).toEqual([...before, 'Erik'].sort());
  });
});
