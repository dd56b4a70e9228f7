/**
 * The counters port on both databases: ranges are consecutive, a rolled-back transaction gives its
 * numbers back, and concurrent transactions never share a number.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';

describeEachDatabase('counters', (ctx) => {
  it('allocates consecutive ranges', async () => {
    const store = createStore(ctx.database);
    const a = await store.transaction((tx) => tx.counters.allocate('activity', 5));
    const b = await store.transaction((tx) => tx.counters.allocate('activity', 1));
    expect(a.last - a.first).toBe(4);
    expect(b).toEqual({ first: a.last + 1, last: a.last + 1 });
    const c = await store.transaction((tx) => tx.counters.allocate('contact', 2));
    expect(c.first).toBeGreaterThan(10_000);
  });

  it('gives numbers back when the transaction rolls back', async () => {
    const store = createStore(ctx.database);
    const before = await store.transaction((tx) => tx.counters.allocate('activity', 1));
    await expect(store.transaction(async (tx) => {
      await tx.counters.allocate('activity', 10);
      throw new Error('abort');
    })).rejects.toThrow('abort');
    const after = await store.transaction((tx) => tx.counters.allocate('activity', 1));
    expect(after.first).toBe(before.last + 1);
  });

  it('never hands the same number to concurrent transactions', async () => {
    const store = createStore(ctx.database);
    const ranges = await Promise.all(Array.from({ length: 12 }, (_, i) => store.transaction(async (tx) => {
      const r = await tx.counters.allocate('activity', i + 1);
      await new Promise((res) => setTimeout(res, 5));
      return r;
    })));
    const numbers = ranges.flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, k) => r.first + k)).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[numbers.length - 1]! - numbers[0]!).toBe(numbers.length - 1);
  });

  it('refuses a non-positive count', async () => {
    const store = createStore(ctx.database);
    await expect(store.counters.allocate('activity', 0)).rejects.toThrow();
  });
});
